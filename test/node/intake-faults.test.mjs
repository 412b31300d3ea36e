// @ts-check
/**
 * Fault injection around the reference intake (test/support/intake-with-faults.mjs), which the browser tests
 * of delivery and retry rely on, and which the demo server cannot enable. Needs the built library.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startDemoServer } from '../../demo/server.mjs';
import { payloadFor } from '../support/intake-payloads.mjs';
import { rawRequest, startIntake } from '../support/intake-server.mjs';

/**
 * @typedef {Awaited<ReturnType<typeof startIntake>>} Intake
 * @typedef {import('../support/intake-with-faults.mjs').FaultRule} FaultRule
 * @typedef {import('../support/intake-with-faults.mjs').LoggedRequest} LoggedRequest
 */

/** A fresh scope of an intake's faults: its submissions URL and its controls (as test/support/intake-faults.ts). @param {Intake} intake */
function faultScope(intake) {
  const scope = Math.random().toString(36).slice(2);
  return {
    endpoint: `/api/submissions?scope=${scope}`,
    /** @param {unknown[]} rules */
    async inject(rules) {
      const response = await intake.fetch('/api/_faults', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scope, rules }),
      });
      if (!response.ok) throw new Error(`fault injection refused: HTTP ${response.status}`);
    },
    /** The server comes back: no more faults. */
    async heal() {
      await intake.fetch(`/api/_faults?scope=${scope}`, { method: 'DELETE' });
    },
    /** @returns {Promise<LoggedRequest[]>} */
    async requests() {
      return (await (await intake.fetch(`/api/_faults?scope=${scope}`)).json()).requests;
    },
  };
}

/** What a failed fetch threw. @param {Promise<unknown>} request */
const failureOf = (request) =>
  request.then(
    () => undefined,
    (/** @type {unknown} */ error) => error,
  );

describe('reference intake with injected faults', () => {
  /** @type {Intake} */
  let intake;
  before(async () => (intake = await startIntake({ faults: true })));
  after(() => intake.close());

  it('answers 409 to a duplicate that arrives while the first is still being processed', async () => {
    const faults = faultScope(intake);
    await faults.inject([{ times: 1, delayMs: 700 }]);
    const payload = payloadFor('Erika Gleichzeitig');
    const started = Date.now();
    const slow = intake.post(payload, { 'Idempotency-Key': payload.submissionId }, faults.endpoint);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const duplicate = await intake.post(payload, { 'Idempotency-Key': payload.submissionId }, faults.endpoint);
    assert.equal(duplicate.status, 409);
    assert.equal((await duplicate.json()).error, 'A request with this Idempotency-Key is still being processed.');
    assert.equal((await slow).status, 201);
    assert.ok(Date.now() - started >= 700, 'the first was held by its delay');
    assert.equal((await intake.recordsOf(payload.submissionId)).length, 1);
    // Once the first is done, the key is free again: a retry gets the stored response.
    const later = await intake.post(payload, { 'Idempotency-Key': payload.submissionId }, faults.endpoint);
    assert.deepEqual([later.status, later.headers.get('Idempotent-Replayed')], [201, 'true']);
  });

  it('answers an injected status with its Retry-After, stores nothing, and counts the rule down', async () => {
    const faults = faultScope(intake);
    await faults.inject([{ times: 2, status: 503, retryAfter: '1' }]);
    const payload = payloadFor('Erika Später');
    for (const attempt of [1, 2]) {
      const busy = await intake.post(payload, { 'Idempotency-Key': payload.submissionId }, faults.endpoint);
      assert.deepEqual([busy.status, busy.headers.get('Retry-After')], [503, '1'], `attempt ${attempt}`);
      assert.equal(typeof (await busy.json()).error, 'string');
    }
    assert.equal((await intake.recordsOf(payload.submissionId)).length, 0);
    const third = await intake.post(payload, { 'Idempotency-Key': payload.submissionId }, faults.endpoint);
    assert.equal(third.status, 201);
    assert.deepEqual(
      (await faults.requests()).map((r) => r.outcome),
      [503, 503, 201],
    );
  });

  it('drops the connection after the body: the fetch fails and nothing is stored until the server comes back', async () => {
    const faults = faultScope(intake);
    // Forever, so that a request the HTTP client might resend on its own is dropped too.
    await faults.inject([{ times: null, drop: 'after-body' }]);
    const payload = payloadFor('Erika Abbruch');
    const failure = await failureOf(intake.post(payload, { 'Idempotency-Key': payload.submissionId }, faults.endpoint));
    assert.ok(failure instanceof TypeError, `fetch failed: ${failure}`);
    assert.equal((await intake.recordsOf(payload.submissionId)).length, 0);
    await faults.heal();
    const retried = await intake.post(payload, { 'Idempotency-Key': payload.submissionId }, faults.endpoint);
    assert.deepEqual([retried.status, retried.headers.get('Idempotent-Replayed')], [201, null]);
    assert.equal((await intake.recordsOf(payload.submissionId)).length, 1);
    const outcomes = (await faults.requests()).map((r) => r.outcome);
    assert.equal(outcomes.at(-1), 201);
    // One request or more (the client's own resends), every one dropped.
    assert.ok(outcomes.length >= 2, `${outcomes}`);
    assert.ok(
      outcomes.slice(0, -1).every((outcome) => outcome === 'dropped'),
      `${outcomes}`,
    );
  });

  it('drops the connection after storing: the fetch fails, the record exists, a retry gets its reference', async () => {
    const faults = faultScope(intake);
    await faults.inject([{ times: null, drop: 'after-store' }]);
    const payload = payloadFor('Erika Verloren');
    const failure = await failureOf(intake.post(payload, { 'Idempotency-Key': payload.submissionId }, faults.endpoint));
    assert.ok(failure instanceof TypeError, `fetch failed: ${failure}`);
    const stored = await intake.recordsOf(payload.submissionId);
    assert.equal(stored.length, 1);
    await faults.heal();
    const retried = await intake.post(payload, { 'Idempotency-Key': payload.submissionId }, faults.endpoint);
    assert.deepEqual([retried.status, retried.headers.get('Idempotent-Replayed')], [201, 'true']);
    assert.equal((await retried.json()).reference, stored[0].reference);
    assert.equal((await intake.recordsOf(payload.submissionId)).length, 1);
  });

  it('logs every request of a scope in order: arrival time, key, content type and outcome', async () => {
    const faults = faultScope(intake);
    await faults.inject([
      { times: 1, status: 503, retryAfter: '7' },
      { times: 1, drop: 'after-body' },
      { times: 1, drop: 'after-store' },
    ]);
    const payload = payloadFor('Erika Fehler');
    // Raw, each on a fresh connection: an HTTP client might resend a dropped request by itself, which would
    // take the next rule and blur the exact sequence.
    const send = () =>
      intake.raw({
        method: 'POST',
        path: faults.endpoint,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.submissionId },
        body: JSON.stringify(payload),
      });
    const before = Date.now();
    const busy = await send();
    assert.deepEqual([busy.status, busy.headers?.['retry-after']], [503, '7']);
    assert.equal((await send()).error, 'ECONNRESET');
    assert.equal((await intake.recordsOf(payload.submissionId)).length, 0, 'dropped after the body: nothing stored');
    assert.equal((await send()).error, 'ECONNRESET');
    const stored = await intake.recordsOf(payload.submissionId);
    assert.equal(stored.length, 1, 'dropped after storing: the record exists');
    const retried = await send();
    assert.equal(retried.status, 201);
    assert.equal(JSON.parse(retried.body ?? '{}').reference, stored[0].reference);
    const log = await faults.requests();
    assert.deepEqual(
      log.map((r) => r.outcome),
      [503, 'dropped', 'dropped', 201],
    );
    assert.deepEqual(new Set(log.map((r) => r.key)), new Set([payload.submissionId]));
    assert.ok(log.every((r) => r.contentType.startsWith('application/json')));
    const times = log.map((r) => r.at);
    assert.ok(/** @type {number} */ (times[0]) >= before - 1000);
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
    );
    assert.ok(/** @type {number} */ (times.at(-1)) <= Date.now() + 1000);
    // Another scope's requests are not in this log, nor do its rules apply here.
    const other = faultScope(intake);
    assert.deepEqual(await other.requests(), []);
  });

  it('refuses fault rules it does not understand, and the demo intake has no faults at all', async () => {
    const faults = faultScope(intake);
    for (const rules of [[{ times: 1, drop: 'before-body' }], [{ times: -1, status: 503 }], [{ times: 1, stauts: 503 }]]) {
      const refused = await failureOf(faults.inject(rules));
      assert.ok(refused instanceof Error, JSON.stringify(rules));
    }
    const faultRequests = [
      { method: 'POST', path: '/api/_faults', headers: { 'Content-Type': 'application/json' }, body: '{"scope":"x","rules":[]}' },
      { method: 'GET', path: '/api/_faults?scope=x' },
    ];
    // The intake as the demo server makes it, even given the switch that turned faults on in earlier versions.
    const plain = await startIntake(/** @type {any} */ ({ testMode: true }));
    try {
      const answers = [];
      for (const request of faultRequests) answers.push(await plain.raw(request));
      assert.deepEqual(
        answers.map((a) => a.status),
        [404, 404],
      );
    } finally {
      await plain.close();
    }
    // The demo server itself.
    const demo = /** @type {import('node:http').Server} */ (
      await startDemoServer({ port: 0, dbPath: join(mkdtempSync(join(tmpdir(), 'antrag-demo-')), 'demo.sqlite') })
    );
    try {
      const port = /** @type {import('node:net').AddressInfo} */ (demo.address()).port;
      const answers = [];
      for (const request of faultRequests) answers.push(await rawRequest(port, request));
      assert.deepEqual(
        answers.map((a) => a.status),
        [404, 404],
      );
    } finally {
      demo.closeAllConnections();
      await new Promise((resolve) => demo.close(resolve));
    }
  });
});
