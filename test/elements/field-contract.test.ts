import { expect, oneEvent } from '@open-wc/testing';
import type { Field, FieldType, Question } from '../../src/definition/schema.js';
import { validateField, type IssueCode } from '../../src/model/validate-field.js';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { renderAssistant, withGeolocation } from '../support/fixtures.js';
import { $, $$, byId, enter, next, until, type Answer } from '../support/user.js';

/** One example per field type: what a citizen enters, what the review shows, what the intake receives. */
interface Contract {
  field: Question;
  invalid?: { answer: Answer; raw: Parameters<typeof validateField>[1]; code: IssueCode };
  valid: Answer;
  /** For answers the harness cannot type (a position): how the citizen gives one. */
  enterValid?: (el: AntragAssistant) => Promise<void>;
  review: string;
  /** The answer in the payload, or a check for answers with generated parts (attachment ids). */
  payload: unknown;
}

const de = (text: string) => ({ de: text, en: `${text} (en)` });
const options = [
  { value: 'laub', label: de('Laub') },
  { value: 'holz', label: de('Holz') },
];

// A notice asks nothing, a repeat is a list of these questions and a group a fieldset around them: each has
// its own tests (this file's notice test, hundesteuer.test.ts, groups.test.ts).
const contracts: { [T in Exclude<FieldType, 'notice' | 'repeat' | 'group'>]: Contract } = {
  file: {
    field: { id: 'f', type: 'file', label: de('Nachweis'), accept: ['application/pdf', '.pdf'], maxSizeMb: 1 },
    invalid: {
      answer: [new File(['MZ'], 'programm.exe', { type: 'application/x-msdownload' })],
      raw: [
        {
          id: '6f1c5a52-1d7f-4c39-9d7e-1f0a2b3c4d5e',
          name: 'programm.exe',
          type: 'application/x-msdownload',
          size: 2,
          sha256: 'a'.repeat(64),
        },
      ],
      code: 'fileType',
    },
    valid: [new File(['%PDF-1.7'], 'bescheid.pdf', { type: 'application/pdf' })],
    review: 'bescheid.pdf',
    payload: (value: unknown) => Array.isArray(value) && value.length === 1 && /^[0-9a-f-]{36}$/u.test(String(value[0])),
  },
  location: {
    field: { id: 'f', type: 'location', label: de('Standort') },
    invalid: { answer: '', raw: { latitude: '95', longitude: '13', accuracy: '5' }, code: 'location' },
    valid: '',
    enterValid: (el) =>
      withGeolocation({ latitude: 52.52, longitude: 13.405, accuracy: 10 }, async () => {
        byId(el, 'f-f')!.click();
        await until(() => byId(el, 'f-f-value') !== null, 'the position');
      }),
    review: '52,52, 13,405',
    payload: { latitude: 52.52, longitude: 13.405, accuracy: 10 },
  },
  text: {
    field: { id: 'f', type: 'text', label: de('Name'), maxLength: 5 },
    invalid: { answer: 'Zu lang', raw: 'Zu lang', code: 'maxLength' },
    valid: 'Erika',
    review: 'Erika',
    payload: 'Erika',
  },
  textarea: {
    field: { id: 'f', type: 'textarea', label: de('Text'), minLength: 10 },
    invalid: { answer: 'kurz', raw: 'kurz', code: 'minLength' },
    valid: 'Ein längerer Text',
    review: 'Ein längerer Text',
    payload: 'Ein längerer Text',
  },
  email: {
    field: { id: 'f', type: 'email', label: de('E-Mail') },
    invalid: { answer: 'erika', raw: 'erika', code: 'email' },
    valid: 'erika@example.de',
    review: 'erika@example.de',
    payload: 'erika@example.de',
  },
  tel: {
    field: { id: 'f', type: 'tel', label: de('Telefon') },
    invalid: { answer: 'ruf an', raw: 'ruf an', code: 'tel' },
    valid: '0171 2345678',
    review: '0171 2345678',
    payload: '0171 2345678',
  },
  number: {
    field: { id: 'f', type: 'number', label: de('Menge'), max: 5, unit: 'm³' },
    invalid: { answer: '7', raw: '7', code: 'max' },
    valid: '2,5',
    review: '2,5 m³',
    payload: 2.5,
  },
  date: {
    field: { id: 'f', type: 'date', label: de('Datum') },
    invalid: { answer: '2026-02-30', raw: '2026-02-30', code: 'date' },
    valid: '2026-03-15',
    review: '15. März 2026',
    payload: '2026-03-15',
  },
  time: {
    field: { id: 'f', type: 'time', label: de('Uhrzeit'), min: '08:00' },
    invalid: { answer: '07:00', raw: '07:00', code: 'min' },
    valid: '09:30',
    review: '09:30',
    payload: '09:30',
  },
  select: { field: { id: 'f', type: 'select', label: de('Art'), options }, valid: 'holz', review: 'Holz', payload: 'holz' },
  radio: { field: { id: 'f', type: 'radio', label: de('Art'), options }, valid: 'laub', review: 'Laub', payload: 'laub' },
  checkbox: { field: { id: 'f', type: 'checkbox', label: de('Ich bestätige') }, valid: true, review: 'Ja', payload: true },
  checkboxes: {
    field: { id: 'f', type: 'checkboxes', label: de('Arten'), options, maxSelected: 1 },
    invalid: { answer: ['laub', 'holz'], raw: ['laub', 'holz'], code: 'maxSelected' },
    valid: ['holz'],
    review: 'Holz',
    payload: ['holz'],
  },
  consent: {
    field: {
      id: 'f',
      type: 'consent',
      label: de('Ich erteile das Mandat'),
      text: de('Ich ermächtige die Stadt, **Zahlungen** einzuziehen.'),
    },
    valid: true,
    review: 'Ja',
    payload: true,
  },
  address: {
    field: { id: 'f', type: 'address', label: de('Anschrift'), postalCodes: ['12345'] },
    invalid: {
      answer: { strasse: 'Weg', hausnummer: '1', plz: '99999', ort: 'Fern' },
      raw: { strasse: 'Weg', hausnummer: '1', plz: '99999', ort: 'Fern' },
      code: 'postalCodeArea',
    },
    valid: { strasse: 'Lindenweg', hausnummer: '4a', plz: '12345', ort: 'Beispielhausen' },
    review: 'Lindenweg 4a, 12345 Beispielhausen',
    payload: { strasse: 'Lindenweg', hausnummer: '4a', plz: '12345', ort: 'Beispielhausen' },
  },
  iban: {
    field: { id: 'f', type: 'iban', label: de('IBAN') },
    invalid: { answer: 'DE89 3704 0044 0532 0130 01', raw: 'DE89 3704 0044 0532 0130 01', code: 'iban' },
    valid: 'de89 3704 0044 0532 0130 00',
    review: 'DE89 3704 0044 0532 0130 00',
    payload: 'DE89370400440532013000',
  },
  bic: {
    field: { id: 'f', type: 'bic', label: de('BIC') },
    invalid: { answer: 'COBA', raw: 'COBA', code: 'bic' },
    valid: 'COBADEFFXXX',
    review: 'COBADEFFXXX',
    payload: 'COBADEFFXXX',
  },
};

const form = (field: Field) => ({
  schemaVersion: 1,
  id: 'vertrag',
  version: '1.0.0',
  languages: ['de', 'en'],
  title: de('Vertrag'),
  steps: [{ id: 's', title: de('Schritt'), fields: [field] }],
});

describe('field contract', () => {
  for (const [type, contract] of Object.entries(contracts) as Array<[FieldType, Contract]>) {
    describe(type, () => {
      const field = { ...contract.field, required: true, hint: de('Ein Hinweis') } as Question;

      it('ties label, hint and error to the control, requires an answer and passes axe', async () => {
        const el = await renderAssistant(form(field), { endpoint: 'data:application/json,{"reference":"T-1"}' });
        const fieldset = $(el, '[data-field="f"] fieldset');
        const described = fieldset ?? $(el, '[data-field="f"] [aria-describedby]')!;
        const label = (field.label as { de: string }).de;
        if (fieldset) expect(fieldset.querySelector('legend')!.textContent).to.contain(label);
        else expect($(el, `label[for="${described.id}"]`)!.textContent).to.contain(label);
        expect(described.getAttribute('aria-describedby')).to.equal('f-f-hint');
        await expectNoAxeViolations(el, `${type}: pristine`);
        await next(el);
        expect(described.getAttribute('aria-describedby')).to.equal('f-f-hint f-f-error');
        expect($$(el, '.error-summary a')).to.have.length(1);
        expect($(el, '#f-f-error')!.textContent).to.contain('Fehler:');
        // A position is given with a button, which has no invalid state; the error is tied to the fieldset.
        if (field.type !== 'location') expect($(el, '[aria-invalid="true"]')).to.exist;
        await expectNoAxeViolations(el, `${type}: after a failed Weiter`);
        $(el, '.error-summary a')!.click();
        expect((el.shadowRoot!.activeElement as HTMLElement).closest('[data-field="f"]')).to.exist;
      });

      if (contract.invalid) {
        it(`reports "${contract.invalid.code}" for an invalid answer`, async () => {
          expect(validateField(field, contract.invalid!.raw)?.code).to.equal(contract.invalid!.code);
          // A position comes from the browser, never typed: an invalid one can only arrive in a payload.
          if (contract.enterValid) return;
          const el = await renderAssistant(form(field));
          await enter(el, 'f', contract.invalid!.answer);
          await next(el);
          expect($$(el, '.error-summary a')).to.have.length(1);
        });
      }

      it('shows the answer on the review page and sends it in the payload shape', async () => {
        const el = await renderAssistant(form(field), { endpoint: 'data:application/json,{"reference":"T-1"}' });
        if (contract.enterValid) await contract.enterValid(el);
        else await enter(el, 'f', contract.valid);
        await next(el);
        expect($(el, '.summary-row dd')!.textContent).to.equal(contract.review);
        const submitted = oneEvent(el, 'antrag-submitted');
        await next(el);
        const { detail } = await submitted;
        if (typeof contract.payload === 'function')
          expect(contract.payload(detail.payload.data.f), JSON.stringify(detail.payload.data)).to.equal(true);
        else expect(detail.payload.data).to.deep.equal({ f: contract.payload });
      });
    });
  }

  it('keeps every part when the browser autofills an address and a birthday in one go', async () => {
    const definition = form({ id: 'anschrift', type: 'address', label: de('Anschrift') });
    definition.steps[0]!.fields.push({ id: 'geburt', type: 'date', memorable: true, label: de('Geburtsdatum') } as never);
    const el = await renderAssistant(definition);
    const autofill: Record<string, string> = {
      'anschrift-strasse': 'Lindenweg',
      'anschrift-hausnummer': '4',
      'anschrift-plz': '12345',
      'anschrift-ort': 'Beispielhausen',
      'geburt-day': '17',
      'geburt-month': '5',
      'geburt-year': '1980',
    };
    // All values first, then all input events, with no re-render in between: what autofill does.
    for (const [name, value] of Object.entries(autofill)) $<HTMLInputElement>(el, `[name="${name}"]`)!.value = value;
    for (const name of Object.keys(autofill)) $(el, `[name="${name}"]`)!.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    await next(el);
    expect($$(el, '.summary-row dd:not(.summary-action)').map((dd) => dd.textContent)).to.deep.equal([
      'Lindenweg 4, 12345 Beispielhausen',
      '17. Mai 1980',
    ]);
  });

  it('notice: shows its text with a screen-reader prefix, is not a question, and is never sent', async () => {
    const notice: Field = { id: 'n', type: 'notice', variant: 'warning', label: de('Achtung'), text: de('Rufen Sie die **112**.') };
    const definition = form({ id: 'f', type: 'text', label: de('Name') });
    definition.steps[0]!.fields.unshift(notice as never);
    const el = await renderAssistant(definition, { endpoint: 'data:application/json,{"reference":"T-1"}' });
    expect($(el, '.notice-icon')!.getAttribute('aria-hidden')).to.equal('true');
    expect($(el, '.notice-body')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Warnung: Achtung Rufen Sie die 112.');
    await expectNoAxeViolations(el, 'notice');
    await next(el);
    expect($$(el, '.summary-row')).to.have.length(1);
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    expect((await submitted).detail.payload.data).to.deep.equal({});
  });
});
