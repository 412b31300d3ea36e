import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import { evaluate } from '../../src/rules/evaluate.js';
import { truthy } from '../../src/rules/operators.js';
import { demoForms, loadForm } from '../support/fixtures.js';

/** Every condition (`visibleIf`, `requiredIf`) of a definition, with where it is. */
function conditions(node: unknown, at = ''): [string, unknown][] {
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]): [string, unknown][] =>
    (key === 'visibleIf' || key === 'requiredIf') && !at.includes('/computed') ? [[`${at}/${key}`, value]] : conditions(value, `${at}/${key}`),
  );
}

describe('the demo forms\' rules under JSON Logic semantics (issue 12)', () => {
  for (const id of demoForms) {
    it(`${id}: no condition holds before anything is answered (a missing answer is null)`, async () => {
      const json = await loadForm(id);
      expect(parseDefinition(json).ok).to.equal(true);
      const holding = conditions(json).filter(([, rule]) => truthy(evaluate(rule, {})));
      expect(holding).to.deep.equal([]);
    });
  }

  it('sperrmuell-abholung: "at most 5 m³" holds without an answer, so only "required" speaks for the empty field', async () => {
    const json = await loadForm('sperrmuell-abholung');
    const check = Reflect.get(Reflect.get(json as object, 'steps')[0].rules[0], 'check');
    expect(evaluate(check, {})).to.equal(true);
    expect(evaluate(check, { menge: 6 })).to.equal(false);
    expect(evaluate(check, { menge: 'viel' })).to.equal(false);
  });
});
