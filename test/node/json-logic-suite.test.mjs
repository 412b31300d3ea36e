// @ts-check
/**
 * Issue 12, acceptance 1: every case of the official JSON Logic suite (../shared/jsonlogic/tests.json, read
 * from there, never copied) whose operators Antrag accepts gives the expected result; the others are
 * counted as skipped, with the operator that caused each skip.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repositoryRoot } from '../support/repository-root.mjs';
import { loadEvaluator } from './json-logic-bundle.mjs';

const suitePath = join(repositoryRoot, '../shared/jsonlogic/tests.json');
if (!existsSync(suitePath)) {
  throw new Error(`The official JSON Logic suite is read from ${suitePath} (the project's shared data, next to the repository; never copied into it). Put jsonlogic.com/tests.json there.`);
}
const suite = JSON.parse(readFileSync(suitePath, 'utf8'));

/** The first operator in a rule that Antrag does not accept, or undefined. @param {unknown} rule @param {ReadonlySet<string>} known @returns {string | undefined} */
function unknownOperator(rule, known) {
  if (Array.isArray(rule)) return rule.map((item) => unknownOperator(item, known)).find((name) => name !== undefined);
  if (rule === null || typeof rule !== 'object') return undefined;
  const [name] = Object.keys(rule);
  if (name === undefined || !known.has(name)) return name ?? '(empty object)';
  return unknownOperator(Reflect.get(rule, name), known);
}

describe('the official JSON Logic test suite', () => {
  it('passes every case whose operators Antrag accepts', async () => {
    const { evaluate, operatorNames } = await loadEvaluator();
    const known = new Set(operatorNames);
    /** @type {Map<string, number>} */
    const skipped = new Map();
    let ran = 0;
    const failures = [];
    for (const entry of suite) {
      if (typeof entry === 'string') continue;
      const [rule, data, expected] = entry;
      const operator = unknownOperator(rule, known);
      if (operator !== undefined) {
        skipped.set(operator, (skipped.get(operator) ?? 0) + 1);
        continue;
      }
      ran++;
      try {
        const actual = evaluate(rule, data);
        if (!isDeepStrictEqual(actual, expected)) failures.push(`${JSON.stringify(rule)} with ${JSON.stringify(data)}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
      } catch (error) {
        failures.push(`${JSON.stringify(rule)} with ${JSON.stringify(data)}: threw ${String(error)}`);
      }
    }
    const skippedCount = [...skipped.values()].reduce((a, b) => a + b, 0);
    const reasons = [...skipped].map(([name, count]) => `${count} × "${name}"`).join(', ');
    console.log(`JSON Logic suite: ${ran} cases ran, ${skippedCount} skipped (operator not accepted: ${reasons || 'none'}).`);
    assert.deepEqual(failures, []);
    assert.equal(ran + skippedCount, 277);
    assert.ok(ran > 200, `only ${ran} cases ran`);
  });
});

/** @param {unknown} a @param {unknown} b */
function isDeepStrictEqual(a, b) {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
