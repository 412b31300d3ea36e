// @ts-check
/**
 * `npm run size`: the gzip (level 9) and brotli size of every shipped script-tag file in dist/, and where the
 * script-tag file's bytes come from — its build repeated with a source map, each minified byte counted for the
 * source it came from. Run after `npm run build`. The budget CI enforces is in scripts/check-size.mjs.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';

const top = Number(process.argv.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 25);
const gzip = (/** @type {Buffer} */ bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (/** @type {Buffer} */ bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const pad = (/** @type {string | number} */ value, width = 9) => String(value).padStart(width);

console.log(`${'file'.padEnd(32)}${pad('bytes')}${pad('gzip')}${pad('brotli')}`);
for (const file of readdirSync('dist').filter((name) => /^antrag\..+\.js$/u.test(name)).sort()) {
  const bytes = readFileSync(join('dist', file));
  console.log(`${file.padEnd(32)}${pad(bytes.length)}${pad(gzip(bytes))}${pad(brotli(bytes))}`);
}

// The embed again, with a source map, into a temporary folder.
const out = mkdtempSync(join(tmpdir(), 'antrag-size-'));
try {
  await build({ mode: 'embed', logLevel: 'silent', build: { outDir: out, sourcemap: true } });
  const code = readFileSync(join(out, 'antrag.embed.js'), 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(out, 'antrag.embed.js.map'), 'utf8')));
  /** @type {Map<string, string[]>} generated text per source */
  const bySource = new Map();
  const lines = code.split('\n');
  /** @type {{ line: number, column: number, source: string }[]} */
  const marks = [];
  map.eachMapping((m) => marks.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '' }));
  marks.sort((a, b) => a.line - b.line || a.column - b.column);
  for (const [index, mark] of marks.entries()) {
    const next = marks[index + 1];
    const line = lines[mark.line - 1] ?? '';
    const text = next && next.line === mark.line ? line.slice(mark.column, next.column) : line.slice(mark.column);
    const name = mark.source === '' ? '(build glue)' : relative(process.cwd(), resolve(out, mark.source)).replace(/^.*?node_modules\//u, 'node_modules/');
    bySource.set(name, [...(bySource.get(name) ?? []), text]);
  }
  const groupOf = (/** @type {string} */ name) =>
    name.startsWith('node_modules/') ? name.split('/').slice(0, name.startsWith('node_modules/@') ? 3 : 2).join('/') : name.split('/').slice(0, 2).join('/');
  /** @param {Map<string, string[]>} parts */
  const table = (parts) =>
    [...parts]
      .map(([name, texts]) => ({ name, bytes: Buffer.byteLength(texts.join('')), gzip: gzip(Buffer.from(texts.join(''))) }))
      .sort((a, b) => b.bytes - a.bytes);
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const [name, texts] of bySource) groups.set(groupOf(name), [...(groups.get(groupOf(name)) ?? []), ...texts]);
  const total = Buffer.byteLength(code);
  console.log(`\nantrag.embed.js by origin (minified bytes, share, and each part gzipped on its own):`);
  for (const row of table(groups)) console.log(`${row.name.padEnd(40)}${pad(row.bytes)}${pad(`${((100 * row.bytes) / total).toFixed(1)}%`, 8)}${pad(row.gzip)}`);
  console.log(`\nthe ${top} largest sources:`);
  for (const row of table(bySource).slice(0, top)) console.log(`${row.name.padEnd(56)}${pad(row.bytes)}${pad(row.gzip)}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
