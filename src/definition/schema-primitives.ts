import * as z from 'zod/mini';

// zod/mini keeps the script-tag bundle small (about 7 KB instead of 28 KB gzip). zod v4 compiles object
// parsers with `new Function` unless told otherwise; a page with a strict CSP (no 'unsafe-eval') would
// then fail. This runs before any schema is made or parses.
z.config({ jitless: true });

/** A language tag such as `de`, `en`, `tr`, `de-x-einfach`. */
export const LanguageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a language tag such as "de" or "en"'));

/** Text for people: one string for every language, or one string per declared language. */
export const LocalizedText = z.union([z.string().check(z.minLength(1)), z.record(LanguageTag, z.string().check(z.minLength(1)))]);

/** Field and step ids: stable keys in the submission payload. */
export const Id = z.string().check(z.regex(/^[a-z][a-zA-Z0-9_-]{0,63}$/, 'an id: a lowercase letter, then letters, digits, "_" or "-"'));

/**
 * A rule in the JSON-Logic-compatible subset (see src/rules/). Its structure is checked by
 * `parseDefinition` (allow-listed operators, known names), not by the schema.
 */
export const Expression = z.unknown();
/** A rule as the definition holds it: checked by `parseDefinition`, evaluated by `evaluate`. */
export type Expression = z.infer<typeof Expression>;
