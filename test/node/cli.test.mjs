// @ts-check
/** `npx antrag validate` (bin/antrag.mjs), run as a municipality's CI runs it. Needs the built library. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { fieldTypes } from '../../dist/core.js';
import { repositoryRoot } from '../support/repository-root.mjs';

/**
 * The rule language's allow-listed operators (ARCHITECTURE.md, rules/), written out: the CLI must name exactly
 * these, so a new or removed operator shows up here as a deliberate change.
 */
// prettier-ignore
const OPERATORS = [
  'var', 'missing', 'missing_some', '==', '!=', '===', '!==', '<', '<=', '>', '>=', '!', '!!', 'and', 'or', 'if', '?:', '+', '-', '*', '/', '%', 'min', 'max',
  'cat', 'substr', 'in', 'merge', 'map', 'filter', 'reduce', 'all', 'some', 'none', 'today', 'date_add', 'working_days_add', 'month',
];

/**
 * Runs `bin/antrag.mjs` with the given arguments from the repository root.
 * @param {string[]} args @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
const antrag = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, ['bin/antrag.mjs', ...args], { cwd: repositoryRoot }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });

describe('npx antrag validate', () => {
  it('accepts the demo forms and exits 0', async () => {
    const run = await antrag('validate', 'demo/forms/hundesteuer-anmeldung.json', 'demo/forms/verbrennung-pflanzlicher-abfaelle.json');
    assert.equal(run.code, 0);
    assert.ok(run.stdout.includes('demo/forms/hundesteuer-anmeldung.json: ok (hundesteuer-anmeldung 2.0.0)'), run.stdout);
  });

  it('reports five kinds of mistakes with file and JSON pointer, and exits 1', async () => {
    const run = await antrag('validate', 'test/fixtures/five-mistakes.json');
    assert.equal(run.code, 1);
    assert.deepEqual(run.stderr.trim().split('\n'), [
      'test/fixtures/five-mistakes.json: /id: Expected an id: a lowercase letter, then letters, digits, "_" or "-", got "Fünf-Fehler".',
      `test/fixtures/five-mistakes.json: /steps/0/fields/2/type: Unknown field type "slider". Allowed: ${fieldTypes.join(', ')}.`,
      'test/fixtures/five-mistakes.json: /title: Missing the "en" translation (the form declares languages de, en).',
      'test/fixtures/five-mistakes.json: /steps/0/fields/1/id: The field id "name" is already used at /steps/0/fields/0/id; ids must be unique in the whole form.',
      `test/fixtures/five-mistakes.json: /steps/0/fields/3/visibleIf/eval: Unknown operator "eval". Allowed: ${OPERATORS.join(', ')}.`,
      '1 of 1 definition has problems.',
    ]);
  });

  it('explains its usage and a missing file', async () => {
    assert.equal((await antrag()).code, 2);
    const missing = await antrag('validate', 'gibt-es-nicht.json');
    assert.equal(missing.code, 1);
    assert.ok(missing.stderr.includes('gibt-es-nicht.json: cannot be read (ENOENT)'), missing.stderr);
  });
});
