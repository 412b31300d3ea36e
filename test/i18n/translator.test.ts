import { expect } from '@open-wc/testing';
import { createTranslator } from '../../src/i18n/translator.js';
import { de } from '../../src/i18n/messages-de.js';
import { en } from '../../src/i18n/messages-en.js';

describe('createTranslator', () => {
  it('has every German message key in English too, and no others', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(de).sort());
  });

  it("keeps two assistants' languages apart", () => {
    const a = createTranslator('de');
    const b = createTranslator('en');
    expect(a.t('next')).to.equal('Weiter');
    expect(b.t('next')).to.equal('Continue');
  });

  it('resolves definition texts with fallback to the form languages', () => {
    const t = createTranslator('tr', ['de', 'en']);
    expect(t.text({ de: 'Hund', en: 'Dog' })).to.equal('Hund');
    expect(t.text('Bello')).to.equal('Bello');
    expect(t.t('next')).to.equal('Weiter');
  });

  it('formats numbers, dates and plurals for the active language', () => {
    const field = { id: 'g', type: 'checkboxes' as const, label: { de: 'Art', en: 'Type' }, options: [{ value: 'a', label: 'A' }] };
    expect(createTranslator('de').issue(field, { code: 'minSelected', params: { min: 2 } })).to.equal(
      'Bitte wählen Sie bei „\u2068Art\u2069“ mindestens 2 Antworten aus.',
    );
    expect(createTranslator('en').issue(field, { code: 'minSelected', params: { min: 1 } })).to.equal(
      'Select at least one answer for “\u2068Type\u2069”.',
    );
    const number = { id: 'm', type: 'number' as const, label: 'Menge' };
    expect(createTranslator('de').issue(number, { code: 'max', params: { max: 2.5 } })).to.equal('„\u2068Menge\u2069“ darf höchstens 2,5 sein.');
    expect(createTranslator('de').formatDate('2027-03-15')).to.equal('15. März 2027');
    expect(createTranslator('en').formatDate('2027-03-15')).to.equal('15 March 2027');
    expect(createTranslator('en-US').formatDate('2027-03-15')).to.equal('March 15, 2027');
    expect(createTranslator('de').formatCurrency(-816)).to.equal('\u2212816,00\u00a0€');
    expect(createTranslator('en').formatCurrency(-816)).to.equal('\u2212€816.00');
  });
});
