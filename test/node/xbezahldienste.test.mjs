// @ts-check
/**
 * The XBezahldienste client (demo/payment/xbezahldienste-client.mjs) against the demo's test provider over real
 * HTTP, with timeouts and 5xx injected in front of it; then the reference intake's payment routes and its
 * feedback store. Needs the built library (`npm run build`).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createAssistantModel, parseDefinition, toSubmissionPayload } from '../../dist/core.js';
import { createTestProvider } from '../../demo/payment/test-provider.mjs';
import { createXBezahldiensteClient, PaymentProviderError, purposeLine } from '../../demo/payment/xbezahldienste-client.mjs';
import { dogSince } from '../support/demo-dates.mjs';
import { startIntake } from '../support/intake-server.mjs';
import { repositoryRoot } from '../support/repository-root.mjs';

/**
 * The test provider on its own port, behind a switch that can answer the next requests with a status, delay
 * them, or count them.
 * @param {{ token?: string }} [options]
 */
async function startProvider(options = {}) {
  const provider = createTestProvider({ basePath: '/pay-test', ...options });
  /** @type {{ status?: number, delayMs?: number, times: number }} */
  const fault = { times: 0 };
  const seen = { api: 0 };
  const server = createServer(async (req, res) => {
    if (req.url?.includes('/paymenttransaction/')) seen.api += 1;
    if (fault.times > 0) {
      fault.times -= 1;
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.status) return void res.writeHead(fault.status, { 'Content-Type': 'application/json' }).end('{"error":"injected"}');
    }
    if (!(await provider.handle(req, res))) res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  return {
    origin,
    base: `${origin}/pay-test`,
    provider,
    fault,
    seen,
    /** Clicks a button of the pay page. @param {string} payUrl @param {'pay' | 'fail' | 'cancel'} outcome */
    decide: (payUrl, outcome) => fetch(payUrl, { method: 'POST', body: new URLSearchParams({ outcome }), redirect: 'manual' }),
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}

/** @param {string} requestId */
const request = (requestId, purpose = 'Hundesteuer HST-2026-000001') => ({
  requestId,
  requestTimestamp: new Date().toISOString(),
  currency: /** @type {const} */ ('EUR'),
  grosAmount: 96,
  purpose,
  redirectUrl: 'http://www.musterstadt.example/hundesteuer?antrag-payment=HST-2026-000001',
  items: [{ id: 'ersterHund', description: 'Erster Hund', quantity: 1, singleNetAmount: 96, totalNetAmount: 96, taxRate: 0 }],
});

describe('XBezahldienste client against the test provider', () => {
  /** @type {Awaited<ReturnType<typeof startProvider>>} */
  let provider;
  before(async () => (provider = await startProvider({ token: 'provider-secret' })));
  after(() => provider.close());
  const client = (/** @type {object} */ more = {}) =>
    createXBezahldiensteClient({ baseUrl: provider.base, originatorId: 'musterstadt', endPointId: 'hundesteuer', token: 'provider-secret', backoffMs: 10, ...more });

  it('creates a transaction, which the provider reports PAYED only after the pay button', async () => {
    const created = await client().create(request(randomUUID()));
    const info = created.paymentInformation;
    assert.equal(info.status, 'INITIAL');
    assert.match(String(info.transactionRedirectUrl), /\/pay-test\/pay\/[0-9a-f-]{36}$/);
    assert.equal((await client().status(info.transactionId)).paymentInformation.status, 'INITIAL');
    const back = await provider.decide(String(info.transactionRedirectUrl), 'pay');
    assert.equal(back.status, 303);
    assert.equal(back.headers.get('location'), request('x').redirectUrl);
    assert.equal((await client().status(info.transactionId)).paymentInformation.status, 'PAYED');
  });

  it('retries 5xx with the same requestId and ends up with one transaction', async () => {
    const before = provider.provider.transactions.size;
    Object.assign(provider.fault, { status: 503, delayMs: 0, times: 2 });
    const calls = provider.seen.api;
    const created = await client().create(request(randomUUID()));
    assert.equal(provider.seen.api - calls, 3);
    assert.equal(created.paymentInformation.status, 'INITIAL');
    assert.equal(provider.provider.transactions.size, before + 1);
  });

  it('gives up after its attempts when every answer is 5xx', async () => {
    Object.assign(provider.fault, { status: 502, delayMs: 0, times: 3 });
    await assert.rejects(client().create(request(randomUUID())), (error) => error instanceof PaymentProviderError && error.status === 502);
    assert.equal(provider.fault.times, 0);
  });

  it('times out a provider that does not answer, and retries within its attempts', async () => {
    Object.assign(provider.fault, { status: undefined, delayMs: 400, times: 2 });
    const started = Date.now();
    await assert.rejects(client({ timeoutMs: 100, maxAttempts: 2 }).status(randomUUID()), (error) =>
      error instanceof PaymentProviderError && /did not answer within 100 ms/.test(error.message),
    );
    assert.ok(Date.now() - started < 1000, 'each attempt is cut off at the timeout');
  });

  it('recovers when a slow first attempt times out and the next one is answered', async () => {
    Object.assign(provider.fault, { status: undefined, delayMs: 400, times: 1 });
    const created = await client({ timeoutMs: 150 }).create(request(randomUUID()));
    assert.equal(created.paymentInformation.status, 'INITIAL');
  });

  it('does not retry a refusal (4xx), and sends its credentials', async () => {
    const calls = provider.seen.api;
    await assert.rejects(client({ token: 'wrong' }).create(request(randomUUID())), (error) => error instanceof PaymentProviderError && error.status === 401);
    await assert.rejects(client().create({ ...request(randomUUID()), grosAmount: 0 }), (error) => error instanceof PaymentProviderError && error.status === 400);
    assert.equal(provider.seen.api - calls, 2);
  });

  it('shortens the purpose to the 27 characters XBezahldienste allows', async () => {
    assert.equal(purposeLine('Hundesteuer  HST-2026-000001 und mehr'), 'Hundesteuer HST-2026-000001');
    const created = await client().create(request(randomUUID(), 'Hundesteuer HST-2026-000001 und mehr'));
    assert.equal(created.paymentRequest?.purpose, 'Hundesteuer HST-2026-000001');
  });
});

/** A valid Hundesteuer payload paying online (or by `zahlungsweise`). */
function hundesteuerPayload(zahlungsweise = 'online') {
  const result = parseDefinition(readFileSync(join(repositoryRoot, 'demo/forms/hundesteuer-anmeldung.json'), 'utf8'));
  if (!result.ok) throw new Error('hundesteuer definition');
  const model = createAssistantModel(result.definition);
  const values = {
    vorname: 'Erika',
    nachname: 'Mustermann',
    geburtsdatum: '1980-05-17',
    anschrift: { strasse: 'Hauptstraße', hausnummer: '12a', plz: '54321', ort: 'Musterstadt' },
    'hunde.0.name': 'Bello',
    'hunde.0.rasse': 'dackel',
    'hunde.0.geschlecht': 'ruede',
    'hunde.0.beginnHaltung': dogSince,
    'hunde.0.listenhund': 'nein',
    ermaessigung: 'nein',
    zahlungsweise,
    richtigkeit: true,
  };
  for (const [id, value] of Object.entries(values)) model.input(id, value);
  return toSubmissionPayload(result.definition, model.getSnapshot(), { language: 'de' });
}

describe('reference intake: payment per submission', () => {
  /** @type {Awaited<ReturnType<typeof startProvider>>} */
  let provider;
  /** @type {Awaited<ReturnType<typeof startIntake>>} */
  let intake;
  before(async () => {
    provider = await startProvider();
    const paymentClient = createXBezahldiensteClient({ baseUrl: provider.base, originatorId: 'o', endPointId: 'e', backoffMs: 10, timeoutMs: 300 });
    intake = await startIntake({ paymentClient });
  });
  after(async () => {
    await intake.close();
    await provider.close();
  });
  const page = () => `${intake.origin}/hundesteuer?lang=de`;
  const start = (/** @type {string} */ path) => intake.fetch(`${path}&return=${encodeURIComponent(page())}`, { redirect: 'manual' });
  const status = async (/** @type {any} */ answer) =>
    (await intake.fetch(`/api/submissions/${answer.reference}/payment?id=${answer.payment.id}`)).json();
  const submit = async (payload = hundesteuerPayload()) => (await intake.post(payload, { 'Idempotency-Key': payload.submissionId })).json();

  it('answers a payable submission with one payment, the same on a replay; direct debit pays nothing online', async () => {
    const payload = hundesteuerPayload();
    const first = await submit(payload);
    const again = await submit(payload);
    assert.match(first.payment.id, /^[0-9a-f-]{36}$/);
    assert.equal(first.payment.redirectUrl, `/api/submissions/${first.reference}/payment/start?id=${first.payment.id}`);
    assert.deepEqual(again, first);
    assert.deepEqual(await status(first), {
      id: first.payment.id,
      status: 'OPEN',
      amount: 96,
      currency: 'EUR',
      purpose: `Hundesteuer ${first.reference}`,
      redirectUrl: first.payment.redirectUrl,
    });
    assert.equal((await submit(hundesteuerPayload('ueberweisung'))).payment, undefined);
  });

  it('hands off once however often "Jetzt bezahlen" is followed, and reports PAYED from the provider', async () => {
    const answer = await submit();
    const [a, b] = await Promise.all([start(answer.payment.redirectUrl), start(answer.payment.redirectUrl)]);
    assert.equal(a.status, 303);
    assert.equal(a.headers.get('location'), b.headers.get('location'));
    const payUrl = String(a.headers.get('location'));
    assert.match(payUrl, /\/pay-test\/pay\//);
    const transaction = [...provider.provider.transactions.values()].find((t) => t.paymentInformation.transactionRedirectUrl === payUrl);
    assert.equal(transaction?.paymentRequest?.redirectUrl, `${page()}&antrag-payment=${answer.reference}`);
    assert.deepEqual(transaction?.paymentRequest?.items.map((item) => [item.id, item.totalNetAmount]), [['ersterHund', 96]]);
    assert.equal((await status(answer)).status, 'INITIAL');
    await provider.decide(payUrl, 'pay');
    assert.equal((await status(answer)).status, 'PAYED');
    const afterPaying = await start(answer.payment.redirectUrl);
    assert.equal(afterPaying.headers.get('location'), `${page()}&antrag-payment=${answer.reference}`, 'paid: straight back, no second payment');
  });

  it('starts a new transaction after FAILED or CANCELED, and records FAILED when the provider is down', async () => {
    const payload = hundesteuerPayload();
    const answer = await submit(payload);
    const first = String((await start(answer.payment.redirectUrl)).headers.get('location'));
    await provider.decide(first, 'fail');
    assert.equal((await status(answer)).status, 'FAILED');
    const second = String((await start(answer.payment.redirectUrl)).headers.get('location'));
    assert.notEqual(second, first);
    await provider.decide(second, 'cancel');
    assert.equal((await status(answer)).status, 'CANCELED');
    Object.assign(provider.fault, { status: 503, delayMs: 0, times: 3 });
    const down = await start(answer.payment.redirectUrl);
    assert.equal(down.headers.get('location'), `${page()}&antrag-payment=${answer.reference}`);
    assert.equal((await status(answer)).status, 'FAILED');
    assert.equal((await intake.recordsOf(payload.submissionId)).length, 1, 'the submission is kept, once');
  });

  it('refuses a return address on another site, and an unknown payment id', async () => {
    const answer = await submit();
    const away = await intake.fetch(`${answer.payment.redirectUrl}&return=${encodeURIComponent('https://evil.example/')}`, { redirect: 'manual' });
    assert.equal(away.status, 400);
    assert.equal((await intake.fetch(`/api/submissions/${answer.reference}/payment?id=${randomUUID()}`)).status, 404);
  });
});

describe('reference intake: feedback', () => {
  /** @type {Awaited<ReturnType<typeof startIntake>>} */
  let intake;
  before(async () => (intake = await startIntake()));
  after(() => intake.close());
  const form = { id: 'hundesteuer-anmeldung', version: '2.0.0' };
  const post = (/** @type {object} */ body) => intake.post(body, {}, '/api/feedback');

  it('stores anonymous feedback and lists it with counts per form and rating, for readers only', async () => {
    const submittedAt = new Date().toISOString();
    assert.equal((await post({ form, language: 'de', rating: 4, text: 'Gut verständlich.', submittedAt })).status, 201);
    assert.equal((await post({ form, language: 'en', rating: 4, text: '', submittedAt })).status, 201);
    assert.equal((await post({ form, language: 'de', rating: 2, submittedAt, reference: 'HST-2026-000001' })).status, 201);
    assert.equal((await intake.fetch('/api/feedback')).status, 401);
    const listed = await (await intake.fetch('/api/feedback', { headers: { Authorization: `Bearer ${intake.token}` } })).json();
    assert.deepEqual(listed.counts['hundesteuer-anmeldung'], { total: 3, ratings: { 1: 0, 2: 1, 3: 0, 4: 2, 5: 0 } });
    assert.equal(listed.items[0].reference, undefined, 'not linked to the submission unless the definition asks');
    assert.equal(listed.items[2].text, 'Gut verständlich.');
  });

  it('refuses feedback of an unknown form, another language, a rating outside 1–5, or unknown properties', async () => {
    const submittedAt = new Date().toISOString();
    for (const body of [
      { form: { id: 'nope', version: '1.0.0' }, language: 'de', rating: 3, submittedAt },
      { form, language: 'fr', rating: 3, submittedAt },
      { form, language: 'de', rating: 6, submittedAt },
      { form, language: 'de', rating: 3, submittedAt, email: 'erika@example.de' },
      { form, language: 'de', rating: null, text: ' ', submittedAt },
    ])
      assert.equal((await post(body)).status, 422, JSON.stringify(body));
  });
});
