import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';

/**
 * Found by an attack (2026-11-26), both: `messages` of questions inside repeated items were not checked for
 * every language; and a third level of repeats (and a group in a group) was refused at the right
 * pointer, but the message said 'Unknown field type "repeat". Allowed: …, group, repeat.': it named as
 * allowed what it refused.
 */
const text = (id: string, extra: object = {}) => ({ id, type: 'text', label: { de: id, en: id }, ...extra });
const repeat = (id: string, fields: object[], extra: object = {}) => ({
  id,
  type: 'repeat',
  label: { de: id, en: id },
  itemLabel: { de: id, en: id },
  addLabel: { de: '+', en: '+' },
  fields,
  ...extra,
});
const group = (id: string, fields: object[]) => ({ id, type: 'group', label: { de: id, en: id }, fields });
const form = (fields: object[]) => ({
  schemaVersion: 1,
  id: 'attack',
  version: '1.0.0',
  languages: ['de', 'en'],
  title: { de: 'T', en: 'T' },
  steps: [{ id: 's', title: { de: 'S', en: 'S' }, fields }],
});
const issues = (definition: unknown) => {
  const result = parseDefinition(definition);
  return result.ok ? [] : result.issues;
};

describe('parseDefinition on groups and repeats nested too deep', () => {
  it('says why a third level of repeats and a group in a group are refused, without listing them as allowed', () => {
    const third = issues(form([repeat('a', [repeat('b', [repeat('c', [text('x')])])])]));
    expect(third.map((issue) => issue.pointer)).to.deep.equal(['/steps/0/fields/0/fields/0/fields/0/type']);
    expect(third[0]!.message, 'a third level of repeats').not.to.match(/Unknown field type "repeat"\. Allowed: .*repeat/u);
    const nested = issues(form([group('g', [group('h', [text('x')])])]));
    expect(nested.map((issue) => issue.pointer)).to.deep.equal(['/steps/0/fields/0/fields/0/type']);
    expect(nested[0]!.message, 'a group in a group').not.to.match(/Unknown field type "group"\. Allowed: .*group/u);
    expect(third[0]!.message).to.match(/two levels at most/u);
    expect(nested[0]!.message).to.match(/cannot stand in another group/u);
  });
  it('accepts a group inside an item of an inner repeat', () => {
    expect(issues(form([repeat('a', [repeat('b', [group('g', [text('x')])])])]))).to.deep.equal([]);
  });

  it('asks for every language in the messages of questions inside repeated items, at both levels', () => {
    const german = { required: true, messages: { required: { de: 'Bitte angeben' } } };
    const pointers = (fields: object[]) => issues(form(fields)).map((issue) => issue.pointer);
    expect(pointers([group('g', [text('a', german)])]), 'in a group').to.deep.equal(['/steps/0/fields/0/fields/0/messages/required']);
    expect(pointers([repeat('r', [text('a', german)])]), 'in an item').to.deep.equal(['/steps/0/fields/0/fields/0/messages/required']);
    expect(pointers([repeat('r', [repeat('q', [text('a', german)])])]), 'in an inner item').to.deep.equal([
      '/steps/0/fields/0/fields/0/fields/0/messages/required',
    ]);
    expect(
      pointers([repeat('r', [repeat('q', [text('a')], { messages: { minItems: { de: 'Mindestens eine' } } })])]),
      "an inner repeat's own messages",
    ).to.deep.equal(['/steps/0/fields/0/fields/0/messages/minItems']);
  });
});
