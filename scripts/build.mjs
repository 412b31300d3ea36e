// @ts-check
/**
 * `npm run build`: the ESM library, the script-tag bundle, and one script-tag file per additional UI
 * language, all with Vite (see vite.config.ts for the modes); then the type declarations.
 */
import { build } from 'vite';

const extraLocales = ['tr', 'uk', 'ar'];

await build({ mode: 'production', logLevel: 'warn' });
await build({ mode: 'embed', logLevel: 'warn' });
await build({ mode: 'encryption', logLevel: 'warn' });
for (const locale of extraLocales) await build({ mode: `locale-${locale}`, logLevel: 'warn' });
console.log(`built dist/ (library, antrag.embed.js, antrag.encryption.js, locales ${extraLocales.join(', ')})`);
