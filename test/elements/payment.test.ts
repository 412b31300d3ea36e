import { expect, fixture, html } from '@open-wc/testing';
import { loadForm, renderAssistant, storedSubmissions, validAnswers } from '../support/fixtures.js';
import { comeBack, intakeStatus, online, openPayPage, press, submitPayingOnline } from '../support/payment.js';
import { $, answerStep, heading, next, text, until } from '../support/user.js';

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
    // One isolated piece that moves to the next line whole at 375 px, never broken at a hyphen (as on the confirmation).
    expect(text($(page, '.payment-state bdi.reference-number'))).to.equal(reference);
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

  it('with drafts="off" (nothing of the answers kept) the return from the provider is still recognised: "bezahlt"', async () => {
    const el = await fixture<import('../../src/elements/antrag-assistant.js').AntragAssistant>(
      html`<antrag-assistant .definition=${await loadForm('hundesteuer-anmeldung')} drafts="off" lang="de" endpoint="/api/submissions"></antrag-assistant>`,
    );
    for (const step of online) {
      await answerStep(el, step);
      await next(el);
    }
    await next(el);
    await until(() => $(el, '.pay-link') !== null, '"Jetzt bezahlen"');
    const page = await comeBack(el, await press(await openPayPage($<HTMLAnchorElement>(el, '.pay-link')!.href), 'pay'));
    expect(heading(page)).to.equal('Zahlung');
    expect(text($(page, '.payment-state'))).to.include('ist bezahlt');
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

  it('links only to http(s) addresses an intake gives, resolved against the endpoint (never a javascript: link)', async () => {
    for (const [redirectUrl, expected] of [
      ['javascript:alert(1)', null],
      ['/api/submissions/HST-2026-000009/payment/start?id=abc', `${location.origin}/api/submissions/HST-2026-000009/payment/start?id=abc`],
    ] as const) {
      const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
      el.addEventListener('antrag-submit', (event) =>
        event.detail.respondWith(Promise.resolve({ reference: 'HST-2026-000009', payment: { id: 'abc', redirectUrl } })),
      );
      for (const step of online) {
        await answerStep(el, step);
        await next(el);
      }
      await next(el);
      await until(() => !!$(el, '.confirmation'), 'the confirmation');
      const link = $<HTMLAnchorElement>(el, '.pay-link');
      expect(link ? link.href.split('&return=')[0] : null).to.equal(expected);
      el.remove();
    }
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
