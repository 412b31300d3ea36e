// @ts-check
/**
 * The reference intake's end of end-to-end encryption: JWE bodies and multipart parts (RSA-OAEP-256 /
 * A256GCM), attachments byte for byte, and an intake without a key. Needs the built library.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CompactEncrypt, importJWK } from 'jose';
import { payloadFor, payloadWithPhoto } from '../support/intake-payloads.mjs';
import { startIntake } from '../support/intake-server.mjs';

/** @typedef {Awaited<ReturnType<typeof startIntake>>} Intake */

/** An intake's public key, from its JWKS, and a JWE of any bytes to it. @param {Intake} intake */
async function intakeKey(intake) {
  const { keys } = /** @type {{ keys: import('jose').JWK[] }} */ (await (await intake.fetch('/api/jwks.json')).json());
  const jwk = /** @type {import('jose').JWK} */ (keys[0]);
  const key = await importJWK(jwk, 'RSA-OAEP-256');
  return {
    jwk,
    /** @param {Uint8Array | string} plaintext */
    seal: (plaintext, enc = 'A256GCM') =>
      new CompactEncrypt(typeof plaintext === 'string' ? new TextEncoder().encode(plaintext) : plaintext)
        .setProtectedHeader({ alg: 'RSA-OAEP-256', enc })
        .encrypt(key),
  };
}

/** A multipart body as a browser would send it, as text (JWE parts are ASCII) for a raw request. @param {FormData} form */
async function multipartText(form) {
  const request = new Request('http://multipart.local/', { method: 'POST', body: form });
  return { contentType: /** @type {string} */ (request.headers.get('Content-Type')), body: await request.text() };
}

describe('reference intake: encrypted submissions', () => {
  /** @type {Intake} */
  let intake;
  before(async () => (intake = await startIntake()));
  after(() => intake.close());

  it('decrypts a JWE submission (RSA-OAEP-256 / A256GCM) with its key and refuses other algorithms', async () => {
    const { jwk, seal } = await intakeKey(intake);
    assert.deepEqual([jwk.kty, jwk.alg, jwk.use], ['RSA', 'RSA-OAEP-256', 'enc']);
    assert.equal(typeof jwk.kid, 'string');
    assert.equal('d' in jwk, false);
    const payload = payloadFor('Erika Verschlüsselt');
    const plaintext = JSON.stringify(payload);
    const jose = { 'Idempotency-Key': payload.submissionId, 'Content-Type': 'application/jose' };
    const wrong = await intake.post(await seal(plaintext, 'A128GCM'), jose);
    assert.equal(wrong.status, 400);
    assert.match((await wrong.json()).error, /enc A256GCM/);
    const tampered = await intake.post(`${(await seal(plaintext)).slice(0, -4)}AAAA`, jose);
    assert.equal(tampered.status, 400);
    assert.equal((await intake.recordsOf(payload.submissionId)).length, 0);
    const ok = await intake.post(await seal(plaintext), jose);
    assert.equal(ok.status, 201);
    const [record] = await intake.recordsOf(payload.submissionId);
    assert.equal(record.encrypted, true);
    const { reference: _reference, receivedAt: _receivedAt, encrypted: _encrypted, ...stored } = record;
    assert.deepEqual(stored, JSON.parse(plaintext));
    // The same submission is the same whether encrypted anew or in clear: the hash is of the plaintext.
    const inClear = await intake.post(plaintext, { 'Idempotency-Key': payload.submissionId });
    assert.deepEqual([inClear.status, inClear.headers.get('Idempotent-Replayed')], [201, 'true']);
    assert.equal((await inClear.json()).reference, record.reference);
  });

  it('lists unencrypted submissions as such', async () => {
    const payload = payloadFor('Erika Offen');
    assert.equal((await intake.post(payload, { 'Idempotency-Key': payload.submissionId })).status, 201);
    const [record] = await intake.recordsOf(payload.submissionId);
    assert.equal(record.encrypted, false);
  });

  it('decrypts an encrypted multipart submission part by part and stores the attachment byte for byte', async () => {
    const { seal } = await intakeKey(intake);
    const { payload, bytes } = payloadWithPhoto();
    const photoId = /** @type {string} */ (payload.attachments[0]?.id);
    /** @param {Uint8Array} photo */
    const send = async (photo) => {
      const form = new FormData();
      form.append('submission', new Blob([await seal(JSON.stringify(payload))], { type: 'application/jose' }));
      form.append(photoId, new Blob([await seal(photo)], { type: 'application/jose' }));
      return intake.fetch('/api/submissions', { method: 'POST', headers: { 'Idempotency-Key': payload.submissionId }, body: form });
    };
    // The size and SHA-256 checks run on the decrypted bytes: other bytes of the same length are refused.
    const forged = await send(bytes.map((b) => b ^ 1));
    assert.equal(forged.status, 422);
    assert.deepEqual((await forged.json()).errors, [{ field: 'fotos', code: 'attachment' }]);
    const response = await send(bytes);
    assert.equal(response.status, 201);
    const [record] = await intake.recordsOf(payload.submissionId);
    assert.equal(record.encrypted, true);
    assert.deepEqual(
      record.attachments.map((/** @type {{ name: string }} */ a) => a.name),
      ['müll.png'],
    );
    const stored = new Uint8Array(await (await intake.download(record.reference, photoId)).arrayBuffer());
    assert.equal(stored.length, bytes.length);
    assert.deepEqual(stored, bytes);
  });

  it('without a key: no JWKS, and encrypted bodies or parts get 415', async () => {
    const { seal } = await intakeKey(intake);
    const payload = payloadFor('Erika Ohne Schlüssel');
    const jwe = await seal(JSON.stringify(payload));
    const form = new FormData();
    form.append('submission', new Blob([jwe], { type: 'application/jose' }));
    const multipart = await multipartText(form);
    const headers = { 'Idempotency-Key': payload.submissionId };
    const keyless = await startIntake({ privateKey: false });
    try {
      const jwks = await keyless.raw({ method: 'GET', path: '/api/jwks.json' });
      const whole = await keyless.raw({
        method: 'POST',
        path: '/api/submissions',
        headers: { ...headers, 'Content-Type': 'application/jose' },
        body: jwe,
      });
      const parts = await keyless.raw({
        method: 'POST',
        path: '/api/submissions',
        headers: { ...headers, 'Content-Type': multipart.contentType },
        body: multipart.body,
      });
      const clear = await keyless.raw({
        method: 'POST',
        path: '/api/submissions',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      });
      assert.equal(jwks.status, 404);
      assert.deepEqual([whole.status, parts.status], [415, 415]);
      assert.match(JSON.parse(whole.body ?? '{}').error, /no private key/);
      assert.equal(clear.status, 201, 'the same submission in clear is fine');
    } finally {
      await keyless.close();
    }
    // The same JWE to an intake with another key pair cannot be read.
    const otherKey = await startIntake();
    try {
      const answer = await otherKey.raw({
        method: 'POST',
        path: '/api/submissions',
        headers: { ...headers, 'Content-Type': 'application/jose' },
        body: jwe,
      });
      assert.equal(answer.status, 400);
    } finally {
      await otherKey.close();
    }
  });
});
