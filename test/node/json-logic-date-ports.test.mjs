// @ts-check
/**
 * Issue 12: the PHP and Java reference implementations of the date operations (docs/rules/date-operations.php,
 * docs/rules/DateOperations.java) give every result of the shared vector file docs/rules/date-vectors.json, as
 * Antrag and the json-logic-js port do (json-logic-dates.test.mjs). Needs `php` (Debian: php-cli) and a JDK 17+
 * (default-jdk-headless); `npm test` installs them via scripts/ensure-php.mjs. Missing, the test fails: it never skips.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repositoryRoot } from '../support/repository-root.mjs';

const { vectors } = JSON.parse(readFileSync(join(repositoryRoot, 'docs/rules/date-vectors.json'), 'utf8'));
const INSTALL_HINT = 'run `node scripts/ensure-php.mjs` (as root it installs php-cli and default-jdk-headless)';

/**
 * One argument in the ports' line format: null, true, false, n:<number>, s:<text>, l:<items separated by U+001F>.
 * @param {unknown} value @param {boolean} [inList]
 * @returns {string}
 */
function encode(value, inList = false) {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return `n:${JSON.stringify(value)}`;
  if (typeof value === 'string') {
    assert.ok(!/[\t\n\r\u001f]/.test(value), `the line format cannot carry ${JSON.stringify(value)}`);
    return `s:${value}`;
  }
  if (Array.isArray(value) && !inList) return `l:${value.map((item) => encode(item, true)).join('\u001f')}`;
  throw new Error(`the line format cannot carry ${JSON.stringify(value)}: extend it in the test and both ports`);
}

/** One line per vector: operation, `now` or empty, arguments (literals only: the vectors nest no rules). */
const input = vectors
  .map((/** @type {{ rule: Record<string, unknown[]>, now?: string }} */ { rule, now }) => {
    const [[operation, args]] = Object.entries(rule);
    return [operation, now ?? '', ...(Array.isArray(args) ? args : [args]).map((arg) => encode(arg))].join('\t');
  })
  .join('\n');

/**
 * Runs a port on every vector and compares each printed result with `expected`.
 * @param {string} label @param {string} command @param {string[]} args
 */
function check(label, command, args) {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: repositoryRoot, input: `${input}\n`, encoding: 'utf8', timeout: 60_000 });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (run.error) assert.fail(`${label}: cannot run \`${command}\` (${run.error.message}); ${INSTALL_HINT}.`);
  assert.equal(run.status, 0, `${label} exited with ${run.status}:\n${run.stderr}`);
  const lines = run.stdout.trimEnd().split('\n');
  assert.equal(lines.length, vectors.length, `${label}: one result per vector\n${run.stdout}\n${run.stderr}`);
  vectors.forEach((/** @type {{ rule: unknown, now?: string, expected: unknown }} */ { rule, now, expected }, i) => {
    assert.deepEqual(JSON.parse(lines[i]), expected, `${label}: ${JSON.stringify(rule)}${now ? ` at ${now}` : ''}`);
  });
  console.log(`Date vectors: ${vectors.length} checked in the ${label} port in ${seconds} s.`);
}

describe('date operations: the PHP and Java reference implementations', () => {
  it('PHP (docs/rules/date-operations.php) gives every result of docs/rules/date-vectors.json', () => {
    check('PHP', process.env.PHP_PATH ?? 'php', ['docs/rules/date-operations.php']);
  });
  it('Java (docs/rules/DateOperations.java) gives every result of docs/rules/date-vectors.json', () => {
    const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
    check('Java', java, ['docs/rules/DateOperations.java']);
  });
});
