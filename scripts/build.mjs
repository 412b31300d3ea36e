// @ts-check
/**
 * `npm run build`: the ESM library, the script-tag bundle, and one script-tag file per additional UI
 * language, all with Vite (see vite.config.ts for the modes); then the type declarations.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const extraLocales = ['tr', 'uk', 'ar'];

await build({ mode: 'production', logLevel: 'warn' });
await build({ mode: 'embed', logLevel: 'warn' });
await build({ mode: 'encryption', logLevel: 'warn' });
for (const locale of extraLocales) await build({ mode: `locale-${locale}`, logLevel: 'warn' });
// Subresource Integrity for every script-tag file: pages pin the exact bytes with `integrity="sha384-…"`.
const sri = Object.fromEntries(
  readdirSync('dist')
    .filter((file) => /^antrag\..+\.js$/u.test(file))
    .sort()
    .map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`]),
);
writeFileSync('dist/sri.json', `${JSON.stringify(sri, null, 2)}\n`);
console.log(`built dist/ (library, antrag.embed.js, antrag.encryption.js, locales ${extraLocales.join(', ')}, sri.json)`);
