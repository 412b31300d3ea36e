// @ts-check
/**
 * Issue 12, acceptance 4: one step budget per evaluation of the whole form. A definition with 500 questions
 * whose conditions each use the whole per-rule limit neither freezes nor takes more than a second: once
 * the budget is spent, the remaining conditions fail (towards showing the question) with a clear error.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadEvaluator } from './json-logic-bundle.mjs';

const range = (/** @type {number} */ n) => Array.from({ length: n }, (_, i) => i);
// 1,000 × 900 items: 1.8 million steps, far past the 50,000-step limit, in fewer than 2,000 parts.
const heavy = { map: [range(1000), { map: [range(900), 1] }] };

describe('one step budget per evaluation of the form', () => {
  it('500 conditions at the per-rule limit cost one budget, not 500 (under a second)', async () => {
    const { parseDefinition, evaluateRules } = await loadEvaluator();
    const json = {
      schemaVersion: 1,
      id: 'budget',
      version: '1.0.0',
      languages: ['de'],
      title: 'Budget',
      steps: [{ id: 'a', title: 'A', fields: range(500).map((i) => ({ id: `f${i}`, type: 'text', label: `F${i}`, visibleIf: heavy })) }],
    };
    const parsed = parseDefinition(json);
    assert.equal(parsed.ok, true, JSON.stringify(parsed.issues));
    /** @type {string[]} */
    const warnings = [];
    const warn = console.warn;
    console.warn = (/** @type {unknown[]} */ ...args) => void warnings.push(args.map(String).join(' '));
    const started = performance.now();
    let state;
    try {
      state = evaluateRules(parsed.definition, {});
    } finally {
      console.warn = warn;
    }
    const elapsed = performance.now() - started;
    console.log(`500 conditions at the per-rule limit: evaluated in ${elapsed.toFixed(0)} ms, ${warnings.length} warning(s).`);
    assert.ok(elapsed < 1000, `took ${elapsed} ms`);
    assert.equal(warnings.length, 1, "one warning for the spent budget, not one per rule");
    assert.match(warnings[0] ?? '', /The rules took more than 50000 steps in one evaluation/);
    // Failing rules never hide a question.
    assert.equal(state.visible.size, 500);
  });
});
