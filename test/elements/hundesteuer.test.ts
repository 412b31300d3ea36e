import { expect, oneEvent } from '@open-wc/testing';
import type { SubmissionPayload } from '../../src/model/submission-payload.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { dogSince, loadForm, renderAssistant, storedSubmissions, validAnswers } from '../support/fixtures.js';
import { $, $$, answerStep, byId, enter, focused, heading, next, text } from '../support/user.js';

const answers = validAnswers['hundesteuer-anmeldung']!;
const dog = (index: number, name: string, listed: 'ja' | 'nein') => ({
  [`hunde.${index}.name`]: name,
  [`hunde.${index}.rasse`]: 'mischling',
  [`hunde.${index}.geschlecht`]: 'huendin',
  [`hunde.${index}.beginnHaltung`]: dogSince,
  [`hunde.${index}.listenhund`]: listed,
});

describe('Hund zur Hundesteuer anmelden (repeat, fees, SEPA)', () => {
  it('adds and removes dogs with focus where the keyboard user continues, between 1 and 5 dogs', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme: 'musterstadt' });
    await answerStep(el, answers[0]!);
    await next(el);
    expect($$(el, '.repeat-item-label').map(text)).to.deep.equal(['Hund 1']);
    expect($$(el, '.repeat-item button')).to.have.length(0);
    byId(el, 'f-hunde-add')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('f-hunde.1.name');
    expect($$(el, '.repeat-item-label').map(text)).to.deep.equal(['Hund 1', 'Hund 2']);
    const remove = $$(el, '.repeat-item button')[1]!;
    expect(text(remove)).to.equal('Entfernen Hund 2');
    for (let i = 0; i < 3; i++) byId(el, 'f-hunde-add')!.click();
    await el.updateComplete;
    expect($$(el, '.repeat-item')).to.have.length(5);
    expect(byId(el, 'f-hunde-add')).to.equal(null);
    $$(el, '.repeat-item button')[4]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('f-hunde-add');
    expect($$(el, '.repeat-item')).to.have.length(4);
  });

  it("names the dog in the error summary and keeps each dog's errors after removing one", async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await answerStep(el, answers[0]!);
    await next(el);
    await answerStep(el, dog(0, 'Bello', 'nein'));
    byId(el, 'f-hunde-add')!.click();
    await el.updateComplete;
    byId(el, 'f-hunde-add')!.click();
    await el.updateComplete;
    await enter(el, 'hunde.2.name', 'Rex');
    await next(el);
    const links = $$(el, '.error-summary a').map(text);
    expect(heading(el), JSON.stringify(links)).to.equal('Ihre Hunde');
    expect(links[0]).to.equal('Hund 2: Bitte geben Sie „\u2068Name des Hundes\u2069“ an.');
    expect(links.filter((l) => l!.includes('Name des Hundes'))).to.have.length(1);
    $$(el, '.repeat-item button')[1]!.click();
    await el.updateComplete;
    expect(($(el, '[id="f-hunde.1.name"]') as HTMLInputElement).value).to.equal('Rex');
    expect(byId(el, 'f-hunde.1.rasse')!.getAttribute('aria-invalid')).to.equal('true');
    expect(byId(el, 'f-hunde.0.rasse')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('asks for the breed only when "Andere Rasse" is chosen, per dog', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await answerStep(el, answers[0]!);
    await next(el);
    expect(byId(el, 'f-hunde.0.rasseAndere')).to.equal(null);
    await enter(el, 'hunde.0.rasse', 'andere');
    expect(byId(el, 'f-hunde.0.rasseAndere')).to.exist;
  });

  it('computes the tax for 2 dogs and 1 listed dog with Bürgergeld (474 €) with its breakdown, on review and in the payload', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await answerStep(el, answers[0]!);
    await next(el);
    await answerStep(el, dog(0, 'Bello', 'nein'));
    for (const [index, name, listed] of [
      [1, 'Luna', 'nein'],
      [2, 'Brutus', 'ja'],
    ] as const) {
      byId(el, 'f-hunde-add')!.click();
      await el.updateComplete;
      await answerStep(el, dog(index, name, listed));
    }
    await next(el);
    await answerStep(el, {
      ermaessigung: 'ja',
      grund: 'buergergeld',
      nachweis: [new File(['%PDF-1.7'], 'bescheid.pdf', { type: 'application/pdf' })],
    });
    await next(el);
    expect(heading(el)).to.equal('Zahlung');
    expect(text($(el, '.computed-title'))).to.equal('Jahressteuer: 474,00 €');
    await answerStep(el, { zahlungsweise: 'ueberweisung' });
    await next(el);
    await answerStep(el, { richtigkeit: true });
    await next(el);
    const breakdown = $$(el, '.breakdown-row').map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
    expect(breakdown).to.deep.equal([
      ['Erster Hund', '96,00 €'],
      ['Weitere Hunde (je 132 €)', '132,00 €'],
      ['Gefährliche Hunde (je 720 €)', '720,00 €'],
      ['Ermäßigung 50 % (Bürgergeld oder Sozialhilfe)', '\u2212474,00 €'],
    ]);
    expect($$(el, '.review-item').map(text)).to.deep.equal(['Hund 1', 'Hund 2', 'Hund 3']);
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { payload } = (await submitted).detail;
    expect(payload.computed).to.deep.equal({ jahressteuer: 474 });
    expect(payload.breakdown.jahressteuer!.map((line: { value: number | null }) => line.value)).to.deep.equal([96, 132, 720, -474]);
    const stored = (await storedSubmissions()).find((s) => s.submissionId === payload.submissionId) as unknown as SubmissionPayload;
    expect(stored.computed).to.deep.equal({ jahressteuer: 474 });
    expect((stored.data.hunde as unknown[]).length).to.equal(3);
  });

  it('makes the intake refuse a tampered payload (hidden answer, missing answer, bad IBAN) and store nothing', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { endpoint: 'data:application/json,{}' });
    for (const step of answers) {
      await answerStep(el, step);
      await next(el);
    }
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const payload = structuredClone((await submitted).detail.payload) as SubmissionPayload & { data: Record<string, unknown> };
    payload.data.grund = 'buergergeld';
    delete payload.data.vorname;
    payload.data.zahlungsweise = 'sepa';
    payload.data.kontoinhaber = 'Erika Mustermann';
    payload.data.iban = 'DE89370400440532013001';
    payload.data.mandat = true;
    const response = await fetch('/api/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.submissionId },
      body: JSON.stringify(payload),
    });
    expect(response.status).to.equal(422);
    const { errors } = await response.json();
    expect(errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).to.deep.equal([
      'grund:hidden',
      'vorname:required',
      'iban:iban',
    ]);
    expect((await storedSubmissions()).some((s) => s.submissionId === payload.submissionId)).to.equal(false);
  });
});

describe('prefill from a Servicekonto login', () => {
  it('fills the owner from identity claims, says where the answers came from, and keeps them editable', async () => {
    const el = document.createElement('antrag-assistant');
    el.claims = {
      given_name: 'Erika',
      family_name: 'Mustermann',
      birthdate: '1980-05-17',
      address: { postal_code: '54321', locality: 'Musterstadt' },
    };
    el.definition = await loadForm('hundesteuer-anmeldung');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(byId<HTMLInputElement>(el, 'f-vorname')!.value).to.equal('Erika');
      expect(text(byId(el, 'f-vorname-note'))).to.equal('Aus Ihrem Servicekonto übernommen. Bitte prüfen Sie die Angabe.');
      expect(byId(el, 'f-vorname')!.getAttribute('aria-describedby')).to.equal('f-vorname-note');
      expect(byId<HTMLInputElement>(el, 'f-anschrift-plz')!.value).to.equal('54321');
      await enter(el, 'vorname', 'Erika Maria');
      expect(byId(el, 'f-vorname-note')).to.equal(null);
      await expectNoAxeViolations(el, 'prefilled from the Servicekonto');
    } finally {
      el.remove();
    }
  });
});
