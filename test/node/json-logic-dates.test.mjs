// @ts-check
/**
 * Issue 12: the date operations mean the same in Antrag and in the reference implementation for
 * json-logic-js (docs/rules/json-logic-date-operations.mjs): both give every result of the shared vector file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repositoryRoot } from '../support/repository-root.mjs';
import { addDateOperations } from '../../docs/rules/json-logic-date-operations.mjs';
import { loadEvaluator } from './json-logic-bundle.mjs';

const jsonLogic = createRequire(import.meta.url)('json-logic-js');
const { vectors } = JSON.parse(readFileSync(join(repositoryRoot, 'docs/rules/date-vectors.json'), 'utf8'));

describe('date operations: Antrag and the json-logic-js reference implementation', () => {
  it('both give every result of docs/rules/date-vectors.json', async () => {
    const { evaluate, todayInBerlin } = await loadEvaluator();
    let clock = new Date();
    addDateOperations(jsonLogic, { now: () => clock });
    for (const { rule, expected, now } of vectors) {
      const label = `${JSON.stringify(rule)}${now ? ` at ${now}` : ''}`;
      if (now) {
        clock = new Date(now);
        assert.equal(todayInBerlin(clock), expected, `Antrag: ${label}`);
      } else {
        assert.deepEqual(evaluate(rule, {}), expected, `Antrag: ${label}`);
      }
      assert.deepEqual(jsonLogic.apply(rule, {}), expected, `json-logic-js: ${label}`);
    }
    console.log(`Date vectors: ${vectors.length} checked in Antrag and json-logic-js.`);
  });
});
