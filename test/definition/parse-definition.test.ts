import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import { fieldTypes } from '../../src/definition/schema.js';
import { demoForms, loadForm } from '../support/fixtures.js';

const minimal = () => ({
  schemaVersion: 1,
  id: 'test-form',
  version: '1.0.0',
  languages: ['de', 'en'],
  title: { de: 'Test', en: 'Test' },
  steps: [{ id: 'eins', title: { de: 'Eins', en: 'One' }, fields: [{ id: 'name', type: 'text', label: { de: 'Name', en: 'Name' } }] }],
});

describe('parseDefinition', () => {
  for (const id of demoForms) {
    it(`accepts the demo form ${id}`, async () => {
      const result = parseDefinition(await loadForm(id));
      expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
    });
  }

  it('accepts a JSON string and returns a frozen definition', () => {
    const result = parseDefinition(JSON.stringify(minimal()));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(Object.isFrozen(result.definition.steps[0]!.fields[0])).to.equal(true);
  });

  it('reports three different mistakes at once, each with its JSON pointer', () => {
    const definition = minimal() as any;
    definition.title = { de: 'Nur deutsch' };
    definition.steps[0].fields.push(
      { id: 'alter', type: 'slider', label: { de: 'Alter', en: 'Age' } },
      { id: 'name', type: 'email', label: { de: 'E-Mail', en: 'Email' } },
    );
    const result = parseDefinition(definition);
    expect(result.ok).to.equal(false);
    const issues = !result.ok ? result.issues : [];
    expect(issues.map((i) => i.pointer)).to.deep.equal(['/steps/0/fields/1/type', '/title', '/steps/0/fields/2/id']);
    expect(issues[0]!.message).to.contain('Unknown field type "slider"').and.contain(fieldTypes.join(', '));
    expect(issues[1]!.message).to.contain('Missing the "en" translation');
    expect(issues[2]!.message).to.contain('already used at /steps/0/fields/0/id');
  });

  it('reports every semantic problem with its pointer: duplicate id, missing translation, bad pattern', () => {
    const definition = minimal() as any;
    definition.title = { de: 'Nur deutsch' };
    definition.steps[0].fields.push(
      { id: 'name', type: 'email', label: { de: 'E-Mail', en: 'Email' } },
      { id: 'plz', type: 'text', label: 'PLZ', pattern: { regex: '([0-9]{5}', message: 'Fünf Ziffern' } },
    );
    const result = parseDefinition(definition);
    expect(result.ok).to.equal(false);
    const issues = !result.ok ? result.issues : [];
    expect(issues.map((i) => i.pointer)).to.deep.equal(['/title', '/steps/0/fields/1/id', '/steps/0/fields/2/pattern/regex']);
    expect(issues[0]!.message).to.contain('Missing the "en" translation');
    expect(issues[1]!.message).to.contain('already used at /steps/0/fields/0/id');
    expect(issues[2]!.message).to.contain('not a valid regular expression');
  });

  it('names missing and unknown properties in plain words', () => {
    const definition = minimal() as any;
    delete definition.version;
    definition.steps[0].colour = 'blau';
    const result = parseDefinition(definition);
    const messages = !result.ok ? result.issues.map((i) => `${i.pointer} ${i.message}`) : [];
    expect(messages).to.include('/version Missing required property "version".');
    expect(messages).to.include('/steps/0 Unknown property "colour".');
  });

  it('explains JSON syntax errors instead of throwing', () => {
    const result = parseDefinition('{"id": ');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues[0]!.message).to.match(/not valid JSON/);
  });

  it('refuses keys that could pollute prototypes', () => {
    const result = parseDefinition('{"schemaVersion":1,"steps":[{"__proto__":{"polluted":true}}]}');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues[0]!.pointer).to.equal('/steps/0/__proto__');
    expect(({} as any).polluted).to.equal(undefined);
  });

  it('reports a value nested 100,000 levels deep instead of running out of stack', () => {
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const result = parseDefinition(`{"schemaVersion":1,"steps":[{"fields":[{"visibleIf":${deep}}]}]}`);
    expect(result.ok).to.equal(false);
    const issue = !result.ok ? result.issues[0]! : undefined;
    expect(issue?.message).to.match(/Nested deeper than 200 levels/);
    expect(issue?.pointer).to.match(/^\/steps\/0\/fields\/0\/visibleIf(\/0)+$/);
  });

  it('is published as a JSON Schema generated from the zod schema', async () => {
    const schema = await (await fetch('/dist/antrag-definition.schema.json')).json();
    expect(schema.$comment).to.contain('Generated');
    expect(schema.required).to.include.members(['schemaVersion', 'id', 'version', 'languages', 'steps']);
    const fieldSchemas = schema.properties.steps.items.properties.fields.items.oneOf as Array<{ properties: { type: { const: string } } }>;
    expect(fieldSchemas.map((f) => f.properties.type.const)).to.deep.equal(fieldTypes);
  });
});
