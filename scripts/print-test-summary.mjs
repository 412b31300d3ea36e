// @ts-check
/**
 * The last line of `npm test`, where CI reads it: "N passed, N failed, N skipped" over the Node tests
 * (`node --test`) and the browser tests (web-test-runner) together. `npm test` passes the exit codes of both
 * runs; this script exits 1 when either failed, so a failure in one is never hidden by the other.
 *
 *   node scripts/print-test-summary.mjs <exit code of node --test> <exit code of web-test-runner>
 */
import { readFileSync, rmSync } from 'node:fs';
import { BROWSER_SUMMARY } from '../test/support/count-reporter.mjs';
import { NODE_SUMMARY } from '../test/support/node-count-reporter.mjs';

const runs = [
  { name: 'node --test', file: NODE_SUMMARY, exitCode: process.argv[2] },
  { name: 'web-test-runner', file: BROWSER_SUMMARY, exitCode: process.argv[3] },
];
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const run of runs) {
  let text = '';
  try {
    text = readFileSync(run.file, 'utf8');
    rmSync(run.file); // read once: a later run that crashes before counting must not show these numbers again
  } catch {
    // no count: the run did not get as far as its reporter
  }
  const counts = /^(\d+) passed, (\d+) failed, (\d+) skipped$/mu.exec(text);
  if (counts) {
    totals.passed += Number(counts[1]);
    totals.failed += Number(counts[2]);
    totals.skipped += Number(counts[3]);
  }
  // A run that failed without a failed test to show for it (it crashed, or did not start) counts as one.
  const exitedBadly = run.exitCode !== undefined && run.exitCode !== '0';
  if (!counts || (exitedBadly && Number(counts[2]) === 0)) {
    console.error(`${run.name} ${counts ? `exited with ${run.exitCode}` : 'reported no count'}: counted as one failure.`);
    totals.failed += 1;
  }
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 ? 1 : 0;
