/**
 * (Here, in the lowest folder, because both the definition checker and the locale files are loaded on demand.)
 * Where the script-tag file was loaded from, so the files it loads on demand (the definition checker, locale
 * files) come from next to it. Read while the file runs: afterwards `document.currentScript` is another
 * script or none.
 */
const script = document.currentScript;

export const scriptBase: string =
  (script instanceof HTMLScriptElement && script.src) ||
  document.querySelector<HTMLScriptElement>('script[src*="antrag.embed"]')?.src ||
  document.baseURI;
