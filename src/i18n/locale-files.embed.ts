/**
 * The script-tag build loads a language's interface texts when a form needs them (decision 0024): only
 * the locale files this build made, from next to this file, each pinned by the hash the build recorded
 * (Subresource Integrity) and run through `import()`, which strict CSPs with Trusted Types allow. A page
 * may still load them with a script tag of their own; then nothing is fetched.
 */
import { besideScript, importPinned } from '../definition/load-pinned.js';
import { registeredLocale } from './locale-registry.js';

/** Set by the build: locale file name per language, with its SRI hash. */
declare const __ANTRAG_LOCALES__: Readonly<Record<string, { file: string; integrity: string }>>;

const loading = new Map<string, Promise<void>>();
/** Languages whose file could not be loaded: German is used for them on this page, without asking again on every render. */
const failed = new Set<string>();

const primary = (language: string) => language.split('-')[0] ?? language;

export function loadableLocale(language: string): boolean {
  return Object.hasOwn(__ANTRAG_LOCALES__, primary(language));
}

export function loadLocale(language: string): Promise<void> | undefined {
  const name = primary(language);
  const built = Object.hasOwn(__ANTRAG_LOCALES__, name) ? __ANTRAG_LOCALES__[name] : undefined;
  if (!built || registeredLocale(name) || failed.has(name)) return undefined;
  let pending = loading.get(name);
  if (!pending) {
    const { file, integrity } = built;
    const url = besideScript(file);
    pending = importPinned(url, integrity).then(
      () => undefined,
      (error: unknown) => {
        failed.add(name);
        console.warn(`<antrag-assistant>: the interface texts for "${name}" could not be loaded from ${url} (${String(error)}); German is used.`);
      },
    );
    loading.set(name, pending);
  }
  return pending;
}
