// @ts-check
/**
 * Issue 14: the generated JSON Schema (dist/antrag-definition.schema.json) knows groups and nested repeats (decision
 * 0025) the way parseDefinition does: a group on a step and in a repeated item, never a group inside a group; a
 * repeat inside a repeated item, never a third level. Needs the built library.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { repositoryRoot } from '../support/repository-root.mjs';

const schema = JSON.parse(readFileSync(join(repositoryRoot, 'dist/antrag-definition.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false, logger: false }).compile(schema);
const text = (/** @type {string} */ id) => ({ id, type: 'text', label: id });
const form = (/** @type {unknown[]} */ fields) => ({ schemaVersion: 1, id: 'g', version: '1.0.0', languages: ['de'], title: 'G', steps: [{ id: 's', title: 'S', fields }] });

describe('the generated JSON Schema: groups and nested repeats', () => {
  it('accepts a group on a step and in a repeated item, and refuses a group inside a group', () => {
    const item = { id: 'kinder', type: 'repeat', label: 'Kinder', itemLabel: 'Kind', addLabel: 'Mehr', fields: [{ id: 'h', type: 'group', label: 'H', fields: [text('b')] }] };
    assert.equal(validate(form([{ id: 'g', type: 'group', label: 'G', hint: 'Hinweis', fields: [text('a'), item] }])), true, JSON.stringify(validate.errors));
    assert.equal(validate(form([{ id: 'g', type: 'group', label: 'G', fields: [{ id: 'h', type: 'group', label: 'H', fields: [text('a')] }] }])), false);
  });

  it('accepts a repeat inside a repeated item, and refuses a third level', () => {
    const repeat = (/** @type {string} */ id, /** @type {unknown[]} */ fields) => ({ id, type: 'repeat', label: id, itemLabel: id, addLabel: 'Mehr', fields });
    assert.equal(validate(form([repeat('kinder', [text('name'), repeat('schulen', [text('schulname')])])])), true, JSON.stringify(validate.errors));
    assert.equal(validate(form([repeat('a', [repeat('b', [repeat('c', [text('d')])])])])), false);
  });
});
