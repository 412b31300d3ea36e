/**
 * UI messages of a language beyond German and English. Keys are those of `messages-de.ts`, with the
 * plural forms (`_one`, `_few`, …) of that language's `Intl.PluralRules`; a test checks both.
 */
export type LocaleMessages = Readonly<Record<string, string>>;
