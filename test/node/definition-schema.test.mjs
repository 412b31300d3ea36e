// @ts-check
/**
 * The generated JSON Schema (dist/antrag-definition.schema.json) with Ajv, the validator behind VS Code's and
 * most editors' inline JSON errors. Needs the built library.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { repositoryRoot } from '../support/repository-root.mjs';

const schema = JSON.parse(readFileSync(join(repositoryRoot, 'dist/antrag-definition.schema.json'), 'utf8'));
const formsDir = join(repositoryRoot, 'demo/forms');
const demoForms = readdirSync(formsDir).filter((file) => file.endsWith('.json'));
const validate = new Ajv2020({ allErrors: true, strict: false, logger: false }).compile(schema);

/** Every error Ajv reports for a document, as an editor shows it: `pointer message`. @param {unknown} document */
function schemaErrors(document) {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('the generated JSON Schema (editor completion and inline errors)', () => {
  it('accepts every demo form and points at mistakes the way an editor shows them', () => {
    assert.equal(demoForms.length, 5);
    const forms = demoForms.map((file) => JSON.parse(readFileSync(join(formsDir, file), 'utf8')));
    const broken = {
      ...forms[0],
      steps: [{ id: 'x', title: 'X', fields: [{ id: 'a', type: 'slider', label: 'A' }] }],
      farbe: 'rot',
    };
    assert.deepEqual(
      forms.map(schemaErrors),
      forms.map(() => []),
    );
    const errors = schemaErrors(broken);
    assert.ok(errors.includes(' must NOT have additional properties'), errors.join('\n'));
    assert.ok(
      errors.some((error) => error.startsWith('/steps/0/fields/0')),
      errors.join('\n'),
    );
  });
});
