// @ts-check
/**
 * The reference intake (demo/intake.mjs) and the demo server (demo/server.mjs) under attack, over real HTTP
 * with a real SQLite file: keys held by stalled requests, reading without a token, attachments of other
 * submissions, payloads with keys or shapes of their own, floods of parts, items and bytes, and parser edges.
 * Each test says what is stored afterwards. Needs the built library (`npm run build`).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { CompactEncrypt, exportJWK, generateKeyPair, importJWK } from 'jose';
import * as demoServer from '../../demo/server.mjs';
import { payloadFor, payloadWithPhoto } from '../support/intake-payloads.mjs';
import { rawRequest, startIntake } from '../support/intake-server.mjs';
import { repositoryRoot } from '../support/repository-root.mjs';

/** @typedef {Awaited<ReturnType<typeof startIntake>>} Intake */

/** What the intake's SQLite file holds for one submission id: its records and its attachments' ids. @param {Intake} intake @param {string} key */
function storedFor(intake, key) {
  const db = new Database(intake.dbPath, { readonly: true });
  try {
    return {
      submissions: /** @type {Array<{reference: string, payload: string}>} */ (
        db.prepare('SELECT reference, payload FROM submissions WHERE idempotency_key = ?').all(key)
      ),
      attachments: db
        .prepare('SELECT id FROM attachments WHERE idempotency_key = ?')
        .all(key)
        .map((row) => /** @type {{id: string}} */ (row).id),
    };
  } finally {
    db.close();
  }
}

/** Nothing at all under this key in the SQLite file. @param {Intake} intake @param {string} key */
function assertNothingStored(intake, key) {
  assert.deepEqual(storedFor(intake, key), { submissions: [], attachments: [] });
}

/**
 * A POST whose body stops half-way: headers and `sent` of the body go out, then nothing, the connection open.
 * `answer` is the raw HTTP answer, if one comes.
 * @param {number} port @param {Record<string, string>} headers @param {string} body @param {number} [sent]
 */
function stalledPost(port, headers, body, sent = Math.floor(body.length / 2)) {
  const socket = connect(port, '127.0.0.1');
  const head = Object.entries({ Host: `127.0.0.1:${port}`, 'Content-Length': String(Buffer.byteLength(body)), ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.write(`POST /api/submissions HTTP/1.1\r\n${head}\r\n${body.slice(0, sent)}`);
  let text = '';
  socket.on('data', (chunk) => (text += chunk));
  socket.on('error', () => {});
  const answer = new Promise((resolve) => socket.on('close', () => resolve(text)));
  return { socket, answer: /** @type {Promise<string>} */ (answer) };
}

/** Resolves after `ms`, or with what `promise` gave first. @template T @param {Promise<T>} promise @param {number} ms */
const within = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve('(no answer)'), ms))]);
const pause = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A multipart body as a browser sends it. @param {Intake} intake @param {string} key @param {FormData} form */
const postForm = (intake, key, form) => intake.fetch('/api/submissions', { method: 'POST', headers: { 'Idempotency-Key': key }, body: form });

/** The photo submission as FormData, with extra parts. @param {{payload: any, bytes: Uint8Array}} photo @param {Array<[string, Blob | string]>} [extra] */
function photoForm({ payload, bytes }, extra = []) {
  const form = new FormData();
  form.append('submission', new Blob([JSON.stringify(payload)], { type: 'application/json' }));
  for (const attachment of payload.attachments) form.append(attachment.id, new Blob([bytes], { type: 'image/png' }), attachment.name);
  for (const [name, part] of extra) form.append(name, part);
  return form;
}

describe('reference intake under attack', () => {
  /** @type {Intake} */
  let intake;
  before(async () => (intake = await startIntake()));
  after(() => intake.close());

  describe('a key in progress (issue 13, item 3)', () => {
    it('answers a retry 409 with Retry-After while the first attempt stalls, and frees the key when its connection ends', async () => {
      const payload = payloadFor('Erika Hängt');
      const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': payload.submissionId };
      const first = stalledPost(intake.port, headers, JSON.stringify(payload));
      await pause(150);
      const retry = await intake.post(payload, headers);
      assert.equal(retry.status, 409);
      const wait = Number(retry.headers.get('Retry-After'));
      // About when the stalled attempt would be cut off (10 s idle), never "0" or missing.
      assert.ok(wait >= 1 && wait <= 10, `Retry-After ${retry.headers.get('Retry-After')}`);
      assertNothingStored(intake, payload.submissionId);
      first.socket.destroy();
      await first.answer;
      await pause(50);
      const again = await intake.post(payload, headers);
      assert.equal(again.status, 201);
      assert.equal(storedFor(intake, payload.submissionId).submissions.length, 1);
    });

    it('cuts off a body that sends nothing for the idle time with 408, which frees the key; the log has one line, no stack', async () => {
      const quick = await startIntake({ limits: { idleTimeoutMs: 300 } });
      try {
        const payload = payloadFor('Erika Halboffen');
        const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': payload.submissionId };
        const started = Date.now();
        const first = stalledPost(quick.port, headers, JSON.stringify(payload));
        const answer = await within(first.answer, 3000);
        assert.match(answer, /^HTTP\/1\.1 408 /u);
        assert.ok(Date.now() - started < 2000, `cut off after ${Date.now() - started} ms`);
        assert.equal((await quick.post(payload, headers)).status, 201);
        assert.equal(storedFor(quick, payload.submissionId).submissions.length, 1);
        const lines = quick.logs.filter((line) => line.includes(' 408 '));
        assert.equal(lines.length, 1, quick.logs.join('\n'));
        assert.doesNotMatch(String(lines[0]), /\n|\bat .*:\d+:\d+/u);
      } finally {
        await quick.close();
      }
    });
  });

  describe('reading needs the token (item 5)', () => {
    it('refuses the list and every file without "Authorization: Bearer <token>" (401), serves them with it', async () => {
      const photo = payloadWithPhoto();
      const created = await postForm(intake, photo.payload.submissionId, photoForm(photo));
      assert.equal(created.status, 201);
      const { reference } = await created.json();
      const id = photo.payload.attachments[0].id;
      const file = `/api/submissions/${reference}/attachments/${id}`;
      for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: `Basic ${intake.token}` }, { Authorization: `Bearer ${intake.token}x` }]) {
        for (const path of ['/api/submissions', `/api/submissions?submissionId=${photo.payload.submissionId}`, file]) {
          const refused = await intake.fetch(path, { headers });
          assert.equal(refused.status, 401, `${path} with ${JSON.stringify(headers)}`);
          assert.equal(refused.headers.get('WWW-Authenticate'), 'Bearer realm="antrag-intake"');
          assert.doesNotMatch(await refused.text(), /müll|Parkplatz/u);
        }
      }
      const [record] = await intake.recordsOf(photo.payload.submissionId);
      assert.equal(record.reference, reference);
      assert.deepEqual(new Uint8Array(await (await intake.download(reference, id)).arrayBuffer()), photo.bytes);
      // Reading across origins is never allowed: the preflight offers POST only.
      assert.equal((await intake.raw({ method: 'GET', path: '/api/jwks.json' })).status, 200, 'the public key stays public');
    });

    it('in demo mode reads from this computer only: not through a proxy, not under another host name, and never without demo mode', async () => {
      const demo = await startIntake({ readToken: undefined, readFromLoopback: true });
      const closed = await startIntake({ readToken: undefined });
      try {
        const payload = payloadFor('Erika Lokal');
        assert.equal((await demo.post(payload, { 'Idempotency-Key': payload.submissionId })).status, 201);
        const read = (/** @type {Intake} */ target, /** @type {Record<string, string>} */ headers = {}) =>
          target.raw({ method: 'GET', path: '/api/submissions', headers });
        const local = await read(demo);
        assert.equal(local.status, 200);
        assert.equal(JSON.parse(local.body ?? '[]')[0].submissionId, payload.submissionId);
        assert.equal((await read(demo, { 'X-Forwarded-For': '203.0.113.7' })).status, 401, 'through a proxy');
        assert.equal((await read(demo, { Forwarded: 'for=203.0.113.7' })).status, 401, 'through a proxy (RFC 7239)');
        assert.equal((await read(demo, { Host: `rebound.example:${demo.port}` })).status, 401, 'a DNS-rebinding page');
        assert.equal((await read(closed)).status, 401, 'neither token nor demo mode: nobody reads');
      } finally {
        await demo.close();
        await closed.close();
      }
    });

    it('a read token shorter than 32 characters is refused at start', async () => {
      await assert.rejects(startIntake({ readToken: 'geheim' }), /at least 32 characters/u);
    });
  });

  describe('attachments belong to their submission (item 6)', () => {
    it("keeps two submissions' files apart under the same id, each at its own submission's URL", async () => {
      const a = payloadWithPhoto();
      const id = a.payload.attachments[0].id;
      const b = payloadWithPhoto({ id, bytes: a.bytes.map((byte) => byte ^ 0xff) });
      const refA = (await (await postForm(intake, a.payload.submissionId, photoForm(a))).json()).reference;
      const createdB = await postForm(intake, b.payload.submissionId, photoForm(b));
      assert.equal(createdB.status, 201);
      const refB = (await createdB.json()).reference;
      assert.deepEqual(new Uint8Array(await (await intake.download(refA, id)).arrayBuffer()), a.bytes);
      assert.deepEqual(new Uint8Array(await (await intake.download(refB, id)).arrayBuffer()), b.bytes);
      assert.equal((await intake.fetch(`/api/attachments/${id}`, { headers: { Authorization: `Bearer ${intake.token}` } })).status, 404);
      assert.equal((await intake.download(refB, randomUUID())).status, 404);
      assert.deepEqual(storedFor(intake, b.payload.submissionId).attachments, [id]);
    });

    it('the same attachment id twice in one payload is a 422, and nothing is stored', async () => {
      const photo = payloadWithPhoto();
      const [attachment] = photo.payload.attachments;
      photo.payload.attachments.push({ ...attachment });
      photo.payload.data.fotos.push(attachment.id);
      const answer = await postForm(intake, photo.payload.submissionId, photoForm(photo));
      assert.equal(answer.status, 422);
      assert.deepEqual((await answer.json()).errors[0], { field: 'fotos', code: 'attachment', params: { duplicate: attachment.id } });
      assertNothingStored(intake, photo.payload.submissionId);
    });

    it('a part no attachment names, a text part, a second part for one file, or a file no answer names is a 422, and nothing is stored', async () => {
      const extraId = randomUUID();
      const unnamed = payloadWithPhoto();
      const text = payloadWithPhoto();
      const twice = payloadWithPhoto();
      const unanswered = payloadWithPhoto();
      unanswered.payload.data.fotos = [];
      delete unanswered.payload.data.fotos;
      // A part far larger than the file it claims to be: refused before it is hashed (or decrypted).
      const swollen = payloadWithPhoto();
      const swollenForm = new FormData();
      swollenForm.append('submission', new Blob([JSON.stringify(swollen.payload)], { type: 'application/json' }));
      swollenForm.append(swollen.payload.attachments[0].id, new Blob([new Uint8Array(200_000)], { type: 'image/png' }), 'müll.png');
      const cases = [
        [swollen, swollenForm],
        [unnamed, photoForm(unnamed, [[extraId, new Blob(['%PDF-1.7 untergeschoben'], { type: 'application/pdf' })]])],
        [text, photoForm(text, [['notiz', 'ein Textfeld']])],
        [twice, photoForm(twice, [[twice.payload.attachments[0].id, new Blob([twice.bytes], { type: 'image/png' })]])],
        [unanswered, photoForm(unanswered)],
      ];
      for (const [photo, form] of cases) {
        const answer = await postForm(intake, photo.payload.submissionId, form);
        assert.equal(answer.status, 422, JSON.stringify(await answer.clone().json()));
        assert.equal((await answer.json()).errors[0].code, 'attachment');
        assertNothingStored(intake, photo.payload.submissionId);
      }
    });
    it("holds every file to its question's limits: count, type and size (422, nothing stored)", async () => {
      const bytes = new Uint8Array(100);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      /** @param {number} count @param {Partial<{name: string, type: string, size: number}>} change */
      const photos = (count, change) => {
        const { payload } = payloadWithPhoto();
        payload.attachments = Array.from({ length: count }, () => ({ id: randomUUID(), field: 'fotos', name: 'a.png', type: 'image/png', size: 100, sha256, ...change }));
        payload.data.fotos = payload.attachments.map((/** @type {{id: string}} */ a) => a.id);
        return { payload, bytes };
      };
      /** @type {Array<[number, Partial<{name: string, type: string, size: number}>, string]>} */
      const cases = [
        [4, {}, 'maxFiles'],
        [1, { name: 'a.exe', type: 'application/x-msdownload' }, 'fileType'],
        [1, { size: 9 * 1024 * 1024 }, 'fileSize'],
      ];
      for (const [count, change, code] of cases) {
        const photo = photos(count, change);
        const answer = await postForm(intake, photo.payload.submissionId, photoForm(photo));
        assert.equal(answer.status, 422, code);
        assert.deepEqual(
          (await answer.json()).errors.map((/** @type {{code: string}} */ e) => e.code),
          [code],
        );
        assertNothingStored(intake, photo.payload.submissionId);
      }
    });
  });

  describe('strict payloads (item 7)', () => {
    it('refuses unknown top-level keys ("reference", "encrypted"), so the list shows only the server\'s own', async () => {
      for (const extra of [{ reference: 'FAKE-1' }, { encrypted: true }, { receivedAt: '2020-01-01T00:00:00.000Z' }, { extra: 1 }]) {
        const payload = { ...payloadFor('Erika Fälscht'), ...extra };
        const answer = await intake.post(payload, { 'Idempotency-Key': payload.submissionId });
        assert.equal(answer.status, 422, JSON.stringify(extra));
        assert.equal((await answer.json()).errors[0].code, 'unknownProperty');
        assertNothingStored(intake, payload.submissionId);
      }
      const honest = payloadFor('Erika Ehrlich');
      await intake.post(honest, { 'Idempotency-Key': honest.submissionId });
      const [record] = await intake.recordsOf(honest.submissionId);
      assert.match(record.reference, /^VPA-\d{4}-\d{6}$/u);
      assert.equal(record.encrypted, false);
      assert.equal(JSON.parse(storedFor(intake, honest.submissionId).submissions[0]?.payload ?? '{}').reference, undefined);
    });

    it('checks submittedAt, language (one of the form\'s), form, computed and breakdown', async () => {
      const wrong = [
        { submittedAt: 'gestern' },
        { submittedAt: '2026-13-45T99:00:00Z' },
        { language: '<script>' },
        { language: 'de_DE' },
        { language: `de-${'x'.repeat(40)}` },
        { language: 7 },
        // Well-formed, but not a language of the form: the assistant sends the one whose texts it showed.
        { language: 'fr' },
        { language: 'de-DE' },
        { language: 'ar' },
        { form: { id: 'verbrennung-pflanzlicher-abfaelle', version: '1.0.0', signed: true } },
        { computed: { gebuehr: 12 } },
        { breakdown: { gebuehr: [{ id: 'x', label: 'y', value: 1 }] } },
        { breakdown: [] },
        { attachments: [{ id: randomUUID(), field: 'name', name: 'a', type: 'b', size: 1, sha256: '0'.repeat(64), url: 'x' }] },
      ];
      for (const change of wrong) {
        const payload = { ...payloadFor('Erika Formlos'), ...change };
        const answer = await intake.post(payload, { 'Idempotency-Key': payload.submissionId });
        assert.equal(answer.status, 422, JSON.stringify(change));
        assertNothingStored(intake, payload.submissionId);
      }
      for (const language of ['de', 'en']) {
        const payload = { ...payloadFor('Erika Regional'), language };
        assert.equal((await intake.post(payload, { 'Idempotency-Key': payload.submissionId })).status, 201, language);
      }
    });
  });

  describe('cheap checks first (item 8)', () => {
    it('refuses thousands of encrypted parts for an unknown form, or more parts than the form holds, without decrypting one', async () => {
      // Parts sealed to another key: had the intake decrypted any, it would answer 400, not 422.
      const { publicKey } = await generateKeyPair('RSA-OAEP-256', { extractable: true });
      const foreign = await importJWK(await exportJWK(publicKey), 'RSA-OAEP-256');
      const sealed = await new CompactEncrypt(new Uint8Array(64)).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }).encrypt(foreign);
      // Written by hand: FormData takes seconds to serialise thousands of parts.
      const flood = (/** @type {string} */ formId, /** @type {number} */ count) => {
        const payload = { ...payloadFor('Erika Flut'), form: { id: formId, version: '1.0.0' } };
        const part = (/** @type {string} */ name, /** @type {string} */ type, /** @type {string} */ body) =>
          `--flut\r\nContent-Disposition: form-data; name="${name}"; filename="blob"\r\nContent-Type: ${type}\r\n\r\n${body}\r\n`;
        let body = part('submission', 'application/json', JSON.stringify(payload));
        for (let i = 0; i < count; i++) body += part(randomUUID(), 'application/jose', sealed);
        /** @param {Intake} target */
        const send = (target) =>
          target.raw({
            method: 'POST',
            path: '/api/submissions',
            headers: { 'Content-Type': 'multipart/form-data; boundary=flut', 'Idempotency-Key': payload.submissionId },
            body: `${body}--flut--\r\n`,
          });
        return { payload, send };
      };
      const unknown = flood('gibt-es-nicht', 3000);
      const started = Date.now();
      const answer = await unknown.send(intake);
      const elapsed = Date.now() - started;
      assert.equal(answer.status, 422);
      assert.equal(JSON.parse(answer.body ?? '{}').errors[0].code, 'maxFiles');
      // Parsing 3,000 parts alone took about 2 s, decrypting them 2 s more; counting them takes milliseconds.
      assert.ok(elapsed < 1500, `${elapsed} ms`);
      for (const [formId, count, error] of [['gibt-es-nicht', 2, /Unknown form/u], ['maengelmelder', 4, /maxFiles/u]]) {
        const few = flood(String(formId), Number(count));
        const refused = await few.send(intake);
        assert.equal(refused.status, 422, `${formId} with ${count} parts`);
        assert.match(String(refused.body), /** @type {RegExp} */ (error));
        assertNothingStored(intake, few.payload.submissionId);
      }
      assertNothingStored(intake, unknown.payload.submissionId);
      console.log(`# 3,000 sealed parts refused in ${elapsed} ms`);
    });

    it('refuses a repeat far over its max by counting, before any item is validated', async () => {
      const hunde = Array.from({ length: 9000 }, (_, i) => ({ name: `Hund ${i}`, unbekannt: true }));
      const payload = {
        submissionId: randomUUID(),
        form: { id: 'hundesteuer-anmeldung', version: JSON.parse(readFileSync(join(repositoryRoot, 'demo/forms/hundesteuer-anmeldung.json'), 'utf8')).version },
        submittedAt: new Date().toISOString(),
        language: 'de',
        data: { hunde },
        computed: {},
        breakdown: {},
        attachments: [],
      };
      const started = Date.now();
      const answer = await intake.post(payload, { 'Idempotency-Key': payload.submissionId });
      const elapsed = Date.now() - started;
      assert.equal(answer.status, 422);
      // Only the count: the 9,000 items (each with an unknown key) were never walked.
      assert.deepEqual((await answer.json()).errors, [{ field: 'hunde', code: 'maxItems', params: { max: 5 } }]);
      assertNothingStored(intake, payload.submissionId);
      console.log(`# a 9,000-item repeat refused in ${elapsed} ms`);
    });

    it('caps submissions received at once: one more gets 503 with Retry-After and is not stored; later it is', async () => {
      const busy = await startIntake({ limits: { maxConcurrent: 2 } });
      try {
        const holders = [payloadFor('Erika Eins'), payloadFor('Erika Zwei')].map((payload) =>
          stalledPost(busy.port, { 'Content-Type': 'application/json', 'Idempotency-Key': payload.submissionId }, JSON.stringify(payload)),
        );
        await pause(150);
        const payload = payloadFor('Erika Drei');
        const refused = await busy.post(payload, { 'Idempotency-Key': payload.submissionId });
        assert.deepEqual([refused.status, refused.headers.get('Retry-After')], [503, '5']);
        assertNothingStored(busy, payload.submissionId);
        for (const holder of holders) holder.socket.destroy();
        await Promise.all(holders.map((holder) => holder.answer));
        await pause(50);
        assert.equal((await busy.post(payload, { 'Idempotency-Key': payload.submissionId })).status, 201);
        assert.equal(storedFor(busy, payload.submissionId).submissions.length, 1);
      } finally {
        await busy.close();
      }
    });

    it('caps the bytes held at once (503), and refuses a declared body over the limit before reading it (413)', async () => {
      const small = await startIntake({ limits: { maxBufferedBytes: 100_000 } });
      try {
        const big = payloadFor('Erika Groß');
        const padded = JSON.stringify({ ...big, data: { ...big.data, anschrift: 'x'.repeat(90_000) } });
        const holder = stalledPost(small.port, { 'Content-Type': 'application/json', 'Idempotency-Key': big.submissionId }, padded, 1000);
        await pause(150);
        const next = payloadFor('Erika Danach');
        const refused = await small.post(`${JSON.stringify(next)}${' '.repeat(20_000)}`, { 'Idempotency-Key': next.submissionId });
        assert.deepEqual([refused.status, refused.headers.get('Retry-After')], [503, '5']);
        assertNothingStored(small, next.submissionId);
        holder.socket.destroy();
        // Two gigabytes announced, none sent: the answer comes at once, not after the body.
        const huge = stalledPost(
          small.port,
          { 'Content-Type': 'multipart/form-data; boundary=x', 'Idempotency-Key': randomUUID(), 'Content-Length': String(2 ** 31) },
          '',
        );
        assert.match(await within(huge.answer, 3000), /^HTTP\/1\.1 413 /u);
      } finally {
        await small.close();
      }
    });
  });

  describe('parser edges (item 9)', () => {
    it('answers JSON nested 100,000 deep with 400 (not a 500 the client retries), and stores nothing', async () => {
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      for (const where of ['"computed":{}', '"breakdown":{}']) {
        const payload = payloadFor('Erika Tief');
        const body = JSON.stringify(payload).replace(where, `${where.split(':')[0]}:${deep}`);
        const answer = await intake.post(body, { 'Idempotency-Key': payload.submissionId });
        assert.equal(answer.status, 400, where);
        assert.match((await answer.json()).error, /deeper than 32/u);
        assertNothingStored(intake, payload.submissionId);
      }
    });

    it('sends nosniff, Referrer-Policy and a CSP with every answer of the intake', async () => {
      const payload = payloadFor('Erika Kopf');
      const answers = [
        await intake.raw({ method: 'GET', path: '/api/jwks.json' }),
        await intake.raw({ method: 'GET', path: '/api/submissions' }),
        await intake.raw({ method: 'POST', path: '/api/submissions', headers: { 'Content-Type': 'text/plain' }, body: 'x' }),
        await intake.raw({ method: 'GET', path: '/api/nothing' }),
        await intake.raw({
          method: 'POST',
          path: '/api/submissions',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.submissionId },
          body: JSON.stringify(payload),
        }),
      ];
      assert.deepEqual(
        answers.map((a) => a.status),
        [200, 401, 415, 404, 201],
      );
      for (const answer of answers) {
        assert.equal(answer.headers?.['x-content-type-options'], 'nosniff');
        assert.equal(answer.headers?.['referrer-policy'], 'no-referrer');
        assert.match(String(answer.headers?.['content-security-policy']), /frame-ancestors 'none'/u);
      }
    });
  });
});

describe('demo server under attack', () => {
  /** @type {import('node:http').Server} */
  let server;
  /** @type {number} */
  let port;
  /** A folder next to dist/ whose name starts like it: `startsWith(dist)` without a separator served it. */
  const sibling = mkdtempSync(join(repositoryRoot, 'dist-'));
  writeFileSync(join(sibling, 'secret.txt'), 'geheim');
  before(async () => {
    server = await demoServer.startDemoServer({ port: 0, dbPath: join(mkdtempSync(join(tmpdir(), 'antrag-demo-')), 'demo.sqlite'), env: {} });
    port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  });
  after(async () => {
    rmSync(sibling, { recursive: true, force: true });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('serves nothing outside its folders (an encoded "../" into a sibling) and answers a broken escape 400', async () => {
    const name = basename(sibling);
    for (const path of [`/dist/..%2f${name}/secret.txt`, `/dist/..%2F${name}%2Fsecret.txt`, `/forms/..%2f..%2f${name}/secret.txt`]) {
      const answer = await rawRequest(port, { method: 'GET', path });
      assert.equal(answer.status, 404, path);
      assert.notEqual(answer.body, 'geheim');
    }
    assert.equal((await rawRequest(port, { method: 'GET', path: '/%E0%A4%A' })).status, 400);
    assert.equal((await rawRequest(port, { method: 'GET', path: '/dist/%00.js' })).status, 400);
    assert.equal((await rawRequest(port, { method: 'GET', path: '/dist/core.js' })).status, 200, 'its own files it serves');
  });

  it('sends nosniff, Referrer-Policy and frame-ancestors with pages, files, errors and the intake', async () => {
    const paths = ['/', '/dist/core.js', '/nichts', '/%E0%A4%A', '/api/submissions', '/api/jwks.json'];
    const answers = await Promise.all(paths.map((path) => rawRequest(port, { method: 'GET', path })));
    assert.deepEqual(
      answers.map((a) => a.status),
      [200, 200, 404, 400, 200, 200],
    );
    answers.forEach((answer, i) => {
      assert.equal(answer.headers?.['x-content-type-options'], 'nosniff', paths[i]);
      assert.equal(answer.headers?.['referrer-policy'], 'no-referrer', paths[i]);
      // The demo's own pages may be framed by the demo itself (its preview frame), by no other site; the intake by none.
      const framing = paths[i]?.startsWith('/api/') ? /frame-ancestors 'none'/u : /frame-ancestors 'self'(;|$)/u;
      assert.match(String(answer.headers?.['content-security-policy']), framing, paths[i]);
    });
  });

  it('does not start with NODE_ENV=production and no ANTRAG_INTAKE_TOKEN, and says at start how reading works', async () => {
    /** @param {Record<string, string>} env */
    const run = (env) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['demo/server.mjs'], {
          cwd: repositoryRoot,
          env: { PATH: process.env.PATH, PORT: '0', ANTRAG_DB: join(mkdtempSync(join(tmpdir(), 'antrag-demo-')), 'd.sqlite'), ...env },
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          // Started: what it printed is all this test needs.
          if (out.includes('Limits:')) child.kill();
        });
        child.stderr.on('data', (chunk) => (err += chunk));
        const timer = setTimeout(() => child.kill(), 8000);
        child.on('exit', (code) => (clearTimeout(timer), resolve({ code, out, err })));
      });
    const production = /** @type {{code: number | null, out: string, err: string}} */ (await run({ NODE_ENV: 'production' }));
    assert.equal(production.code, 1, production.out);
    assert.match(production.err, /NODE_ENV=production needs ANTRAG_INTAKE_TOKEN/u);
    assert.doesNotMatch(production.err, /\n\s+at /u, 'a message, not a stack');
    const demo = /** @type {{out: string}} */ (await run({}));
    assert.match(demo.out, /readable from this computer only/u);
    assert.match(demo.out, /Limits: 1 MiB per JSON submission, 64 MiB with files/u);
    const token = createHash('sha256').update('test').digest('hex');
    assert.match(demoServer.startupMessage('http://127.0.0.1:1', { NODE_ENV: 'production', ANTRAG_INTAKE_TOKEN: token }), /Authorization: Bearer \$ANTRAG_INTAKE_TOKEN/u);
    assert.throws(() => demoServer.startupMessage('http://127.0.0.1:1', { ANTRAG_INTAKE_TOKEN: 'kurz' }), /at least 32 characters/u);
  });
});
