/**
 * Locale files this build can load by itself: none in the ESM library, where a page or bundle imports
 * `antrag/locales/<language>` itself. The script-tag build swaps in locale-files.embed.ts.
 */

/** Whether the interface texts for `language` can be loaded on demand. */
export function loadableLocale(_language: string): boolean {
  return false;
}

/**
 * Loads the interface texts for `language` if this build can and has not yet: the same promise while loading,
 * undefined once they are registered (or could not be loaded). Resolves when done either way.
 */
export function loadLocale(_language: string): Promise<void> | undefined {
  return undefined;
}
