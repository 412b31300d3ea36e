import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $, answerStep, focused, next, text, until } from '../support/user.js';
import { faultScope, recordsOf } from '../support/intake-faults.js';

const FORM = 'verbrennung-pflanzlicher-abfaelle';
const answers = validAnswers[FORM]![0]!;

/** An assistant on the review page of the burning form, sending to a fault scope. */
async function onReview(endpoint: string, setup: (el: AntragAssistant) => void = () => {}): Promise<AntragAssistant> {
  const el = await renderAssistant(await loadForm(FORM), { endpoint });
  setup(el);
  await answerStep(el, answers);
  await next(el);
  return el;
}

const confirmed = (el: AntragAssistant) => $(el, '.confirmation') !== null;

describe('delivery: retries, idempotency and the outbox (real intake, injected faults)', () => {
  it('retries when the connection drops after the intake stored the submission: success shown, one record', async () => {
    const intake = faultScope();
    // Twice: Chromium itself resends once, unseen, a request whose reused connection closed without an answer.
    await intake.inject([{ times: 2, drop: 'after-store' }]);
    const el = await onReview(intake.endpoint);
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { detail } = await submitted;
    await el.updateComplete;
    const requests = await intake.requests();
    expect(requests.map((r) => r.outcome)).to.deep.equal(['dropped', 'dropped', 201]);
    expect(new Set(requests.map((r) => r.key))).to.deep.equal(new Set([detail.payload.submissionId]));
    const records = await recordsOf(detail.payload.submissionId);
    expect(records).to.have.length(1);
    expect(detail.reference).to.equal(records[0]!.reference);
    expect(text($(el, '.reference'))).to.equal(`Ihr Aktenzeichen: ${records[0]!.reference}`);
  });

  it('a first attempt that stalls half-open: the retry is not refused for good, one record, confirmation', async () => {
    const intake = faultScope();
    // The intake holds the first attempt for 4 s; the assistant gives it 1 s, closes it and sends again.
    await intake.inject([{ times: 1, delayMs: 4000 }]);
    const el = await onReview(intake.endpoint, (e) => (e.requestTimeout = 1));
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { detail } = await submitted;
    await until(() => confirmed(el), 'the confirmation');
    expect($(el, '#submit-failed')).to.equal(null);
    expect(await recordsOf(detail.payload.submissionId)).to.have.length(1);
    expect(new Set((await intake.requests()).map((r) => r.key))).to.deep.equal(new Set([detail.payload.submissionId]));
  });

  it('honours Retry-After: 503 twice, then success — three attempts, one key, one record', async () => {
    const intake = faultScope();
    await intake.inject([{ times: 2, status: 503, retryAfter: '1' }]);
    const el = await onReview(intake.endpoint);
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    await until(() => text($(el, '[part="status"]'))?.includes('Versuch 2 von 5') === true, 'the second attempt to be told');
    await expectNoAxeViolations(el, 'retrying after a 503 (Versuch 2 von 5)');
    const { detail } = await submitted;
    const requests = await intake.requests();
    expect(requests.map((r) => r.outcome)).to.deep.equal([503, 503, 201]);
    expect(new Set(requests.map((r) => r.key)).size).to.equal(1);
    // Retry-After: 1 means at least a second between attempts (the log has the server's arrival times).
    expect(requests[1]!.at - requests[0]!.at).to.be.at.least(950);
    expect(requests[2]!.at - requests[1]!.at).to.be.at.least(950);
    expect(await recordsOf(detail.payload.submissionId)).to.have.length(1);
  });

  it('does not retry a 4xx other than 408, 425 and 429, and says it was not accepted', async () => {
    const intake = faultScope();
    await intake.inject([{ times: 1, status: 400 }]);
    const el = await onReview(intake.endpoint);
    await next(el);
    await until(() => $(el, '#submit-failed') !== null, 'the failure notice');
    expect((await intake.requests()).map((r) => r.outcome)).to.deep.equal([400]);
    expect(text($(el, '#submit-failed p'))).to.contain('kann Ihre Angaben gerade nicht annehmen (Fehler 400)');
  });

  it('gives up after the attempt cap with "noch nicht gesendet", keeps the answers, and "Erneut senden" sends the same submission', async () => {
    const intake = faultScope();
    await intake.inject([{ times: null, status: 502 }]);
    const el = await onReview(intake.endpoint, (e) => (e.maxAttempts = 3));
    const failed = oneEvent(el, 'antrag-submit-error');
    await next(el);
    expect((await failed).detail.failure).to.deep.equal({ reason: 'server', status: 502 });
    await el.updateComplete;
    expect(text($(el, '#submit-failed h3'))).to.equal('Ihre Anzeige wurde noch nicht gesendet');
    expect(focused(el)?.id).to.equal('submit-failed');
    expect(text($(el, 'button[type="submit"]'))).to.equal('Erneut senden');
    expect(text($(el, '.summary-list'))).to.contain('Erika Mustermann');
    await expectNoAxeViolations(el, '"noch nicht gesendet" after the attempt cap');
    expect((await intake.requests()).map((r) => r.outcome)).to.deep.equal([502, 502, 502]);

    await intake.heal();
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { detail } = await submitted;
    const keys = new Set((await intake.requests()).map((r) => r.key));
    expect(keys).to.deep.equal(new Set([detail.payload.submissionId]));
    expect(await recordsOf(detail.payload.submissionId)).to.have.length(1);
  });

  it('sends a pending submission again when the browser comes back online', async () => {
    const intake = faultScope();
    await intake.inject([{ times: null, drop: 'after-body' }]);
    const el = await onReview(intake.endpoint, (e) => (e.maxAttempts = 1));
    await next(el);
    await until(() => $(el, '#submit-failed') !== null, 'the failure notice');
    await intake.heal();
    const submitted = oneEvent(el, 'antrag-submitted');
    window.dispatchEvent(new Event('online'));
    const { detail } = await submitted;
    expect(await recordsOf(detail.payload.submissionId)).to.have.length(1);
    const outcomes = (await intake.requests()).map((r) => r.outcome);
    expect(outcomes.at(-1)).to.equal(201);
    expect(outcomes.slice(0, -1)).to.include('dropped').and.not.include(201);
  });

  it('sends one request however often "Absenden" is clicked or Enter is pressed', async () => {
    const intake = faultScope();
    await intake.inject([{ times: 1, delayMs: 600 }]);
    const el = await onReview(intake.endpoint);
    const button = $<HTMLButtonElement>(el, 'button[type="submit"]')!;
    for (let i = 0; i < 10; i++) button.click();
    button.focus();
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'Enter' });
    expect($(el, 'button[type="submit"]')?.getAttribute('aria-disabled')).to.equal('true');
    // Nothing else offers to leave the page while sending.
    expect($(el, '.nav .secondary')?.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '.summary-list button'), 'no "Ändern" while sending').to.equal(null);
    await until(() => confirmed(el), 'the confirmation');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await intake.requests()).to.have.length(1);
  });

  it("puts the intake's field errors (422) into the error summary, like the browser's own", async () => {
    // The browser's copy of the form allows 9 m³; the intake's allows 5 and says so with a 422.
    const definition = structuredClone(await loadForm(FORM)) as { steps: Array<{ fields: Array<{ id: string; max?: number }> }> };
    definition.steps[0]!.fields.find((f) => f.id === 'menge')!.max = 9;
    const el = await renderAssistant(definition);
    await answerStep(el, { ...answers, menge: '8' });
    await next(el);
    await next(el);
    await until(() => $(el, '.error-summary') !== null, 'the error summary');
    await el.updateComplete;
    expect(text($(el, '#view-heading'))).to.not.equal('Bitte prüfen Sie Ihre Angaben');
    expect(text($(el, '.error-summary li'))).to.equal('„\u2068Menge\u2069“ darf höchstens 5 sein.');
    expect(focused(el)).to.equal($(el, '.error-summary'));
    expect(text($(el, '#f-menge-error'))).to.contain('darf höchstens 5 sein');
    expect($<HTMLInputElement>(el, '#f-menge')!.value).to.equal('8');
  });

  it('lets the host page take over delivery through the cancelable antrag-submit event', async () => {
    const el = await onReview('/api/submissions');
    el.addEventListener('antrag-submit', (event) => {
      event.preventDefault();
      event.detail.respondWith(Promise.resolve({ reference: `HOST-${event.detail.payload.submissionId.slice(0, 4)}` }));
    });
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { detail } = await submitted;
    expect(detail.reference).to.match(/^HOST-/);
    expect(await recordsOf(detail.payload.submissionId)).to.have.length(0);
  });

  it('sends nothing when the host page cancels antrag-submit without taking over', async () => {
    const el = await onReview('/api/submissions');
    let payloadId = '';
    el.addEventListener('antrag-submit', (event) => {
      payloadId = event.detail.payload.submissionId;
      event.preventDefault();
    });
    await next(el);
    await el.updateComplete;
    expect(payloadId).to.not.equal('');
    expect(text($(el, '#view-heading'))).to.equal('Bitte prüfen Sie Ihre Angaben');
    expect(text($(el, 'button[type="submit"]'))).to.equal('Anzeige absenden');
    expect(await recordsOf(payloadId)).to.have.length(0);
  });
});
