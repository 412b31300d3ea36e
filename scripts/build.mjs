// @ts-check
/**
 * `npm run build`: the ESM library, the script-tag bundle, and one script-tag file per additional UI
 * language, all with Vite (see vite.config.ts for the modes); then the type declarations.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';


/** One locale file per module in src/locales/ (English too: the script-tag file loads it when a form needs it). */
const extraLocales = readdirSync('src/locales').map((file) => file.replace(/\.ts$/u, ''));

await build({ mode: 'production', logLevel: 'warn' });
// The checker and the locale files before the embed, which records their hashes.
await build({ mode: 'checker', logLevel: 'warn' });
for (const locale of extraLocales) await build({ mode: `locale-${locale}`, logLevel: 'warn' });
await build({ mode: 'encryption', logLevel: 'warn' });
await build({ mode: 'embed', logLevel: 'warn' });
// The demo's definition playground (demo/public/playground.html, decision 0021): CodeMirror, the definition's JSON
// Schema and the library's parseDefinition in one file that only that page loads; not in the npm package.
await build({
  configFile: false,
  logLevel: 'warn',
  define: {
    ANTRAG_DEMO_FORMS: JSON.stringify(
      readdirSync('demo/forms')
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5))
        .sort(),
    ),
  },
  // codemirror-json-schema's markdown renderer pulls in shiki, which compiles WebAssembly (refused by the demo's CSP).
  resolve: { alias: [{ find: /^\.\.\/utils\/markdown$/u, replacement: resolve('demo/public/playground/markdown.ts') }] },
  build: {
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: 'demo/public/playground/playground.ts', formats: ['es'], fileName: () => 'demo-playground.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
// The Custom Elements Manifest (dist/custom-elements.json, from the element's JSDoc) and, made from it, VS Code's
// HTML custom data, so editors complete the tag, its attributes and their values.
execFileSync(
  process.execPath,
  ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
  {
    stdio: 'inherit',
  },
);
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map((element) => ({
    name: element.tagName,
    description: element.description,
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description,
      ...(/^'[^']+'( \| '[^']+')+$/u.test(attribute.type?.text ?? '') && {
        values: attribute.type.text.split(' | ').map((value) => ({ name: value.slice(1, -1) })),
      }),
    })),
  }));
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);

// Subresource Integrity for every script-tag file: pages pin the exact bytes with `integrity="sha384-…"`.
const sri = Object.fromEntries(
  readdirSync('dist')
    .filter((file) => /^antrag\..+\.js$/u.test(file))
    .sort()
    .map((file) => [
      file,
      `sha384-${createHash('sha384')
        .update(readFileSync(`dist/${file}`))
        .digest('base64')}`,
    ]),
);
writeFileSync('dist/sri.json', `${JSON.stringify(sri, null, 2)}\n`);
console.log(`built dist/ (library, antrag.embed.js, antrag.checker.js, antrag.encryption.js, locales ${extraLocales.join(', ')}, sri.json)`);
