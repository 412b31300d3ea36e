import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';

const form = (extra: Record<string, unknown> = {}, fields: unknown[] = []) => ({
  schemaVersion: 1,
  id: 'regeln',
  version: '1.0.0',
  languages: ['de'],
  title: 'Regeln',
  steps: [
    {
      id: 'a',
      title: 'A',
      fields: [{ id: 'telefon', type: 'tel', label: 'Telefon' }, { id: 'email', type: 'email', label: 'E-Mail' }, ...fields],
    },
  ],
  ...extra,
});

const problems = (definition: unknown) => {
  const result = parseDefinition(definition);
  return result.ok ? [] : result.issues.map((i) => `${i.pointer} ${i.message}`);
};

describe('parseDefinition: rules', () => {
  it('accepts conditions on earlier answers, cross-field rules and computed values', () => {
    const definition = form({ computed: [{ id: 'summe', label: 'Summe', value: { '+': [{ var: 'anzahl' }, 1] }, format: 'currency' }] }, [
      { id: 'anzahl', type: 'number', label: 'Anzahl', visibleIf: { '!!': [{ var: 'email' }] } },
    ]) as any;
    definition.steps[0].rules = [
      {
        id: 'kontakt',
        check: { or: [{ var: 'telefon' }, { var: 'email' }] },
        message: 'Telefon oder E-Mail',
        fields: ['telefon', 'email'],
      },
    ];
    expect(problems(definition)).to.deep.equal([]);
  });

  it('rejects unknown operators, unknown names and conditions on later answers, with pointers', () => {
    const definition = form({}, [
      { id: 'a1', type: 'text', label: 'A1', visibleIf: { eval: ['alert(1)'] } },
      { id: 'a2', type: 'text', label: 'A2', requiredIf: { '==': [{ var: 'gibtsnicht' }, 1] } },
      { id: 'a3', type: 'text', label: 'A3', visibleIf: { '==': [{ var: 'a4' }, 'x'] } },
      { id: 'a4', type: 'text', label: 'A4' },
    ]);
    const found = problems(definition);
    expect(found).to.have.length(3);
    expect(found[0]).to.match(/^\/steps\/0\/fields\/2\/visibleIf\/eval Unknown operator "eval"/);
    expect(found[1]).to.match(/^\/steps\/0\/fields\/3\/requiredIf\/==\/0\/var "var" refers to "gibtsnicht"/);
    expect(found[2]).to.match(/^\/steps\/0\/fields\/4\/visibleIf\/==\/0\/var "var" refers to "a4".*come before them/);
  });

  it('rejects cycles between computed values', () => {
    const definition = form({
      computed: [
        { id: 'x', label: 'X', value: { '+': [{ var: 'y' }, 1] } },
        { id: 'y', label: 'Y', value: { '*': [{ var: 'x' }, 2] } },
      ],
    });
    expect(problems(definition)).to.deep.equal(['/computed/0/value Computed values depend on each other in a cycle: x → y → x.']);
  });

  it('requires cross-field rules to name fields of their own step', () => {
    const definition = form() as any;
    definition.steps[0].rules = [{ id: 'r', check: true, message: 'M', fields: ['nirgends'] }];
    expect(problems(definition)).to.deep.equal(['/steps/0/rules/0/fields/0 The field "nirgends" is not on this step.']);
  });
});
