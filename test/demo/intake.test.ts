import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { CompactEncrypt, importJWK, type JWK } from 'jose';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import { createSubmissionId } from '../../src/model/submission-id.js';
import { toSubmissionPayload } from '../../src/model/submission-payload.js';
import { burningDate, loadForm, storedSubmissions } from '../support/harness.js';
import { faultScope, recordsOf } from '../support/intake-faults.js';

/** The reference intake (demo/intake.mjs) over real HTTP, with its SQLite file, as the test server mounts it. */
async function payloadFor(name: string) {
  const result = parseDefinition(await loadForm('verbrennung-pflanzlicher-abfaelle'));
  if (!result.ok) throw new Error('demo form invalid');
  const values = {
    name,
    anschrift: 'Lindenweg 4',
    datum: burningDate,
    uhrzeitVon: '09:00',
    uhrzeitBis: '12:00',
    menge: '1',
    art: ['laub'],
    brandschutz: true,
  };
  return toSubmissionPayload(result.definition, { submissionId: createSubmissionId(), values }, { language: 'de' });
}

const post = (body: unknown, headers: Record<string, string> = {}, url = '/api/submissions') =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('reference intake', () => {
  it('stores a submission once per Idempotency-Key and answers a repeat with the same reference', async () => {
    const payload = await payloadFor('Erika Einmal');
    const first = await post(payload, { 'Idempotency-Key': payload.submissionId });
    const second = await post(payload, { 'Idempotency-Key': payload.submissionId });
    expect(first.status).to.equal(201);
    expect(second.status).to.equal(201);
    const [a, b] = [await first.json(), await second.json()];
    expect(a.reference).to.match(/^VPA-\d{4}-\d{6}$/);
    expect(b.reference).to.equal(a.reference);
    const stored = (await storedSubmissions()).filter((s) => s.submissionId === payload.submissionId);
    expect(stored).to.have.length(1);
    expect(stored[0]!.data.name).to.equal('Erika Einmal');
  });

  it('refuses the same key with a different body', async () => {
    const payload = await payloadFor('Erika Erst');
    await post(payload, { 'Idempotency-Key': payload.submissionId });
    const changed = await post(
      { ...payload, data: { ...payload.data, name: 'Erika Anders' } },
      { 'Idempotency-Key': payload.submissionId },
    );
    expect(changed.status).to.equal(422);
    const stored = (await storedSubmissions()).filter((s) => s.submissionId === payload.submissionId);
    expect(stored.map((s) => s.data.name)).to.deep.equal(['Erika Erst']);
  });

  it('numbers references per form and lists the newest first', async () => {
    const one = await payloadFor('Erste');
    const two = await payloadFor('Zweite');
    const r1 = (await (await post(one, { 'Idempotency-Key': one.submissionId })).json()).reference as string;
    const r2 = (await (await post(two, { 'Idempotency-Key': two.submissionId })).json()).reference as string;
    // Other test files post at the same time, so only the order is certain, not adjacency.
    expect(r2.slice(0, 9)).to.equal(r1.slice(0, 9));
    expect(Number(r2.slice(-6))).to.be.greaterThan(Number(r1.slice(-6)));
    const references = (await storedSubmissions()).map((s) => s.reference);
    expect(references.indexOf(r2)).to.be.lessThan(references.indexOf(r1));
    expect(references.indexOf(r2)).to.be.greaterThan(-1);
  });

  it("re-validates with the form's rules and returns field errors as 422", async () => {
    const payload = await payloadFor('');
    const response = await post(payload, { 'Idempotency-Key': payload.submissionId });
    expect(response.status).to.equal(422);
    expect((await response.json()).errors).to.deep.equal([{ field: 'name', code: 'required' }]);
  });

  it('says clearly what is wrong with the request itself', async () => {
    const payload = await payloadFor('Erika');
    const wrongType = await fetch('/api/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(payload),
    });
    expect(wrongType.status).to.equal(415);
    expect((await wrongType.json()).error).to.contain('application/json');
    expect((await post(payload)).status).to.equal(400);
    expect((await post('{"kaputt"', { 'Idempotency-Key': payload.submissionId })).status).to.equal(400);
    const tooLarge = await post(
      { ...payload, data: { ...payload.data, anschrift: 'x'.repeat(1_100_000) } },
      { 'Idempotency-Key': payload.submissionId },
    );
    expect(tooLarge.status).to.equal(413);
  });

  it('replays the stored response for a retry, marked Idempotent-Replayed', async () => {
    const payload = await payloadFor('Erika Wieder');
    const first = await post(payload, { 'Idempotency-Key': payload.submissionId });
    const again = await post(payload, { 'Idempotency-Key': payload.submissionId });
    expect(first.headers.get('Idempotent-Replayed')).to.equal(null);
    expect(again.status).to.equal(first.status);
    expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
    expect(await again.json()).to.deep.equal(await first.json());
  });

  it('answers 409 to a duplicate that arrives while the first is still being processed', async () => {
    const intake = faultScope();
    await intake.inject([{ times: 1, delayMs: 700 }]);
    const payload = await payloadFor('Erika Gleichzeitig');
    const slow = post(payload, { 'Idempotency-Key': payload.submissionId }, intake.endpoint);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const duplicate = await post(payload, { 'Idempotency-Key': payload.submissionId }, intake.endpoint);
    expect(duplicate.status).to.equal(409);
    expect((await duplicate.json()).error).to.contain('still being processed');
    expect((await slow).status).to.equal(201);
    expect(await recordsOf(payload.submissionId)).to.have.length(1);
  });

  it('injects faults per scope in test mode: a status with Retry-After, a drop before or after storing, and logs each request', async () => {
    const intake = faultScope();
    await intake.inject([
      { times: 1, status: 503, retryAfter: '7' },
      { times: 1, drop: 'after-body' },
      { times: 1, drop: 'after-store' },
    ]);
    const payload = await payloadFor('Erika Fehler');
    // From Node, each on a fresh connection: a browser would resend a dropped request by itself.
    const send = () =>
      executeServerCommand('antrag-raw-http', {
        method: 'POST',
        path: intake.endpoint,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.submissionId },
        body: JSON.stringify(payload),
      }) as Promise<{ status?: number; headers?: Record<string, string>; body?: string; error?: string }>;
    const busy = await send();
    expect([busy.status, busy.headers?.['retry-after']]).to.deep.equal([503, '7']);
    expect((await send()).error).to.equal('ECONNRESET');
    expect(await recordsOf(payload.submissionId), 'dropped after the body: nothing stored').to.have.length(0);
    expect((await send()).error).to.equal('ECONNRESET');
    const stored = await recordsOf(payload.submissionId);
    expect(stored, 'dropped after storing: the record exists').to.have.length(1);
    const retried = await send();
    expect(retried.status).to.equal(201);
    expect(JSON.parse(retried.body!).reference).to.equal(stored[0]!.reference);
    const log = await intake.requests();
    expect(log.map((r) => r.outcome)).to.deep.equal([503, 'dropped', 'dropped', 201]);
    expect(new Set(log.map((r) => r.key))).to.deep.equal(new Set([payload.submissionId]));
    expect(log.every((r) => r.contentType.startsWith('application/json'))).to.equal(true);
  });

  it('decrypts a JWE submission (RSA-OAEP-256 / A256GCM) with its key and refuses other algorithms', async () => {
    const { keys } = (await (await fetch('/api/jwks.json')).json()) as { keys: JWK[] };
    expect(keys[0]).to.include({ kty: 'RSA', alg: 'RSA-OAEP-256', use: 'enc' });
    expect(keys[0]).to.not.have.property('d');
    const key = await importJWK(keys[0]!, 'RSA-OAEP-256');
    const payload = await payloadFor('Erika Verschlüsselt');
    const seal = (enc: string) =>
      new CompactEncrypt(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'RSA-OAEP-256', enc }).encrypt(key);
    const wrong = await post(await seal('A128GCM'), { 'Idempotency-Key': payload.submissionId, 'Content-Type': 'application/jose' });
    expect(wrong.status).to.equal(400);
    expect((await wrong.json()).error).to.contain('A256GCM');
    const tampered = await post(`${(await seal('A256GCM')).slice(0, -4)}AAAA`, {
      'Idempotency-Key': payload.submissionId,
      'Content-Type': 'application/jose',
    });
    expect(tampered.status).to.equal(400);
    const ok = await post(await seal('A256GCM'), { 'Idempotency-Key': payload.submissionId, 'Content-Type': 'application/jose' });
    expect(ok.status).to.equal(201);
    const [record] = await recordsOf(payload.submissionId);
    expect(record!.encrypted).to.equal(true);
    expect(record!.data).to.deep.equal(JSON.parse(JSON.stringify(payload.data)));
  });

  it('allows cross-origin posts only from the configured origins', async () => {
    const preflight = (origin: string) =>
      executeServerCommand('antrag-raw-http', {
        method: 'OPTIONS',
        path: '/api/submissions',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key',
        },
      }) as Promise<{ status: number; headers: Record<string, string> }>;
    const allowed = await preflight('http://allowed.example');
    expect(allowed.status).to.equal(204);
    expect(allowed.headers['access-control-allow-origin']).to.equal('http://allowed.example');
    expect(allowed.headers['access-control-allow-headers']).to.contain('Idempotency-Key');
    const other = await preflight('http://elsewhere.example');
    expect(other.status).to.equal(403);
    expect(other.headers['access-control-allow-origin']).to.equal(undefined);
  });
});
