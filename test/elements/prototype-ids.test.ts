import { expect } from '@open-wc/testing';
import { loadForm, renderAssistant } from '../support/fixtures.js';
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

describe('names from attributes that are also prototype properties', () => {
  for (const theme of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`theme="${theme}" falls back to the neutral theme with a warning, and the form renders`, async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await renderAssistant(await loadForm('maengelmelder'), { theme });
        expect($$(el, 'input, select, textarea').length, 'controls rendered').to.be.greaterThan(0);
        expect(warnings.some((w) => w.includes(`unknown theme "${theme}"`)), warnings.join('\n')).to.equal(true);
        const neutral = await renderAssistant(await loadForm('maengelmelder'));
        const colour = (host: Element) => getComputedStyle(host).getPropertyValue('--antrag-color-primary');
        expect(colour(neutral), 'the neutral primary colour').to.match(/#|rgb/u);
        expect(colour(el)).to.equal(colour(neutral));
      } finally {
        console.warn = warn;
      }
    });
  }
});

describe('a page language named like a prototype property', () => {
  for (const lang of ['constructor', '__proto__', 'toString']) {
    it(`lang="${lang}" shows the form in German, the fallback, and says so in the console`, async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await renderAssistant(await loadForm('maengelmelder'), { lang });
        expect($$(el, 'input, select, textarea').length, 'controls rendered').to.be.greaterThan(0);
        expect($$(el, 'button[type="submit"]').map((button) => button.textContent?.trim())).to.deep.equal(['Weiter']);
        expect(warnings.filter((w) => w.includes(`no interface texts for lang="${lang}"`))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });
  }
});
