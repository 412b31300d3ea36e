// @ts-check
/**
 * A `node --test` reporter that counts what the browser runner's countReporter counts: tests (not suites)
 * passed, failed and skipped. It prints "node tests: N passed, N failed, N skipped" and writes the plain line
 * for scripts/print-test-summary.mjs, which adds it to the browser tests' count.
 *
 *   node --test --test-reporter=spec --test-reporter-destination=stdout \
 *     --test-reporter=./test/support/node-count-reporter.mjs --test-reporter-destination=stdout test/node/
 */
import { mkdirSync, writeFileSync } from 'node:fs';

export const NODE_SUMMARY = 'node_modules/.cache/antrag/node-test-summary.txt';

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* nodeCountReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  /** Finished tests and suites in the order reported (children before their suite). */
  const finished = /** @type {Array<{ file: string, nesting: number, failed: boolean }>} */ ([]);
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    const failed = type === 'test:fail';
    if (data.details?.type === 'suite') {
      // A suite that failed by itself (a hook threw) with no failed test inside is one failure, never nothing.
      const inside = [];
      for (let i = finished.length - 1; i >= 0; i--) {
        const entry = /** @type {(typeof finished)[number]} */ (finished[i]);
        if (entry.file !== data.file || entry.nesting <= data.nesting) break;
        inside.push(entry);
      }
      if (failed && !inside.some((entry) => entry.failed)) totals.failed += 1;
    } else if (data.skip !== undefined || data.todo !== undefined) totals.skipped += 1;
    else totals[failed ? 'failed' : 'passed'] += 1;
    finished.push({ file: data.file, nesting: data.nesting, failed });
  }
  const line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
  mkdirSync('node_modules/.cache/antrag', { recursive: true });
  writeFileSync(NODE_SUMMARY, `${line}\n`);
  yield `\nnode tests: ${line}\n`;
}
