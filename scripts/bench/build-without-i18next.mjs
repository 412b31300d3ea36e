// @ts-check
/**
 * MEASUREMENT ONLY. Builds the script-tag file as `npm run build` does, but with i18next replaced by a minimal
 * stand-in (i18next-stand-in.mjs), into .bench/without-i18next/ (not committed). Then
 *
 *   npm run bench -- --sizes 20,500 --runs 7 --embed .bench/without-i18next/antrag.embed.js --out .bench/without-i18next.json
 *
 * measures the same form with everything but i18next: the difference to a plain `npm run bench` is what
 * i18next costs at start-up (docs/performance.md, "What issue 10's targets need"). Needs `npm run build` first.
 */
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
if (!existsSync(join(repo, 'dist', 'antrag.checker.js'))) {
  console.error('dist/ is missing: run `npm run build` first (the script-tag file pins the hashes of the files it loads).');
  process.exit(1);
}
const outDir = join(repo, '.bench', 'without-i18next');
process.chdir(repo);
await build({
  mode: 'embed',
  logLevel: 'warn',
  resolve: { alias: [{ find: /^i18next$/u, replacement: join(here, 'i18next-stand-in.mjs') }] },
  build: { outDir, emptyOutDir: true },
});
// The files the script-tag file loads by itself (checker, locale files), as next to dist/antrag.embed.js: the
// bench serves them from the compared file's folder, and their hashes are the ones pinned in it.
for (const file of readdirSync(join(repo, 'dist')))
  if (/^antrag\.(checker|locale-[a-z]+)\.js$/u.test(file)) copyFileSync(join(repo, 'dist', file), join(outDir, file));
console.log(`built ${join('.bench', 'without-i18next', 'antrag.embed.js')} with i18next replaced by scripts/bench/i18next-stand-in.mjs — for measuring only`);
