import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $, $$, answerStep, focused, next, text, until } from '../support/user.js';

const form = 'verbrennung-pflanzlicher-abfaelle';

/** Completes the burning notification; `feedback-endpoint` set before sending unless `endpoint` is null. */
async function confirmed(endpoint: string | null = '/api/feedback', lang = 'de'): Promise<AntragAssistant> {
  const el = await renderAssistant(await loadForm(form), { lang });
  if (endpoint) el.setAttribute('feedback-endpoint', endpoint);
  for (const step of validAnswers[form]!) {
    expect($(el, '.feedback'), 'not while filling in the form').to.equal(null);
    await answerStep(el, step);
    await next(el);
  }
  expect($(el, '.feedback'), 'not on the review page').to.equal(null);
  await next(el);
  await until(() => !!$(el, '.confirmation'), 'the confirmation');
  return el;
}

/** What the intake lists at GET /api/feedback (this computer may read, as in demo mode). */
async function listed(): Promise<{ counts: Record<string, { total: number; ratings: Record<string, number> }>; items: Array<Record<string, unknown>> }> {
  return (await fetch('/api/feedback')).json();
}

describe('satisfaction feedback after the confirmation', () => {
  it('asks after the confirmation, posts rating and text, and the intake lists it at GET /api/feedback', async () => {
    const el = await confirmed();
    const before = (await listed()).counts[form]?.ratings['4'] ?? 0;
    expect(text($(el, '.feedback legend'))).to.equal('Wie zufrieden sind Sie mit diesem Online-Antrag?');
    expect($$(el, '.feedback input[type="radio"]').map((radio) => text(radio.nextElementSibling))).to.deep.equal([
      '1 – sehr unzufrieden',
      '2 – unzufrieden',
      '3 – teils, teils',
      '4 – zufrieden',
      '5 – sehr zufrieden',
    ]);
    expect($(el, '#feedback-text')!.getAttribute('aria-describedby')).to.equal('feedback-hint');
    expect(text($(el, '#feedback-hint'))).to.include('keine persönlichen Daten');
    $<HTMLInputElement>(el, '#feedback-rating-4')!.click();
    const words = `Gut verständlich ${crypto.randomUUID()}`;
    const area = $<HTMLTextAreaElement>(el, '#feedback-text')!;
    area.value = words;
    area.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '.feedback button[type="submit"]')!.click();
    await until(() => !!$(el, '#feedback-result'), 'the thanks');
    expect(text($(el, '#feedback-result'))).to.equal('Vielen Dank für Ihre Rückmeldung.');
    const { counts, items } = await listed();
    const item = items.find((entry) => entry.text === words);
    const { version } = (await loadForm(form)) as { version: string };
    expect(item).to.deep.include({ form: { id: form, version }, language: 'de', rating: 4 });
    expect(item, 'anonymous: no reference').not.to.have.property('reference');
    expect(counts[form]!.ratings['4']).to.equal(before + 1);
  });

  it('shows nothing without a feedback-endpoint', async () => {
    const el = await confirmed(null);
    expect($(el, '.feedback') === null, 'no question').to.equal(true);
    expect($$(el, 'textarea')).to.have.length(0);
  });

  it('says what is missing after an empty "Senden" and focuses the first rating; says so when the intake refuses', async () => {
    const el = await confirmed('/api/feedback-nowhere');
    $<HTMLButtonElement>(el, '.feedback button[type="submit"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text($(el, '#feedback-error'))).to.equal('Fehler: Bitte wählen Sie aus, wie zufrieden Sie sind, oder schreiben Sie uns etwas.');
    expect(focused(el)?.id).to.equal('feedback-rating-1');
    expect(focused(el)?.getAttribute('aria-describedby')).to.equal('feedback-error');
    await expectNoAxeViolations(el, 'feedback with its error');
    $<HTMLInputElement>(el, '#feedback-rating-2')!.click();
    await el.updateComplete;
    expect($(el, '#feedback-error'), 'gone once answered').to.equal(null);
    $<HTMLButtonElement>(el, '.feedback button[type="submit"]')!.click();
    await until(() => !!$(el, '#feedback-result'), 'the failure');
    expect(text($(el, '#feedback-result'))).to.equal('Ihre Rückmeldung konnte nicht gesendet werden. Bitte versuchen Sie es später noch einmal.');
    expect(focused(el)?.id).to.equal('feedback-result');
    await expectNoAxeViolations(el, 'feedback not sent');
  });

  for (const lang of ['de', 'en', 'ar'] as const)
    it(`can be answered with the keyboard alone (${lang})`, async () => {
      const el = await confirmed('/api/feedback', lang);
      await expectNoAxeViolations(el, `${lang} confirmation with the question`);
      $<HTMLElement>(el, '.nav .button')!.focus(); // "Zusammenfassung drucken", the last control before the question
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal('feedback-rating-1');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)?.id).to.equal('feedback-rating-5');
      expect($<HTMLInputElement>(el, '#feedback-rating-5')!.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal('feedback-text');
      await sendKeys({ type: 'ok' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.tagName).to.equal('BUTTON');
      await sendKeys({ press: 'Enter' });
      await until(() => focused(el)?.id === 'feedback-result', 'focus on the thanks');
      await expectNoAxeViolations(el, `${lang} feedback sent`);
    });
});
