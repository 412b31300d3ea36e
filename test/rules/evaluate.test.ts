import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluate } from '../../src/rules/evaluate.js';
import { todayInBerlin } from '../../src/rules/date-operators.js';
import { RuleError } from '../../src/rules/rule-error.js';

const hunde = { zahl: 3, liste: [{ listenhund: 'nein' }, { listenhund: 'ja' }, { listenhund: 'nein' }], art: ['laub'], ja: 'ja' };

describe('evaluate (JSON Logic subset)', () => {
  it('behaves like JSON Logic for comparison, logic, arithmetic and "in"', () => {
    expect(evaluate({ '==': [1, '1'] }, {})).to.equal(true);
    expect(evaluate({ '===': [1, '1'] }, {})).to.equal(false);
    expect(evaluate({ '<': [1, { var: 'zahl' }, 5] }, hunde)).to.equal(true);
    expect(evaluate({ and: [true, 'x', 0] }, {})).to.equal(0);
    expect(evaluate({ or: [[], '', 'erste'] }, {})).to.equal('erste');
    expect(evaluate({ '!': [[]] }, {})).to.equal(true);
    expect(evaluate({ if: [false, 'a', { '>': [{ var: 'zahl' }, 2] }, 'b', 'c'] }, hunde)).to.equal('b');
    expect(evaluate({ '+': [1, '2', 3.5] }, {})).to.equal(6.5);
    expect(evaluate({ '-': [10, 4] }, {})).to.equal(6);
    expect(evaluate({ '*': [2, 96] }, {})).to.equal(192);
    expect(evaluate({ min: [3, 1, 2] }, {})).to.equal(1);
    expect(evaluate({ in: ['laub', { var: 'art' }] }, hunde)).to.equal(true);
    expect(evaluate({ in: ['Spring', 'Springfield'] }, {})).to.equal(true);
    expect(evaluate({ cat: ['HST-', 2026] }, {})).to.equal('HST-2026');
  });

  describe('means what JSON Logic (json-logic-js) means, in the examples of issue 12', () => {
    it('a missing answer is null: "alter < 18" holds, as a backend decides it', () => {
      expect(evaluate({ var: 'alter' }, {})).to.equal(null);
      expect(evaluate({ var: ['alter', 17] }, {})).to.equal(17);
      expect(evaluate({ '<': [{ var: 'alter' }, 18] }, {})).to.equal(true);
      expect(evaluate({ '<': [{ var: 'alter' }, 18] }, { alter: 30 })).to.equal(false);
    });

    it('"email !== null" is false while there is no answer', () => {
      expect(evaluate({ '!==': [{ var: 'email' }, null] }, {})).to.equal(false);
      expect(evaluate({ '!==': [{ var: 'email' }, null] }, { email: 'a@b.de' })).to.equal(true);
    });

    it('a checkboxes answer ["laub"] equals "laub" as JavaScript\'s == makes it, without calling its toString', () => {
      expect(evaluate({ '==': [{ var: 'art' }, 'laub'] }, { art: ['laub'] })).to.equal(true);
      expect(evaluate({ '==': [{ var: 'art' }, 'laub'] }, { art: ['laub', 'holz'] })).to.equal(false);
      expect(evaluate({ '==': [['a', ['b', null]], 'a,b,'] }, {})).to.equal(true);
      const spy = { toString: () => 'laub', valueOf: () => 'laub' };
      expect(evaluate({ '==': [{ var: 'art' }, 'laub'] }, { art: spy })).to.equal(false);
    });

    it('adds like json-logic-js: null and booleans are not numbers, "3 Hunde" is 3', () => {
      expect(evaluate({ '+': [{ var: 'g' }, 10] }, { g: null })).to.be.NaN;
      expect(evaluate({ '+': [{ var: 'g' }, 10] }, {})).to.be.NaN;
      expect(evaluate({ '+': [true, 10] }, {})).to.be.NaN;
      expect(evaluate({ '+': ['3 Hunde', 1] }, {})).to.equal(4);
      expect(evaluate({ '*': [{ var: 'g' }, 96] }, { g: true })).to.be.NaN;
      expect(evaluate({ '*': ['2'] }, {})).to.equal('2');
      expect(evaluate({ '-': [[5], '2'] }, {})).to.equal(3);
    });

    it('"between" exists only for < and <=; > with three values compares the first two, as json-logic-js does', () => {
      expect(evaluate({ '<': [50, { var: 'gdb' }, 100] }, { gdb: 70 })).to.equal(true);
      expect(evaluate({ '<=': [50, { var: 'gdb' }, 100] }, { gdb: 100 })).to.equal(true);
      expect(evaluate({ '>': [100, { var: 'gdb' }, 50] }, { gdb: 20 })).to.equal(true);
    });

    it('evaluates the body of map, filter, some… against the item even when the item is undefined, never the outer data', () => {
      const outer = { geheim: 'außen', ja: true };
      expect(evaluate({ map: [[{ and: [] }], { var: 'geheim' }] }, outer)).to.deep.equal([null]);
      expect(evaluate({ some: [[{ and: [] }], { var: 'ja' }] }, outer)).to.equal(false);
      expect(evaluate({ filter: [[{ or: [] }], { var: 'ja' }] }, outer)).to.deep.equal([]);
    });

    it('reduce without an initial value starts from null', () => {
      expect(evaluate({ reduce: [[1, 2], { cat: [{ var: 'accumulator' }, { var: 'current' }] }] }, {})).to.equal('12');
      expect(evaluate({ reduce: ['keine Liste', { var: 'current' }] }, {})).to.equal(null);
    });

    it('has missing, missing_some, substr and ?:', () => {
      expect(evaluate({ missing: ['name', 'plz', 'ort'] }, { name: 'Erika', plz: '' })).to.deep.equal(['plz', 'ort']);
      expect(evaluate({ missing_some: [1, ['telefon', 'email']] }, { email: 'a@b.de' })).to.deep.equal([]);
      expect(evaluate({ missing_some: [2, ['telefon', 'email']] }, { email: 'a@b.de' })).to.deep.equal(['telefon']);
      expect(evaluate({ substr: ['Musterstadt', 0, 6] }, {})).to.equal('Muster');
      expect(evaluate({ substr: ['Musterstadt', -5] }, {})).to.equal('stadt');
      expect(evaluate({ substr: ['Musterstadt', 6, -1] }, {})).to.equal('stad');
      expect(evaluate({ '?:': [{ var: 'ja' }, 'a', 'b'] }, hunde)).to.equal('a');
      expect(() => evaluate({ missing: [{ var: 'obj' }] }, { obj: { a: 1 } })).to.throw(RuleError);
    });

    it('"in" finds nothing in an empty text and compares list items strictly', () => {
      expect(evaluate({ in: ['', ''] }, {})).to.equal(false);
      expect(evaluate({ in: ['1', [1]] }, {})).to.equal(false);
      expect(evaluate({ in: [['a'], 'abc'] }, {})).to.equal(true);
    });
  });

  it('walks lists with map, filter, reduce, all, some and none', () => {
    const listed = { filter: [{ var: 'liste' }, { '==': [{ var: 'listenhund' }, 'ja'] }] };
    expect(evaluate({ reduce: [listed, { '+': [{ var: 'accumulator' }, 1] }, 0] }, hunde)).to.equal(1);
    expect(evaluate({ map: [{ var: 'liste' }, { var: 'listenhund' }] }, hunde)).to.deep.equal(['nein', 'ja', 'nein']);
    expect(evaluate({ some: [{ var: 'liste' }, { '==': [{ var: 'listenhund' }, 'ja'] }] }, hunde)).to.equal(true);
    expect(evaluate({ all: [{ var: 'liste' }, { '==': [{ var: 'listenhund' }, 'ja'] }] }, hunde)).to.equal(false);
    expect(evaluate({ none: [[], true] }, {})).to.equal(true);
  });

  it('does date arithmetic on ISO dates', () => {
    // Months and years clamp to the month's end, like java.time (issue 12): not 2026-03-01 and 2026-03-03.
    expect(evaluate({ date_add: ['2008-02-29', 18, 'years'] }, {})).to.equal('2026-02-28');
    expect(evaluate({ date_add: ['2026-01-31', 1, 'months'] }, {})).to.equal('2026-02-28');
    expect(evaluate({ date_add: ['2024-01-31', 1, 'months'] }, {})).to.equal('2024-02-29');
    expect(evaluate({ date_add: ['2024-02-29', -18, 'years'] }, {})).to.equal('2006-02-28');
    expect(evaluate({ date_add: ['2026-02-30', 1, 'days'] }, {})).to.equal(null);
    // Public holidays given as a list: Thursday 24 Dec 2026 + 1 working day skips 25 Dec (a Friday) and the weekend.
    expect(evaluate({ working_days_add: ['2026-12-24', 1, ['2026-12-25']] }, {})).to.equal('2026-12-28');
    // Friday + 3 working days = Wednesday.
    expect(evaluate({ working_days_add: ['2026-11-20', 3] }, {})).to.equal('2026-11-25');
    expect(evaluate({ month: ['2027-10-01'] }, {})).to.equal(10);
    expect(evaluate({ today: [] }, {})).to.match(/^\d{4}-\d{2}-\d{2}$/);
    // Today is the date in Germany: 23:30 UTC on 31 December is already 1 January in Berlin.
    expect(todayInBerlin(new Date('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
    expect(todayInBerlin(new Date('2026-06-30T21:59:00Z'))).to.equal('2026-06-30');
    expect(evaluate({ date_add: ['kein Datum', 1, 'days'] }, {})).to.equal(null);
  });

  it('reads own properties only, never the prototype chain', () => {
    expect(evaluate({ var: 'constructor' }, {})).to.equal(null);
    expect(evaluate({ var: '__proto__' }, {})).to.equal(null);
    expect(evaluate({ var: 'liste.map' }, hunde)).to.equal(null);
    expect(evaluate({ var: ['toString', 'fallback'] }, {})).to.equal('fallback');
    expect(evaluate({ var: 'liste.1.listenhund' }, hunde)).to.equal('ja');
    // A path that is not a name becomes text as JSON Logic makes it, without calling the data's toString.
    expect(evaluate({ var: [{ var: 'obj' }] }, { obj: { toString: () => 'zahl' }, zahl: 1 })).to.equal(null);
  });

  it('rejects operators outside the allow-list and rules past the limits', () => {
    expect(() => evaluate({ eval: ['1'] }, {})).to.throw(RuleError, 'Unknown operator "eval"');
    expect(() => evaluate({ method: [{ var: 'a' }, 'toString'] }, {})).to.throw(RuleError);
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { '!!': [deep] };
    expect(() => evaluate(deep, {})).to.throw(RuleError, 'nested deeper');
    const big = Array.from({ length: 1001 }, (_, i) => i);
    expect(() => evaluate({ map: [{ var: 'big' }, 1] }, { big })).to.throw(RuleError, 'more than 1000 items');
    // 1000 items × 1000 items would be a million steps: the step budget stops it.
    const many = Array.from({ length: 1000 }, (_, i) => i);
    expect(() => evaluate({ map: [{ var: 'many' }, { map: [{ var: '' }, 1] }] }, { many: many.map(() => many) })).to.throw(
      RuleError,
      'steps',
    );
  });

  it('shares one step budget between the rules of one evaluation, and fails every later rule at once', () => {
    const range = Array.from({ length: 1000 }, (_, i) => i);
    const heavy = { map: [range, { map: [range.slice(0, 900), 1] }] };
    const budget = { steps: 0 };
    expect(() => evaluate(heavy, {}, budget)).to.throw(RuleError, 'more than 50000 steps in one evaluation');
    const started = performance.now();
    for (let i = 0; i < 500; i++) expect(() => evaluate({ var: 'a' }, { a: 1 }, budget)).to.throw(RuleError, 'steps');
    expect(performance.now() - started).to.be.below(500);
    // A fresh budget per evaluation: one simple rule alone is fine.
    expect(evaluate({ var: 'a' }, { a: 1 })).to.equal(1);
  });

  it('never touches Object.prototype or calls a function, whatever the rule and data (property-based)', () => {
    const names = [
      'var',
      '==',
      '<',
      'and',
      'or',
      'if',
      '+',
      'cat',
      'in',
      'map',
      'filter',
      'reduce',
      'merge',
      'date_add',
      '__proto__',
      'constructor',
      'toString',
      'valueOf',
    ];
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'a', 'b', '0', '');
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), key);
    const rule = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('op'), fc.array(tie('node'), { maxLength: 3 })),
      op: fc
        .tuple(fc.constantFrom(...names), fc.array(tie('node'), { maxLength: 3 }))
        .map(([name, args]) => JSON.parse(JSON.stringify({ [name]: args })) as unknown),
    })).node;
    const data = fc
      .jsonValue({ maxDepth: 3 })
      .map((value) => JSON.parse(`{"a": ${JSON.stringify(value)}, "__proto__": {"polluted": true}}`) as unknown);
    const calls: string[] = [];
    const spy = () => calls.push('called');
    fc.assert(
      fc.property(rule, data, (expression, input) => {
        calls.length = 0;
        const poisoned = { a: { toString: spy, valueOf: spy }, input };
        for (const target of [input, poisoned]) {
          try {
            evaluate(expression, target);
          } catch (error) {
            if (!(error instanceof RuleError)) throw error;
          }
        }
        return Object.keys(Object.prototype).length === 0 && !('polluted' in {}) && calls.length === 0;
      }),
      { numRuns: 3000 },
    );
  });
});
