import type { LocaleMessages } from './locale-messages.js';

// One registry per page, shared by every copy of Antrag (ESM build, script-tag build, locale files):
// a symbol in the global registry, versioned with the message format.
const REGISTRY = Symbol.for('antrag.locales.v1');

function registry(): Map<string, LocaleMessages> {
  const scope = globalThis as typeof globalThis & { [REGISTRY]?: Map<string, LocaleMessages> };
  return (scope[REGISTRY] ??= new Map());
}

/**
 * Adds UI messages for a language beyond German and English; the locale files (`antrag/locales/tr`,
 * `dist/antrag.locale-tr.js`) call it when loaded.
 */
export function registerLocale(language: string, messages: LocaleMessages): void {
  registry().set(language, messages);
}

/** The registered UI messages of a language, if a locale file for it was loaded. */
export function registeredLocale(language: string): LocaleMessages | undefined {
  return registry().get(language);
}
