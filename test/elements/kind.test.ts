/**
 * Issue 11, "Not every form is an Antrag": the definition's `kind` (`antrag`, `meldung`, `anzeige`) names the
 * form in the review, status and confirmation texts.
 */
import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { faultScope } from '../support/intake-faults.js';
import { $, answerStep, next, text, until } from '../support/user.js';

/** A one-question form of the given kind (none: the default). */
const form = (kind?: string) => ({
  schemaVersion: 1,
  id: 'kind-probe',
  version: '1.0.0',
  languages: ['de', 'en'],
  title: { de: 'Probe', en: 'Probe' },
  ...(kind && { kind }),
  steps: [
    {
      id: 's',
      title: { de: 'Angaben', en: 'Details' },
      fields: [{ id: 'name', type: 'text', label: { de: 'Name', en: 'Name' }, required: true }],
    },
  ],
});

/** The review page's intro and button, the failure title after a 503, and the confirmation's words, in `lang`. */
async function wordsOf(definition: unknown, lang: string) {
  const intake = faultScope();
  await intake.inject([{ times: 1, status: 503 }]);
  const el = await renderAssistant(definition, { lang, endpoint: intake.endpoint });
  el.maxAttempts = 1;
  await answerStep(el, { name: 'Erika Mustermann' });
  await next(el);
  const review = { intro: text($(el, '.lead')), button: text($(el, 'button[type="submit"]')) };
  await next(el);
  await until(() => $(el, '#submit-failed') !== null, 'the failure notice');
  const failed = text($(el, '#submit-failed h3'));
  // The test intake knows only the demo forms: the second attempt goes to an endpoint that confirms anything.
  el.endpoint = 'data:application/json,{"reference":"K-1"}';
  await next(el);
  await until(() => $(el, '.confirmation') !== null, 'the confirmation');
  return { ...review, failed, confirmation: text($(el, '.confirmation h3')), keep: text($(el, '.confirmation + p')) };
}

describe('the kind of a form: Antrag, Meldung, Anzeige', () => {
  it('an Antrag (the default) keeps its words', async () => {
    expect(await wordsOf(form(), 'de')).to.deep.equal({
      intro: 'Sie können jede Angabe noch ändern, bevor Sie den Antrag absenden.',
      button: 'Absenden',
      failed: 'Ihr Antrag wurde noch nicht gesendet',
      confirmation: 'Ihr Antrag ist eingegangen',
      keep: 'Bitte notieren Sie das Aktenzeichen. Sie brauchen es, wenn Sie Fragen zu Ihrem Antrag haben.',
    });
  });

  it('a Meldung says "Meldung" on the review page, in the status and on the confirmation, in German and English', async () => {
    expect(await wordsOf(form('meldung'), 'de')).to.deep.equal({
      intro: 'Sie können jede Angabe noch ändern, bevor Sie die Meldung absenden.',
      button: 'Meldung absenden',
      failed: 'Ihre Meldung wurde noch nicht gesendet',
      confirmation: 'Ihre Meldung ist eingegangen',
      keep: 'Bitte notieren Sie das Aktenzeichen. Sie brauchen es, wenn Sie Fragen zu Ihrer Meldung haben.',
    });
    const english = await wordsOf(form('meldung'), 'en');
    expect(english.button).to.equal('Submit report');
    expect(english.confirmation).to.equal('Your report has been received');
  });

  it('an Anzeige says "Anzeige" (English: notification)', async () => {
    const german = await wordsOf(form('anzeige'), 'de');
    expect(german.button).to.equal('Anzeige absenden');
    expect(german.failed).to.equal('Ihre Anzeige wurde noch nicht gesendet');
    expect(german.confirmation).to.equal('Ihre Anzeige ist eingegangen');
    expect((await wordsOf(form('anzeige'), 'en')).confirmation).to.equal('Your notification has been received');
  });

  it('the demo Mängelmelder is a Meldung and the burning notice an Anzeige', async () => {
    for (const [id, button] of [
      ['maengelmelder', 'Meldung absenden'],
      ['verbrennung-pflanzlicher-abfaelle', 'Anzeige absenden'],
    ] as const) {
      const el = await renderAssistant(await loadForm(id));
      for (const answers of validAnswers[id]!) {
        await answerStep(el, answers);
        await next(el);
      }
      expect(text($(el, 'button[type="submit"]')), id).to.equal(button);
    }
  });

  it('any other kind is a definition error at /kind', () => {
    const result = parseDefinition(form('formular'));
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues.map((issue) => issue.pointer)).to.include('/kind');
  });
});
