// @ts-check
/** Size budget CI enforces: dist/antrag.embed.js at most 63.7 KB gzip (docs/decisions/0004, 0007, 0017, 0024, 0027) (gzip bytes are stable; times are not). */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 63_700;
const file = 'dist/antrag.embed.js';
const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
console.log(`${file}: ${bytes} bytes gzip (budget ${BUDGET})`);
if (bytes > BUDGET) {
  console.error(`${file} is over its size budget by ${bytes - BUDGET} bytes.`);
  process.exit(1);
}
