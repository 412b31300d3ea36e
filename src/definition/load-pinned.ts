/**
 * Files the script-tag file loads on demand (the definition checker, locale files; decision 0024), from next to
 * itself and pinned by the hash its build recorded. Here, in the lowest folder, because both definition/ and
 * i18n/ use it.
 */

// Read while the file runs: afterwards `document.currentScript` is another script or none.
const script = document.currentScript;
const scriptBase: string =
  (script instanceof HTMLScriptElement && script.src) ||
  document.querySelector<HTMLScriptElement>('script[src*="antrag.embed"]')?.src ||
  document.baseURI;

/** The address of `file` next to the script-tag file. */
export const besideScript = (file: string): string => new URL(file, scriptBase).href;

/**
 * Runs the module at `url` once its bytes match `integrity` (Subresource Integrity, checked on the fetched
 * bytes), through `import()`, which strict CSPs with Trusted Types allow; its exports.
 */
export async function importPinned(url: string, integrity: string): Promise<unknown> {
  const response = await fetch(url, { integrity });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return import(/* @vite-ignore */ url);
}
