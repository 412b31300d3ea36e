// @ts-check
/**
 * Issue 12, acceptance 2: Antrag's evaluator and the reference implementation json-logic-js 2.0.5 agree on
 * every operator both have, for generated rules over generated data (numbers, numeric strings, empty
 * strings, null, booleans, lists, records, missing variables): no disagreement in 12,000 cases.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadEvaluator } from './json-logic-bundle.mjs';

const jsonLogic = createRequire(import.meta.url)('json-logic-js');

/** Antrag's own additions, which json-logic-js does not have. */
const antragOnly = new Set(['today', 'date_add', 'working_days_add', 'month']);
/** Argument counts a definition may use (parseDefinition rejects more; see maximumArguments). */
const arity = /** @type {Record<string, [number, number]>} */ ({
  var: [1, 2], missing_some: [2, 2], '==': [2, 2], '!=': [2, 2], '===': [2, 2], '!==': [2, 2], '<': [2, 3], '<=': [2, 3],
  '>': [2, 2], '>=': [2, 2], '!': [1, 1], '!!': [1, 1], '-': [1, 2], '/': [2, 2], '%': [2, 2], substr: [2, 3], in: [2, 2],
  map: [2, 2], filter: [2, 2], reduce: [2, 3], all: [2, 2], some: [2, 2], none: [2, 2], '*': [1, 3],
});
const iterating = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

const keys = ['a', 'b', 'c', 'liste', 'adresse', 'fehlt', 'liste.0', 'liste.1.n', 'adresse.plz', 'a.0', 'a.length', 'current', 'accumulator', 'n', ''];
const numericString = fc.constantFrom('0', '1', '12', '-3', '2.5', ' 7 ', '1e3', '0x10', '3 Hunde', 'Infinity', '-0', '.5');
const scalar = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -0, 1, 2, 18, 100),
  numericString,
  fc.constantFrom('', 'laub', 'ja', 'nein', 'a', 'b', 'true', 'null', ','),
  fc.string({ maxLength: 4 }),
  fc.constant(null),
  fc.boolean(),
);
const value = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(fc.array(scalar, { maxLength: 2 }), { maxLength: 2 }) });
const data = fc.record(
  {
    a: value,
    b: value,
    c: value,
    n: value,
    liste: fc.array(fc.oneof(scalar, fc.record({ n: scalar }, { requiredKeys: [], noNullPrototype: true })), { maxLength: 4 }),
    adresse: fc.record({ plz: scalar, ort: scalar }, { requiredKeys: [], noNullPrototype: true }),
  },
  { requiredKeys: [], noNullPrototype: true },
);

const operators = (/** @type {readonly string[]} */ names) => names.filter((name) => !antragOnly.has(name));

/** @param {string[]} names */
function rules(names) {
  return fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 4 },
      scalar,
      fc.record({ var: fc.oneof(fc.constantFrom(...keys), fc.tuple(fc.constantFrom(...keys), scalar)) }),
      tie('op'),
      fc.array(tie('node'), { maxLength: 3 }),
    ),
    op: fc.constantFrom(...names).chain((name) => {
      const [min, max] = arity[name] ?? [0, 4];
      if (name === 'var') return fc.record({ var: fc.oneof(fc.constantFrom(...keys), fc.tuple(fc.constantFrom(...keys), tie('node'))) });
      if (name === 'missing' || name === 'missing_some') {
        const names = fc.array(fc.constantFrom(...keys), { maxLength: 4 });
        return name === 'missing' ? names.map((list) => ({ missing: list })) : fc.tuple(fc.integer({ min: 0, max: 3 }), names).map((args) => ({ missing_some: args }));
      }
      if (iterating.has(name)) {
        const list = fc.oneof(fc.record({ var: fc.constantFrom('liste', 'a', 'b', 'adresse', 'fehlt') }), fc.array(tie('node'), { maxLength: 3 }));
        return fc.tuple(list, tie('node'), fc.option(tie('node'), { nil: undefined })).map(([items, body, initial]) => ({
          [name]: name === 'reduce' && initial !== undefined ? [items, body, initial] : [items, body],
        }));
      }
      return fc.array(tie('node'), { minLength: min, maxLength: max }).map((args) => ({ [name]: args }));
    }),
  })).node;
}

/** The result of running a rule, or that it threw (both throwing is agreement). @param {() => unknown} run */
function outcome(run) {
  try {
    return { value: run() };
  } catch {
    return { threw: true };
  }
}

describe('Antrag and json-logic-js agree (differential, property-based)', () => {
  it('gives the same value for 12,000 generated rules and data', async () => {
    const { evaluate, operatorNames } = await loadEvaluator();
    const shared = operators(operatorNames);
    let cases = 0;
    fc.assert(
      fc.property(rules(shared), data, (rule, input) => {
        cases++;
        const ours = outcome(() => evaluate(rule, input));
        const reference = outcome(() => jsonLogic.apply(rule, input));
        // util.isDeepStrictEqual compares like Object.is: NaN equals NaN, 0 differs from -0.
        if (!isDeepStrictEqual(ours, reference)) {
          throw new Error(`${JSON.stringify(rule)} on ${JSON.stringify(input)}: Antrag ${JSON.stringify(ours)} (${String(ours.value)}), json-logic-js ${JSON.stringify(reference)} (${String(reference.value)})`);
        }
      }),
      { numRuns: 12_000 },
    );
    console.log(`Differential test: ${cases} cases over ${shared.length} operators (${shared.join(' ')}), 0 disagreements.`);
    assert.ok(cases >= 10_000);
  });
});
