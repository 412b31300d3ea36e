// @ts-check
/**
 * Issue 12: `antrag/core` exports `evaluateRule`, the evaluator the assistant and `validateSubmission` use,
 * so a Node backend runs the identical code (reads the built dist/core.js, as a backend would).
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { repositoryRoot } from '../support/repository-root.mjs';

const jsonLogic = createRequire(import.meta.url)('json-logic-js');
const core = await import(pathToFileURL(join(repositoryRoot, 'dist/core.js')).href);

describe('antrag/core evaluateRule', () => {
  it('decides the examples of issue 12 as json-logic-js does', () => {
    /** @type {[unknown, unknown][]} */
    const cases = [
      [{ '<': [{ var: 'alter' }, 18] }, {}],
      [{ '!==': [{ var: 'email' }, null] }, {}],
      [{ '==': [{ var: 'art' }, 'laub'] }, { art: ['laub'] }],
      [{ '+': [{ var: 'g' }, 10] }, { g: null }],
      [{ '*': [{ var: 'g' }, 96] }, { g: true }],
      [{ '<': [50, { var: 'gdb' }, 100] }, { gdb: 70 }],
      [{ map: [[{ and: [] }], { var: 'geheim' }] }, { geheim: 'außen' }],
      [{ missing_some: [1, ['telefon', 'email']] }, { email: 'a@b.de' }],
    ];
    for (const [rule, data] of cases) assert.deepStrictEqual(core.evaluateRule(rule, data), jsonLogic.apply(rule, data), JSON.stringify(rule));
    assert.equal(core.evaluateRule({ '<': [{ var: 'alter' }, 18] }, {}), true);
    assert.equal(core.truthy([]), false);
    assert.throws(() => core.evaluateRule({ method: ['x', 'toString'] }, {}), core.RuleError);
  });
});
