// @ts-check
import { mkdirSync, writeFileSync } from 'node:fs';

export const BROWSER_SUMMARY = 'node_modules/.cache/antrag/browser-test-summary.txt';

/**
 * Counts the browser tests: prints "browser tests: N passed, N failed, N skipped" and writes the plain line
 * for scripts/print-test-summary.mjs, which adds the Node tests' count and prints the line CI reads.
 */
export function countReporter() {
  return {
    /** @param {{ sessions: any[] }} args */
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      /** @param {any} suite */
      const count = (suite) => {
        for (const test of suite?.tests ?? []) totals[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed'] += 1;
        for (const child of suite?.suites ?? []) count(child);
      };
      for (const session of sessions) {
        count(session.testResults);
        // A file that failed to load has no results but errors: count it as a failure, never as nothing.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed += 1;
      }
      const line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      console.log(`\nbrowser tests: ${line}`);
      mkdirSync('node_modules/.cache/antrag', { recursive: true });
      writeFileSync(BROWSER_SUMMARY, `${line}\n`);
    },
  };
}
