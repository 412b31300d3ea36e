import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadForm, renderAssistant, storedSubmissions, validAnswers } from '../support/fixtures.js';
import { $$, answerStep, byId, fill, heading, next, text } from '../support/user.js';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { parseDefinition } from '../../src/definition/parse-definition.js';

/** A label as the messages isolate it for right-to-left text (FSI … PDI). */
const isolated = (label: string) => `\u2068${label}\u2069`;
const summary = (el: AntragAssistant) => $$(el, '.error-summary a').map(text);
const error = (el: AntragAssistant, id: string) => text(byId(el, `f-${id}-error`));
/** Types into a field key by key, as a person does. */
async function type(el: AntragAssistant, id: string, keys: string) {
  byId(el, `f-${id}`)!.focus();
  await sendKeys({ type: keys });
  await el.updateComplete;
}

const hundesteuer = validAnswers['hundesteuer-anmeldung']!;
const isoDaysAgo = (years: number) => {
  const date = new Date();
  date.setFullYear(date.getFullYear() - years);
  return date.toISOString().slice(0, 10);
};

const withOwnMessages = {
  schemaVersion: 1,
  id: 'eigene-meldungen',
  version: '1.0.0',
  languages: ['de', 'en'],
  title: { de: 'Eigene Meldungen', en: 'Own messages' },
  steps: [
    {
      id: 'eins',
      title: { de: 'Angaben', en: 'Details' },
      fields: [
        {
          id: 'kennzeichen',
          type: 'text',
          label: { de: 'Kennzeichen', en: 'Number plate' },
          required: true,
          maxLength: 8,
          messages: {
            required: { de: 'Bitte geben Sie das Kennzeichen Ihres Fahrzeugs an.', en: 'Enter the number plate of your vehicle.' },
            maxLength: { de: 'Ein Kennzeichen hat höchstens {{max}} Zeichen ({{label}}).', en: 'A number plate has {{max}} characters at most ({{label}}).' },
          },
        },
        {
          id: 'personen',
          type: 'number',
          label: 'Personen',
          max: 1000,
          messages: { max: 'Höchstens {{max}} Personen.' },
        },
      ],
    },
  ],
};

describe('what the citizen reads: validation messages', () => {
  it('shows a field’s own messages, per language and with its placeholders, inline and in the error summary', async () => {
    const el = await renderAssistant(withOwnMessages);
    expect(heading(el)).to.equal('Angaben');
    await next(el);
    expect(summary(el)).to.deep.equal(['Bitte geben Sie das Kennzeichen Ihres Fahrzeugs an.']);
    expect(error(el, 'kennzeichen')).to.equal('Fehler: Bitte geben Sie das Kennzeichen Ihres Fahrzeugs an.');
    await fill(el, 'kennzeichen', 'AB-CD 12345');
    await fill(el, 'personen', '1500');
    await next(el);
    expect(summary(el)).to.deep.equal([`Ein Kennzeichen hat höchstens 8 Zeichen („${isolated('Kennzeichen')}“).`, 'Höchstens 1.000 Personen.']);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(error(el, 'kennzeichen')).to.equal(`Error: A number plate has 8 characters at most (“${isolated('Number plate')}”).`);
    expect(error(el, 'personen')).to.equal('Error: Höchstens 1,000 Personen.');
  });

  it('checks a definition’s messages: only the issue codes the field type has, and every declared language', () => {
    const definition = structuredClone(withOwnMessages);
    const fields: Array<Record<string, unknown>> = definition.steps[0]!.fields;
    const [kennzeichen = {}, personen = {}] = fields;
    kennzeichen.messages = { required: { de: 'Nur deutsch' }, tooLong: 'Zu lang' };
    personen.messages = { maxLength: 'Zu lang' };
    const result = parseDefinition(definition);
    const problems = result.ok ? [] : result.issues.map((issue) => `${issue.pointer} ${issue.message}`);
    expect(problems).to.have.members([
      '/steps/0/fields/0/messages Unknown property "tooLong".',
      '/steps/0/fields/1/messages Unknown property "maxLength".',
      '/steps/0/fields/0/messages/required Missing the "en" translation (the form declares languages de, en).',
    ]);
  });

  it('uses the verb that fits the field: upload a file, choose an answer, confirm a declaration, give a text', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await answerStep(el, hundesteuer[0]!);
    await next(el);
    await answerStep(el, hundesteuer[1]!);
    await next(el);
    await answerStep(el, { ermaessigung: 'ja' });
    await next(el);
    expect(summary(el)).to.deep.equal([
      `Bitte wählen Sie bei „${isolated('Grund')}“ eine Antwort aus.`,
      `Bitte laden Sie „${isolated('Nachweis')}“ hoch.`,
    ]);
    const burning = await renderAssistant(await loadForm('verbrennung-pflanzlicher-abfaelle'), { lang: 'en' });
    await next(burning);
    const lines = summary(burning);
    expect(lines[0]).to.equal(`Enter “${isolated('Your name')}”.`);
    expect(lines.at(-1)).to.equal(`Please confirm: “${isolated('I have read the fire safety notes.')}”`);
  });

  it('never nests quotation marks: a label with its own is not quoted again, and stays isolated', async () => {
    // The demo words this message itself (below); the default is what a form without its own says.
    const definition = (await loadForm('sperrmuell-abholung')) as { steps: Array<{ fields: Array<{ id: string; messages?: unknown }> }> };
    const fields = definition.steps.flatMap((step) => step.fields);
    delete fields.find((field) => field.id === 'sonstigesText')!.messages;
    const el = await renderAssistant(definition);
    await answerStep(el, { gegenstaende: ['sonstiges'] });
    await next(el);
    const message = summary(el).find((line) => line?.includes('Sonstiges'));
    expect(message).to.equal(`Bitte geben Sie ${isolated('Was ist „Sonstiges“?')} an.`);
    el.remove();
    sessionStorage.clear(); // the first one's draft would come back, and ticking "Sonstiges" again would untick it
    const demo = await renderAssistant(await loadForm('sperrmuell-abholung'));
    await answerStep(demo, { gegenstaende: ['sonstiges'] });
    await next(demo);
    expect(summary(demo), JSON.stringify(summary(demo))).to.include('Bitte beschreiben Sie, was unter „Sonstiges“ abgeholt werden soll.');
  });

  it('says that the citizen must be 18, not a date, when the birth date is too late (de and en)', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await answerStep(el, { ...hundesteuer[0]!, geburtsdatum: isoDaysAgo(10) });
    await next(el);
    expect(summary(el)).to.deep.equal(['Sie müssen mindestens 18 Jahre alt sein, um einen Hund anzumelden.']);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(error(el, 'geburtsdatum')).to.equal('Error: You must be at least 18 years old to register a dog.');
  });

  it('accepts what the phone message describes (digits, spaces, brackets, slashes, hyphens, a plus at the start) and names exactly that', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await answerStep(el, hundesteuer[0]!);
    await type(el, 'telefon', '0171 23456 mobil');
    await next(el);
    expect(summary(el)).to.deep.equal([
      'Bitte geben Sie die Telefonnummer mit Ziffern an, zum Beispiel +49 30 1234567. Erlaubt sind auch Leerzeichen, Klammern, Schrägstriche und Bindestriche, ein Pluszeichen nur am Anfang.',
    ]);
    (byId(el, 'f-telefon') as HTMLInputElement).select();
    await type(el, 'telefon', '+49 (30) 123-45/67');
    await next(el);
    expect(summary(el)).to.deep.equal([]);
    expect(heading(el)).to.equal('Ihre Hunde');
  });

  it('accepts a chip number typed with spaces and sends it without them', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await answerStep(el, hundesteuer[0]!);
    await next(el);
    await answerStep(el, hundesteuer[1]!);
    await type(el, 'hunde.0.chipnummer', '276 098 100 123 456');
    await next(el);
    expect(summary(el)).to.deep.equal([]);
    for (const step of hundesteuer.slice(2)) {
      await answerStep(el, step);
      await next(el);
    }
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { payload } = (await submitted).detail;
    expect((payload.data.hunde as Array<Record<string, unknown>>)[0]!.chipnummer).to.equal('276098100123456');
    const stored = (await storedSubmissions()).find((s) => s.submissionId === payload.submissionId);
    expect((stored!.data.hunde as Array<Record<string, unknown>>)[0]!.chipnummer).to.equal('276098100123456');
  });
});
