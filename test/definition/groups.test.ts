import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';

/** Issue 14: what parseDefinition checks of a `group` (decision 0025). */
const text = (id: string) => ({ id, type: 'text', label: id });
const form = (fields: unknown[], rules?: unknown[]) => ({
  schemaVersion: 1,
  id: 'gruppen',
  version: '1.0.0',
  languages: ['de'],
  title: 'Gruppen',
  steps: [{ id: 'eins', title: 'Eins', fields, ...(rules && { rules }) }],
});
const issues = (definition: unknown) => {
  const result = parseDefinition(definition);
  return result.ok ? [] : result.issues.map((issue) => `${issue.pointer} ${issue.message}`);
};

describe('parseDefinition: groups', () => {
  it('accepts a group on a step, a repeat in a group and a group in a repeated item', () => {
    const repeat = { id: 'kinder', type: 'repeat', label: 'Kinder', itemLabel: 'Kind', addLabel: 'Weiteres Kind', fields: [{ id: 'schule', type: 'group', label: 'Schule', fields: [text('schulname')] }] };
    const definition = form([text('a'), { id: 'g', type: 'group', label: 'Gruppe', hint: 'Hinweis', visibleIf: { '!!': [{ var: 'a' }] }, fields: [text('b'), repeat] }], [
      { id: 'r', check: { '==': [{ var: 'a' }, { var: 'b' }] }, message: 'Gleich', fields: ['b'] },
    ]);
    expect(issues(definition)).to.deep.equal([]);
  });

  it('keeps ids unique across groups, and points into them', () => {
    const definition = form([text('a'), { id: 'g', type: 'group', label: 'Gruppe', fields: [text('b'), text('a')] }, text('g')]);
    expect(issues(definition)).to.deep.equal([
      '/steps/0/fields/1/fields/1/id The field id "a" is already used at /steps/0/fields/0/id; ids must be unique in the whole form.',
      '/steps/0/fields/2/id The field id "g" is already used at /steps/0/fields/1/id; ids must be unique in the whole form.',
    ]);
  });

  it('lets a group\'s condition and its questions\' conditions use earlier answers only', () => {
    const later = { id: 'g', type: 'group', label: 'Gruppe', visibleIf: { var: 'c' }, fields: [{ ...text('b'), visibleIf: { var: 'b' } }] };
    expect(issues(form([text('a'), later, text('c')]))).to.deep.equal([
      '/steps/0/fields/1/visibleIf/var "var" refers to "c", which is not a field or computed value here. Conditions may only use answers to questions that come before them.',
      '/steps/0/fields/1/fields/0/visibleIf/var "var" refers to "b", which is not a field or computed value here. Conditions may only use answers to questions that come before them.',
    ]);
  });

  it('refuses a group inside a group, and an empty group', () => {
    const nested = { id: 'g', type: 'group', label: 'Gruppe', fields: [{ id: 'h', type: 'group', label: 'Innen', fields: [text('b')] }] };
    expect(issues(form([nested]))[0]).to.match(/^\/steps\/0\/fields\/0\/fields\/0\/type A group cannot stand in another group/u);
    expect(issues(form([{ id: 'g', type: 'group', label: 'Gruppe', fields: [] }]))).to.deep.equal(['/steps/0/fields/0/fields Needs at least 1 entries.']);
  });
});
