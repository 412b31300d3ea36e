// @ts-check
/**
 * The reference intake (demo/intake.mjs) over real HTTP, with its SQLite file: idempotency, references,
 * re-validation, refusals and CORS preflights. Needs the built library (`npm run build`).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { payloadFor } from '../support/intake-payloads.mjs';
import { startIntake } from '../support/intake-server.mjs';

/** A site allowed to embed the assistant and post across origins. */
const EMBEDDING_SITE = 'http://www.musterstadt.example';

describe('reference intake', () => {
  /** @type {Awaited<ReturnType<typeof startIntake>>} */
  let intake;
  before(async () => (intake = await startIntake({ corsOrigins: [EMBEDDING_SITE] })));
  after(() => intake.close());

  it('stores a submission once per Idempotency-Key and answers a repeat with the same reference', async () => {
    const payload = payloadFor('Erika Einmal');
    const first = await intake.post(payload, { 'Idempotency-Key': payload.submissionId });
    const second = await intake.post(payload, { 'Idempotency-Key': payload.submissionId });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    const [a, b] = [await first.json(), await second.json()];
    assert.match(a.reference, /^VPA-\d{4}-\d{6}$/);
    assert.equal(b.reference, a.reference);
    const stored = (await intake.stored()).filter((s) => s.submissionId === payload.submissionId);
    assert.equal(stored.length, 1);
    assert.equal(stored[0].data.name, 'Erika Einmal');
  });

  it('refuses the same key with a different body', async () => {
    const payload = payloadFor('Erika Erst');
    await intake.post(payload, { 'Idempotency-Key': payload.submissionId });
    const changed = await intake.post(
      { ...payload, data: { ...payload.data, name: 'Erika Anders' } },
      { 'Idempotency-Key': payload.submissionId },
    );
    assert.equal(changed.status, 422);
    assert.match((await changed.json()).error, /already used for a different submission/);
    const stored = (await intake.stored()).filter((s) => s.submissionId === payload.submissionId);
    assert.deepEqual(
      stored.map((s) => s.data.name),
      ['Erika Erst'],
    );
  });

  it('numbers references per form and lists the newest first', async () => {
    const one = payloadFor('Erste');
    const two = payloadFor('Zweite');
    const r1 = /** @type {string} */ ((await (await intake.post(one, { 'Idempotency-Key': one.submissionId })).json()).reference);
    const r2 = /** @type {string} */ ((await (await intake.post(two, { 'Idempotency-Key': two.submissionId })).json()).reference);
    // Other tests of this file post to the same intake, so only the order is certain, not adjacency.
    assert.equal(r2.slice(0, 9), r1.slice(0, 9));
    assert.ok(Number(r2.slice(-6)) > Number(r1.slice(-6)), `${r2} after ${r1}`);
    const references = (await intake.stored()).map((s) => s.reference);
    assert.ok(references.indexOf(r2) < references.indexOf(r1), 'the newer first');
    assert.ok(references.indexOf(r2) > -1, 'listed');
  });

  it("re-validates with the form's rules and returns field errors as 422", async () => {
    const payload = payloadFor('');
    const response = await intake.post(payload, { 'Idempotency-Key': payload.submissionId });
    assert.equal(response.status, 422);
    assert.deepEqual((await response.json()).errors, [{ field: 'name', code: 'required' }]);
  });

  it('says clearly what is wrong with the request itself', async () => {
    const payload = payloadFor('Erika');
    const wrongType = await intake.fetch('/api/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(payload),
    });
    assert.equal(wrongType.status, 415);
    assert.match((await wrongType.json()).error, /application\/json/);
    assert.equal((await intake.post(payload)).status, 400);
    assert.equal((await intake.post('{"kaputt"', { 'Idempotency-Key': payload.submissionId })).status, 400);
    const tooLarge = await intake.post(
      { ...payload, data: { ...payload.data, anschrift: 'x'.repeat(1_100_000) } },
      { 'Idempotency-Key': payload.submissionId },
    );
    assert.equal(tooLarge.status, 413);
  });

  it('replays the stored response for a retry, marked Idempotent-Replayed', async () => {
    const payload = payloadFor('Erika Wieder');
    const first = await intake.post(payload, { 'Idempotency-Key': payload.submissionId });
    const again = await intake.post(payload, { 'Idempotency-Key': payload.submissionId });
    assert.equal(first.headers.get('Idempotent-Replayed'), null);
    assert.equal(again.status, first.status);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await again.json(), await first.json());
  });

  it('answers preflights: 204 with the allowed methods and headers for the allowed origin, 403 for others', async () => {
    /** @param {string} origin */
    const preflight = (origin) =>
      intake.raw({
        method: 'OPTIONS',
        path: '/api/submissions',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key',
        },
      });
    const allowed = await preflight(EMBEDDING_SITE);
    assert.equal(allowed.status, 204);
    assert.deepEqual(
      {
        'access-control-allow-origin': allowed.headers?.['access-control-allow-origin'],
        'access-control-allow-methods': allowed.headers?.['access-control-allow-methods'],
        'access-control-allow-headers': allowed.headers?.['access-control-allow-headers'],
        'access-control-max-age': allowed.headers?.['access-control-max-age'],
        vary: allowed.headers?.vary,
      },
      {
        'access-control-allow-origin': EMBEDDING_SITE,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'Content-Type, Idempotency-Key, Accept',
        'access-control-max-age': '600',
        vary: 'Origin',
      },
    );
    // The answer itself exposes Retry-After, so a cross-origin assistant can honour it.
    const answer = await intake.raw({ method: 'GET', path: '/api/jwks.json', headers: { Origin: EMBEDDING_SITE } });
    assert.equal(answer.headers?.['access-control-expose-headers'], 'Retry-After, Idempotent-Replayed');
    const other = await preflight('http://elsewhere.example');
    assert.equal(other.status, 403);
    assert.equal(other.headers?.['access-control-allow-origin'], undefined);
    assert.match(JSON.parse(other.body ?? '{}').error, /http:\/\/elsewhere\.example/);
    // Without an Origin (server to server, same-origin GET) nothing changes.
    const plain = await intake.raw({ method: 'GET', path: '/api/jwks.json' });
    assert.equal(plain.status, 200);
    assert.equal(plain.headers?.['access-control-allow-origin'], undefined);
  });
});
