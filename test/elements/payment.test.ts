import { expect, oneEvent } from '@open-wc/testing';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { ar } from '../../src/i18n/messages-ar.js';
import { de } from '../../src/i18n/messages-de.js';
import { en } from '../../src/i18n/messages-en.js';
import { loadForm, renderAssistant, storedSubmissions, validAnswers } from '../support/fixtures.js';
import { $, answerStep, heading, next, text, until } from '../support/user.js';

/** The Hundesteuer answers, paying online instead of by transfer. */
const online = validAnswers['hundesteuer-anmeldung']!.map((step) => ('zahlungsweise' in step ? { zahlungsweise: 'online' } : step));

/** Completes the Hundesteuer paying online; the confirmation with its "Jetzt bezahlen" link. */
export async function submitPayingOnline(options: { lang?: string; feedback?: boolean } = {}) {
  const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme: 'musterstadt', lang: options.lang ?? 'de' });
  if (options.feedback) el.feedbackEndpoint = '/api/feedback';
  for (const step of online) {
    await answerStep(el, step);
    await next(el);
  }
  const submitted = oneEvent(el, 'antrag-submitted');
  await next(el);
  const { reference, payment, payload } = (await submitted).detail;
  await el.updateComplete;
  const link = $<HTMLAnchorElement>(el, '.pay-link');
  expect(link, 'the confirmation offers "Jetzt bezahlen"').to.exist;
  return { el, reference: reference!, paymentId: payment!.id, submissionId: payload.submissionId, href: link!.href };
}

/** Follows "Jetzt bezahlen" as the browser would (intake → 303 → the test provider's pay page); the pay page's address. */
export async function openPayPage(href: string): Promise<string> {
  const response = await fetch(href);
  expect(response.url).to.match(/\/test-provider\/pay\/[0-9a-f-]{36}$/);
  expect(await response.text()).to.include('TEST-BEZAHLDIENST');
  return response.url;
}

/** Presses a button of the test provider's pay page; the address the provider sends the browser back to. */
export async function press(payPage: string, outcome: 'pay' | 'fail' | 'cancel'): Promise<string> {
  const response = await fetch(payPage, { method: 'POST', body: new URLSearchParams({ outcome }) });
  return response.url;
}

/** Comes back to the page the provider sent the browser to, as a reload of this tab: a new assistant, the same session. */
export async function comeBack(el: AntragAssistant, address: string, lang = 'de'): Promise<AntragAssistant> {
  const back = new URL(address);
  expect(back.origin).to.equal(location.origin);
  history.replaceState(null, '', `${back.pathname}${back.search}`);
  el.remove();
  const again = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme: 'musterstadt', lang });
  const checking: string = { de, en, ar }[lang as 'de' | 'en' | 'ar']['payment.checking'];
  const shown = () => text($(again, '.payment-state'));
  await until(() => shown() !== undefined && shown() !== checking, 'the status the intake reports');
  return again;
}

/** The intake's payment state, as the assistant reads it. */
async function intakeStatus(reference: string, paymentId: string): Promise<string> {
  return (await (await fetch(`/api/submissions/${reference}/payment?id=${paymentId}`)).json()).status;
}

describe('paying online after submitting (XBezahldienste hand-off, test provider)', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('says received but not paid, pays once however often "Jetzt bezahlen" is followed, and shows "bezahlt" after coming back', async () => {
    const { el, reference, paymentId, submissionId, href } = await submitPayingOnline();
    expect(text($(el, '.payment .payment-state'))).to.equal('Ihr Antrag ist eingegangen, aber noch nicht bezahlt.');
    expect($(el, '.pay-link')!.tagName).to.equal('A');
    expect(new URL(href).searchParams.get('return')).to.equal(location.href);
    // A double click: both requests lead to the same transaction.
    const [payPage, second] = await Promise.all([openPayPage(href), openPayPage(href)]);
    expect(second).to.equal(payPage);
    expect(await intakeStatus(reference, paymentId)).to.equal('INITIAL');
    const back = await press(payPage, 'pay');
    expect(new URL(back).searchParams.get('antrag-payment')).to.equal(reference);
    let page = await comeBack(el, back);
    expect(heading(page)).to.equal('Zahlung');
    expect(text($(page, '.payment-state'))).to.equal(`Vielen Dank: Ihr Antrag ${reference} ist bezahlt.`);
    expect(text($(page, '.payment-return'))).to.include('Betrag: 96,00 €');
    expect($(page, '.pay-link'), 'nothing more to pay').to.equal(null);
    expect(await intakeStatus(reference, paymentId)).to.equal('PAYED');
    // A reload shows the same, and following the old link again pays nothing twice: it leads straight back.
    page = await comeBack(page, back);
    expect(text($(page, '.payment-state'))).to.include('bezahlt');
    expect((await fetch(href)).url).to.equal(back);
    expect((await storedSubmissions()).filter((s) => s.submissionId === submissionId)).to.have.length(1);
    page.remove();
  });

  it('after a failed payment offers "Erneut versuchen", which starts a new transaction that can be paid', async () => {
    const { el, reference, paymentId, href } = await submitPayingOnline();
    const firstPage = await openPayPage(href);
    let page = await comeBack(el, await press(firstPage, 'fail'));
    expect(text($(page, '.payment-state'))).to.equal(
      `Die Zahlung ist fehlgeschlagen. Ihr Antrag ${reference} ist trotzdem eingegangen. Sie können es erneut versuchen.`,
    );
    expect(await intakeStatus(reference, paymentId)).to.equal('FAILED');
    const retry = $<HTMLAnchorElement>(page, '.pay-link')!;
    expect(text(retry)).to.equal('Erneut versuchen');
    const secondPage = await openPayPage(retry.href);
    expect(secondPage).not.to.equal(firstPage);
    page = await comeBack(page, await press(secondPage, 'pay'));
    expect(text($(page, '.payment-state'))).to.include('ist bezahlt');
    expect(await intakeStatus(reference, paymentId)).to.equal('PAYED');
    page.remove();
  });

  it('after cancelling says so, keeps the submission, and still offers "Jetzt bezahlen"', async () => {
    const { el, reference, paymentId, submissionId, href } = await submitPayingOnline();
    const page = await comeBack(el, await press(await openPayPage(href), 'cancel'));
    expect(text($(page, '.payment-state'))).to.equal(
      `Sie haben die Zahlung abgebrochen. Ihr Antrag ${reference} ist trotzdem eingegangen und bleibt gespeichert. Sie können jetzt noch bezahlen oder den Bescheid mit den Zahlungsdaten abwarten.`,
    );
    expect(text($(page, '.pay-link'))).to.equal('Jetzt bezahlen');
    expect(await intakeStatus(reference, paymentId)).to.equal('CANCELED');
    const stored = (await storedSubmissions()).filter((s) => s.submissionId === submissionId);
    expect(stored.map((s) => s.reference)).to.deep.equal([reference]);
    page.remove();
  });

  it('shows nothing about paying for direct debit, and does not take a return address of another tab for its own', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    for (const step of validAnswers['hundesteuer-anmeldung']!) {
      await answerStep(el, step);
      await next(el);
    }
    await next(el);
    await until(() => !!$(el, '.confirmation'), 'the confirmation');
    expect($(el, '.payment')).to.equal(null);
    history.replaceState(null, '', `${location.pathname}?antrag-payment=HST-2026-000001`);
    el.remove();
    const fresh = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    expect($(fresh, '.payment-return'), 'no payment of this tab: the form').to.equal(null);
    expect(heading(fresh)).to.equal('Halterin oder Halter');
    fresh.remove();
  });
});
