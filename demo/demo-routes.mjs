// @ts-check
/**
 * The demo page's own routes besides its static files: the list of demo forms, read from demo/forms/ on every
 * request (a definition copied there appears without code changes), and the pages with a path of their own.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Pages with a path of their own → their file in demo/public/. */
export const PAGES = {
  '/inbox': 'inbox.html',
};

/**
 * Every definition in `formsDir`: id (the file name), title, authority and languages, with `easyLanguage`
 * when it has texts in Einfache Sprache (`de-x-einfach`). A file that is not JSON is listed with `broken`,
 * so the demo shows the element's own error report for it.
 * @param {string} formsDir
 */
export async function listForms(formsDir) {
  const files = (await readdir(formsDir)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const id = file.slice(0, -'.json'.length);
      const text = await readFile(join(formsDir, file), 'utf8');
      try {
        const definition = JSON.parse(text);
        return {
          id,
          title: definition.title ?? { de: id },
          authority: definition.authority ?? {},
          languages: Array.isArray(definition.languages) ? definition.languages : ['de'],
          easyLanguage: text.includes('"de-x-einfach"'),
        };
      } catch {
        return { id, title: { de: id }, authority: {}, languages: ['de'], easyLanguage: false, broken: true };
      }
    }),
  );
}

/** @type {Promise<string> | undefined} */
let core;
/**
 * `antrag/core` as one browser module (zod inside), for the demo's example answers: dist/core.js leaves zod to
 * the page's bundler, and the strict CSP allows no import map. Built once, on first request, with esbuild
 * (a development dependency, like everything `npm run demo` needs).
 * @param {string} root the repository
 */
export function coreBundle(root) {
  core ??= import('esbuild')
    .then(({ build }) =>
      build({
        entryPoints: [join(root, 'src/core.ts')],
        bundle: true,
        format: 'esm',
        target: 'es2022',
        minify: true,
        write: false,
        logLevel: 'silent',
      }),
    )
    .then((result) => result.outputFiles[0]?.text ?? '');
  return core;
}
