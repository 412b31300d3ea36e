import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { CompactEncrypt, importJWK, type JWK } from 'jose';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import { createSubmissionId } from '../../src/model/submission-id.js';
import { toSubmissionPayload, type SubmissionPayload } from '../../src/model/submission-payload.js';
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

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** A Mängelmelder submission with one photo: every byte value, so that any re-encoding on the way shows. */
async function payloadWithPhoto() {
  const result = parseDefinition(await loadForm('maengelmelder'));
  if (!result.ok) throw new Error('demo form invalid');
  const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 37) % 256);
  const photo = {
    id: createSubmissionId(),
    name: 'müll.png',
    type: 'image/png',
    size: bytes.length,
    sha256: hex(await crypto.subtle.digest('SHA-256', bytes)),
  };
  const values = {
    kategorie: 'wilder-muell',
    gefaehrlich: 'nein',
    ort: 'Parkplatz am Stadtpark',
    beschreibung: 'Säcke mit Bauschutt.',
    fotos: [photo],
    rueckmeldung: 'nein',
  };
  const payload = toSubmissionPayload(result.definition, { submissionId: createSubmissionId(), values }, { language: 'de' });
  expect(payload.attachments.map((a) => a.id)).to.deep.equal([photo.id]);
  return { payload, bytes };
}

/** The intake's public key, from its JWKS, and a JWE of any bytes to it. */
async function intakeKey() {
  const { keys } = (await (await fetch('/api/jwks.json')).json()) as { keys: JWK[] };
  const key = await importJWK(keys[0]!, 'RSA-OAEP-256');
  return {
    jwk: keys[0]!,
    seal: (plaintext: Uint8Array | string, enc = 'A256GCM') =>
      new CompactEncrypt(typeof plaintext === 'string' ? new TextEncoder().encode(plaintext) : plaintext)
        .setProtectedHeader({ alg: 'RSA-OAEP-256', enc })
        .encrypt(key),
  };
}

const post = (body: unknown, headers: Record<string, string> = {}, url = '/api/submissions') =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** What Node saw of one raw request (see rawRequest in web-test-runner.config.mjs). */
interface RawAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  error?: string;
}
interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A request from Node to the test server: any Origin, and a fresh connection the browser cannot resend on. */
const raw = (request: RawRequest) => executeServerCommand('antrag-raw-http', request) as Promise<RawAnswer>;

/** Requests to a second intake with other options than the test server's (no key, no test mode). */
const variant = (options: { privateKey?: boolean; testMode?: boolean }, requests: RawRequest[]) =>
  executeServerCommand('antrag-intake-variant', { options, requests }) as Promise<RawAnswer[]>;

/** A multipart body as the browser would send it, as text (JWE parts are ASCII) for a request from Node. */
async function multipartText(form: FormData) {
  const request = new Request('http://multipart.local/', { method: 'POST', body: form });
  return { contentType: request.headers.get('Content-Type')!, body: await request.text() };
}

/** An iframe under http://127.0.0.1:<port>: another origin than the test page's http://localhost:<port>. */
async function otherOriginFrame() {
  const frame = document.createElement('iframe');
  const origin = `http://127.0.0.1:${location.port}`;
  const ready = new Promise<void>((resolve) =>
    addEventListener('message', function onReady(event) {
      if (event.origin !== origin || event.data !== 'ready') return;
      removeEventListener('message', onReady);
      resolve();
    }),
  );
  frame.src = `${origin}/test/demo/cross-origin-post.html`;
  document.body.append(frame);
  await ready;
  return {
    fetch: (url: string, init: RequestInit) =>
      new Promise<{ status?: number; body?: string; error?: string }>((resolve) => {
        addEventListener('message', function onAnswer(event) {
          if (event.origin !== origin || event.data === 'ready') return;
          removeEventListener('message', onAnswer);
          resolve(event.data);
        });
        frame.contentWindow!.postMessage({ url, init }, origin);
      }),
    remove: () => frame.remove(),
  };
}

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
    expect((await changed.json()).error).to.contain('already used for a different submission');
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
    const started = Date.now();
    const slow = post(payload, { 'Idempotency-Key': payload.submissionId }, intake.endpoint);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const duplicate = await post(payload, { 'Idempotency-Key': payload.submissionId }, intake.endpoint);
    expect(duplicate.status).to.equal(409);
    expect((await duplicate.json()).error).to.equal('A request with this Idempotency-Key is still being processed.');
    expect((await slow).status).to.equal(201);
    expect(Date.now() - started, 'the first was held by its delay').to.be.at.least(700);
    expect(await recordsOf(payload.submissionId)).to.have.length(1);
    // Once the first is done, the key is free again: a retry gets the stored response.
    const later = await post(payload, { 'Idempotency-Key': payload.submissionId }, intake.endpoint);
    expect([later.status, later.headers.get('Idempotent-Replayed')]).to.deep.equal([201, 'true']);
  });

  it('answers an injected status with its Retry-After, stores nothing, and counts the rule down', async () => {
    const intake = faultScope();
    await intake.inject([{ times: 2, status: 503, retryAfter: '1' }]);
    const payload = await payloadFor('Erika Später');
    for (const attempt of [1, 2]) {
      const busy = await post(payload, { 'Idempotency-Key': payload.submissionId }, intake.endpoint);
      expect([busy.status, busy.headers.get('Retry-After')], `attempt ${attempt}`).to.deep.equal([503, '1']);
      expect((await busy.json()).error).to.be.a('string');
    }
    expect(await recordsOf(payload.submissionId)).to.have.length(0);
    const third = await post(payload, { 'Idempotency-Key': payload.submissionId }, intake.endpoint);
    expect(third.status).to.equal(201);
    expect((await intake.requests()).map((r) => r.outcome)).to.deep.equal([503, 503, 201]);
  });

  it('drops the connection after the body: the fetch fails and nothing is stored until the server comes back', async () => {
    const intake = faultScope();
    // Forever, because Chromium may resend a request whose connection closed without an answer.
    await intake.inject([{ times: null, drop: 'after-body' }]);
    const payload = await payloadFor('Erika Abbruch');
    let failure: unknown;
    await post(payload, { 'Idempotency-Key': payload.submissionId }, intake.endpoint).catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    expect(await recordsOf(payload.submissionId)).to.have.length(0);
    await intake.heal();
    const retried = await post(payload, { 'Idempotency-Key': payload.submissionId }, intake.endpoint);
    expect([retried.status, retried.headers.get('Idempotent-Replayed')]).to.deep.equal([201, null]);
    expect(await recordsOf(payload.submissionId)).to.have.length(1);
    const outcomes = (await intake.requests()).map((r) => r.outcome);
    expect(outcomes.at(-1)).to.equal(201);
    // One request or more (Chromium's own resends), every one dropped.
    expect(outcomes.length).to.be.at.least(2);
    expect(outcomes.slice(0, -1).every((outcome) => outcome === 'dropped')).to.equal(true);
  });

  it('drops the connection after storing: the fetch fails, the record exists, a retry gets its reference', async () => {
    const intake = faultScope();
    await intake.inject([{ times: null, drop: 'after-store' }]);
    const payload = await payloadFor('Erika Verloren');
    let failure: unknown;
    await post(payload, { 'Idempotency-Key': payload.submissionId }, intake.endpoint).catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    const stored = await recordsOf(payload.submissionId);
    expect(stored).to.have.length(1);
    await intake.heal();
    const retried = await post(payload, { 'Idempotency-Key': payload.submissionId }, intake.endpoint);
    expect([retried.status, retried.headers.get('Idempotent-Replayed')]).to.deep.equal([201, 'true']);
    expect((await retried.json()).reference).to.equal(stored[0]!.reference);
    expect(await recordsOf(payload.submissionId)).to.have.length(1);
  });

  it('logs every request of a scope in order: arrival time, key, content type and outcome', async () => {
    const intake = faultScope();
    await intake.inject([
      { times: 1, status: 503, retryAfter: '7' },
      { times: 1, drop: 'after-body' },
      { times: 1, drop: 'after-store' },
    ]);
    const payload = await payloadFor('Erika Fehler');
    // From Node, each on a fresh connection: a browser might resend a dropped request by itself, which
    // would take the next rule and blur the exact sequence.
    const send = () =>
      raw({
        method: 'POST',
        path: intake.endpoint,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.submissionId },
        body: JSON.stringify(payload),
      });
    const before = Date.now();
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
    const times = log.map((r) => r.at);
    expect(times[0]).to.be.at.least(before - 1000);
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    expect(times.at(-1)).to.be.at.most(Date.now() + 1000);
    // Another scope's requests are not in this log, nor do its rules apply here.
    const other = faultScope();
    expect(await other.requests()).to.deep.equal([]);
  });

  it('refuses fault rules it does not understand, and has no faults at all outside test mode', async () => {
    const intake = faultScope();
    for (const rules of [[{ times: 1, drop: 'before-body' }], [{ times: -1, status: 503 }], [{ times: 1, stauts: 503 }]]) {
      let refused: unknown;
      await intake.inject(rules as never).catch((error: unknown) => (refused = error));
      expect(refused, JSON.stringify(rules)).to.be.instanceOf(Error);
    }
    const answers = await variant({ testMode: false }, [
      { method: 'POST', path: '/api/_faults', headers: { 'Content-Type': 'application/json' }, body: '{"scope":"x","rules":[]}' },
      { method: 'GET', path: '/api/_faults?scope=x' },
    ]);
    expect(answers.map((a) => a.status)).to.deep.equal([404, 404]);
  });

  it('decrypts a JWE submission (RSA-OAEP-256 / A256GCM) with its key and refuses other algorithms', async () => {
    const { jwk, seal } = await intakeKey();
    expect(jwk).to.include({ kty: 'RSA', alg: 'RSA-OAEP-256', use: 'enc' });
    expect(jwk.kid).to.be.a('string');
    expect(jwk).to.not.have.property('d');
    const payload = await payloadFor('Erika Verschlüsselt');
    const plaintext = JSON.stringify(payload);
    const jose = { 'Idempotency-Key': payload.submissionId, 'Content-Type': 'application/jose' };
    const wrong = await post(await seal(plaintext, 'A128GCM'), jose);
    expect(wrong.status).to.equal(400);
    expect((await wrong.json()).error).to.contain('enc A256GCM');
    const tampered = await post(`${(await seal(plaintext)).slice(0, -4)}AAAA`, jose);
    expect(tampered.status).to.equal(400);
    expect(await recordsOf(payload.submissionId)).to.have.length(0);
    const ok = await post(await seal(plaintext), jose);
    expect(ok.status).to.equal(201);
    const [record] = await recordsOf(payload.submissionId);
    expect(record!.encrypted).to.equal(true);
    const {
      reference: _reference,
      receivedAt: _receivedAt,
      encrypted: _encrypted,
      ...stored
    } = record as unknown as Record<string, unknown>;
    expect(stored).to.deep.equal(JSON.parse(plaintext));
    // The same submission is the same whether encrypted anew or in clear: the hash is of the plaintext.
    const inClear = await post(plaintext, { 'Idempotency-Key': payload.submissionId });
    expect([inClear.status, inClear.headers.get('Idempotent-Replayed')]).to.deep.equal([201, 'true']);
    expect((await inClear.json()).reference).to.equal(record!.reference);
  });

  it('lists unencrypted submissions as such', async () => {
    const payload = await payloadFor('Erika Offen');
    expect((await post(payload, { 'Idempotency-Key': payload.submissionId })).status).to.equal(201);
    const [record] = await recordsOf(payload.submissionId);
    expect(record!.encrypted).to.equal(false);
  });

  it('decrypts an encrypted multipart submission part by part and stores the attachment byte for byte', async () => {
    const { seal } = await intakeKey();
    const { payload, bytes } = await payloadWithPhoto();
    const send = async (submission: SubmissionPayload, photo: Uint8Array) => {
      const form = new FormData();
      form.append('submission', new Blob([await seal(JSON.stringify(submission))], { type: 'application/jose' }));
      form.append(payload.attachments[0]!.id, new Blob([await seal(photo)], { type: 'application/jose' }));
      return fetch('/api/submissions', { method: 'POST', headers: { 'Idempotency-Key': payload.submissionId }, body: form });
    };
    // The size and SHA-256 checks run on the decrypted bytes: other bytes of the same length are refused.
    const forged = await send(
      payload,
      bytes.map((b) => b ^ 1),
    );
    expect(forged.status).to.equal(422);
    expect((await forged.json()).errors).to.deep.equal([{ field: 'fotos', code: 'attachment' }]);
    const response = await send(payload, bytes);
    expect(response.status).to.equal(201);
    const [record] = await recordsOf(payload.submissionId);
    expect(record!.encrypted).to.equal(true);
    expect(record!.attachments.map((a) => a.name)).to.deep.equal(['müll.png']);
    const stored = new Uint8Array(await (await fetch(`/api/attachments/${payload.attachments[0]!.id}`)).arrayBuffer());
    expect(stored.length).to.equal(bytes.length);
    expect(hex(stored.buffer)).to.equal(hex(bytes.buffer));
  });

  it('without a key: no JWKS, and encrypted bodies or parts get 415', async () => {
    const { seal } = await intakeKey();
    const payload = await payloadFor('Erika Ohne Schlüssel');
    const jwe = await seal(JSON.stringify(payload));
    const form = new FormData();
    form.append('submission', new Blob([jwe], { type: 'application/jose' }));
    const multipart = await multipartText(form);
    const headers = { 'Idempotency-Key': payload.submissionId };
    const [jwks, whole, parts, clear] = await variant({}, [
      { method: 'GET', path: '/api/jwks.json' },
      { method: 'POST', path: '/api/submissions', headers: { ...headers, 'Content-Type': 'application/jose' }, body: jwe },
      { method: 'POST', path: '/api/submissions', headers: { ...headers, 'Content-Type': multipart.contentType }, body: multipart.body },
      {
        method: 'POST',
        path: '/api/submissions',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      },
    ]);
    expect(jwks!.status).to.equal(404);
    expect([whole!.status, parts!.status]).to.deep.equal([415, 415]);
    expect(JSON.parse(whole!.body!).error).to.contain('no private key');
    expect(clear!.status, 'the same submission in clear is fine').to.equal(201);
    // The same JWE to an intake with another key pair cannot be read.
    const [otherKey] = await variant({ privateKey: true }, [
      { method: 'POST', path: '/api/submissions', headers: { ...headers, 'Content-Type': 'application/jose' }, body: jwe },
    ]);
    expect(otherKey!.status).to.equal(400);
  });

  it('lets the allowed origin post across origins, preflight included', async () => {
    // The test page is http://localhost:<port>; the same server as http://127.0.0.1:<port> is another origin.
    expect(location.hostname).to.equal('localhost');
    const payload = await payloadFor('Erika Von Nebenan');
    const response = await post(payload, { 'Idempotency-Key': payload.submissionId }, `http://127.0.0.1:${location.port}/api/submissions`);
    expect(response.status).to.equal(201);
    expect((await response.json()).reference).to.match(/^VPA-/);
    expect(await recordsOf(payload.submissionId)).to.have.length(1);
  });

  it('refuses a cross-origin post from an origin that is not allowed', async () => {
    const frame = await otherOriginFrame();
    try {
      const payload = await payloadFor('Erika Von Fremd');
      const answer = await frame.fetch(`http://localhost:${location.port}/api/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.submissionId },
        body: JSON.stringify(payload),
      });
      expect(answer.error, 'the browser refuses after the preflight').to.contain('TypeError');
      expect(await recordsOf(payload.submissionId)).to.have.length(0);
      // The frame itself works: a GET without a preflight reaches its own origin.
      expect((await frame.fetch(`http://127.0.0.1:${location.port}/api/jwks.json`, {})).status).to.equal(200);
    } finally {
      frame.remove();
    }
  });

  it('answers preflights: 204 with the allowed methods and headers for the allowed origin, 403 for others', async () => {
    const preflight = (origin: string) =>
      raw({
        method: 'OPTIONS',
        path: '/api/submissions',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key',
        },
      });
    const allowed = await preflight(location.origin);
    expect(allowed.status).to.equal(204);
    expect(allowed.headers).to.include({
      'access-control-allow-origin': location.origin,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'Content-Type, Idempotency-Key, Accept',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
    // The answer itself exposes Retry-After, so a cross-origin assistant can honour it.
    const answer = await raw({ method: 'GET', path: '/api/jwks.json', headers: { Origin: location.origin } });
    expect(answer.headers!['access-control-expose-headers']).to.equal('Retry-After, Idempotent-Replayed');
    const other = await preflight('http://elsewhere.example');
    expect(other.status).to.equal(403);
    expect(other.headers!['access-control-allow-origin']).to.equal(undefined);
    expect(JSON.parse(other.body!).error).to.contain('http://elsewhere.example');
    // Without an Origin (server to server, same-origin GET) nothing changes.
    const plain = await raw({ method: 'GET', path: '/api/jwks.json' });
    expect(plain.status).to.equal(200);
    expect(plain.headers!['access-control-allow-origin']).to.equal(undefined);
  });
});
