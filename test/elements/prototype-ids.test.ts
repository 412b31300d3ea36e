import { expect } from '@open-wc/testing';
import { renderAssistant } from '../support/fixtures.js';
import { $$, byId, text } from '../support/user.js';

/** Ids a definition may use that are also names on every object's prototype. */
const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];

describe('questions named like prototype properties', () => {
  it('render as plain questions: no note, no hint, no description taken from Object.prototype', async () => {
    const el = await renderAssistant({
      schemaVersion: 1,
      id: 'prototype-ids',
      version: '1.0.0',
      languages: ['de'],
      title: 'Prototyp',
      steps: [{ id: 's', title: 'Schritt', fields: names.map((id) => ({ id, type: 'text', label: `Frage ${id}` })) }],
    });
    for (const id of names) {
      const input = byId<HTMLInputElement>(el, `f-${id}`);
      expect(input, id).to.exist;
      expect(input!.getAttribute('aria-describedby'), id).to.equal(null);
      expect(byId(el, `f-${id}-note`), id).to.equal(null);
    }
    expect($$(el, '.prefill-note').map((note) => text(note))).to.deep.equal([]);
  });
});
