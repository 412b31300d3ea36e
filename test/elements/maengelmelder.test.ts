import { expect, oneEvent } from '@open-wc/testing';
import { ar } from '../../src/i18n/messages-ar.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { loadForm, renderAssistant, storedSubmissions, withGeolocation, validAnswers } from '../support/fixtures.js';
import { $, $$, answerStep, byId, focused, heading, next, until, text } from '../support/user.js';

const answers = validAnswers.maengelmelder!;

describe('Mängelmelder (conditional questions, warning, five languages)', () => {
  it("asks the category's own question and warns with the emergency number for hazardous waste", async () => {
    const el = await renderAssistant(await loadForm('maengelmelder'), { theme: 'musterstadt' });
    await answerStep(el, { kategorie: 'strassenbeleuchtung' });
    await next(el);
    expect(byId(el, 'f-lampe-0')).to.exist;
    expect(byId(el, 'f-gefaehrlich-0')).to.equal(null);
    $<HTMLButtonElement>(el, '.nav button.secondary')!.click();
    await el.updateComplete;
    await answerStep(el, { kategorie: 'wilder-muell' });
    await next(el);
    expect(byId(el, 'f-lampe-0')).to.equal(null);
    await answerStep(el, { gefaehrlich: 'ja' });
    const warning = $(el, '.notice.warning')!;
    expect(text(warning.querySelector('.notice-title'))).to.equal('Gefahr');
    expect(warning.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
  });

  it('asks for an e-mail address only when the citizen wants a reply (anonymous reports allowed)', async () => {
    const el = await renderAssistant(await loadForm('maengelmelder'));
    await answerStep(el, answers[0]!);
    await next(el);
    await answerStep(el, answers[1]!);
    await next(el);
    await answerStep(el, { rueckmeldung: 'nein' });
    expect(byId(el, 'f-email')).to.equal(null);
    await next(el);
    expect(heading(el)).to.equal('Bitte prüfen Sie Ihre Angaben');
  });

  it('runs right to left in Arabic, with Arabic UI messages, and passes axe', async () => {
    const el = await renderAssistant(await loadForm('maengelmelder'), { lang: 'ar', theme: 'musterstadt' });
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '.nav')!).direction).to.equal('rtl');
    expect(heading(el)).to.equal('ما الذي تريد الإبلاغ عنه؟');
    expect(text($(el, 'button[type="submit"]'))).to.equal(ar.next);
    await next(el);
    expect(text($(el, '.error-summary-title'))).to.equal(ar['errorSummary.title']);
    await expectNoAxeViolations(el, 'Arabic, right to left, with errors');
    // Logical properties mirror the layout: the error bar sits on the right in RTL.
    const field = $(el, '.field.has-error')!;
    expect(getComputedStyle(field).borderRightWidth).to.equal('5px');
    expect(getComputedStyle(field).borderLeftWidth).to.equal('0px');
  });

  it('can be completed in Turkish and sends the language with the report', async () => {
    const el = await renderAssistant(await loadForm('maengelmelder'), { lang: 'tr' });
    expect(el.getAttribute('dir')).to.equal('ltr');
    for (const step of answers) {
      await answerStep(el, step);
      await next(el);
    }
    expect($$(el, '.summary-row dd').map(text)).to.include('Yasadışı dökülmüş çöp');
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { payload, reference } = (await submitted).detail;
    expect(payload.language).to.equal('tr');
    const stored = (await storedSubmissions()).find((s) => s.reference === reference)!;
    expect(stored.data).to.deep.equal({
      kategorie: 'wilder-muell',
      gefaehrlich: 'nein',
      ort: 'Parkplatz am Stadtpark',
      beschreibung: 'Mehrere Säcke Bauschutt neben dem Altglascontainer.',
      rueckmeldung: 'ja',
      email: 'erika@example.de',
    });
  });

  it('adds the position only when the citizen presses "Meinen Standort verwenden", and explains a refusal', async () => {
    const el = await renderAssistant(await loadForm('maengelmelder'));
    await answerStep(el, answers[0]!);
    await next(el);
    await withGeolocation(undefined, async () => {
      byId(el, 'f-standort')!.click();
      await until(() => text(byId(el, 'f-standort-note'))?.startsWith('Ihr Standort konnte nicht') === true, 'the refusal note');
    });
    await withGeolocation({ latitude: 52.520008, longitude: 13.404954, accuracy: 12 }, async () => {
      byId(el, 'f-standort')!.focus();
      byId(el, 'f-standort')!.click();
      await until(() => byId(el, 'f-standort-value') !== null, 'the position');
    });
    expect(text(byId(el, 'f-standort-value'))).to.equal(
      'Standort übernommen: 52,52001, 13,40495 (auf etwa 12 m genau). Standort entfernen',
    );
    expect(byId(el, 'f-standort-note')).to.equal(null);
    expect(focused(el)?.id, 'focus stays on the button').to.equal('f-standort');
    await expectNoAxeViolations(el, 'with the position taken, after a refusal');
    await answerStep(el, answers[1]!);
    await next(el);
    await answerStep(el, answers[2]!);
    await next(el);
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { payload } = (await submitted).detail;
    expect(payload.data.standort).to.deep.equal({ latitude: 52.520008, longitude: 13.404954, accuracy: 12 });
  });
});
