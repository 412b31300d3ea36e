import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';

/** A definition whose fourth question's `visibleIf` is the rule under test (the dogs may carry `itemRule`). */
const withRule = (rule: unknown, itemRule?: unknown) => ({
  schemaVersion: 1,
  id: 'portabel',
  version: '1.0.0',
  languages: ['de'],
  title: 'Portabel',
  steps: [
    {
      id: 'a',
      title: 'A',
      fields: [
        {
          id: 'hunde',
          type: 'repeat',
          label: 'Hunde',
          itemLabel: 'Hund',
          addLabel: 'Hund hinzufügen',
          fields: [{ id: 'name', type: 'text', label: 'Name' }],
          ...(itemRule === undefined ? {} : { visibleIf: itemRule }),
        },
        { id: 'beschreibung', type: 'textarea', label: 'Beschreibung' },
        { id: 'art', type: 'checkboxes', label: 'Art', options: [{ value: 'laub', label: 'Laub' }] },
        { id: 'gdb', type: 'number', label: 'GdB', visibleIf: rule },
      ],
    },
  ],
});

const issuesOf = (definition: unknown) => {
  const result = parseDefinition(definition);
  return result.ok ? [] : result.issues.map((issue) => `${issue.pointer} ${issue.message}`);
};

describe('parseDefinition accepts only rules that mean the same in every JSON Logic library', () => {
  it('accepts "between" with < and <=, and the new standard operators', () => {
    expect(issuesOf(withRule({ '<': [50, { var: 'art.length' }, 100] }))).to.deep.equal([]);
    expect(issuesOf(withRule({ '<=': [0, { var: 'art.0' }, 2] }))).to.deep.equal([]);
    expect(issuesOf(withRule({ '?:': [{ missing: ['beschreibung', 'art'] }, true, { substr: [{ var: 'beschreibung' }, 0, 3] }] }))).to.deep.equal([]);
  });

  it('rejects three-argument > and >= with a pointer (JSON Logic has "between" only for < and <=)', () => {
    const issues = issuesOf(withRule({ '>': [100, { var: 'beschreibung' }, 50] }));
    expect(issues).to.have.length(1);
    expect(issues[0]).to.match(/^\/steps\/0\/fields\/3\/visibleIf\/> ">" takes at most 2 arguments, found 3\. .*"between" only for "<" and "<="/);
    expect(issuesOf(withRule({ '>=': [100, { var: 'beschreibung' }, 50] }))[0]).to.match(/^\/steps\/0\/fields\/3\/visibleIf\/>= /);
  });

  it('rejects a var path that reads an inherited property, with a pointer', () => {
    expect(issuesOf(withRule({ '>': [{ var: 'beschreibung.length' }, 10] }))).to.deep.equal([
      '/steps/0/fields/3/visibleIf/>/0/var "var" reads "beschreibung.length", which is not part of an answer: a single answer has no parts, a list has indexes and "length", and names such as "length" of a text or "constructor" are JavaScript\'s, not data (other JSON Logic libraries do not read them).',
    ]);
    expect(issuesOf(withRule({ var: 'art.constructor' }))[0]).to.match(/^\/steps\/0\/fields\/3\/visibleIf\/var "var" reads "art.constructor", which is not part of an answer/);
    expect(issuesOf(withRule({ var: 'art.erste' }))[0]).to.match(/reads "art.erste", which is not part of an answer/);
    expect(issuesOf(withRule({ var: 'hunde.0.name' }))).to.deep.equal([]);
    expect(issuesOf(withRule({ var: 'hunde.0.constructor' }))[0]).to.match(/reads "hunde.0.constructor", which is not part/);
    // Inside an item, the item's shape is not known, but inherited names are still refused.
    const inItem = issuesOf(withRule({ some: [{ var: 'art' }, { var: 'toString' }] }));
    expect(inItem[0]).to.match(/^\/steps\/0\/fields\/3\/visibleIf\/some\/1\/var "var" reads "toString", which is not part of an answer/);
    expect(issuesOf(withRule({ missing: ['beschreibung.length'] }))[0]).to.match(/^\/steps\/0\/fields\/3\/visibleIf\/missing\/0 /);
  });
});
