// @ts-check
/**
 * The reference intake: receives submissions, re-validates them with the same rules the browser used
 * (`validateSubmission` from antrag/core), stores them in a SQLite file and answers with a reference number.
 * Idempotent on the `Idempotency-Key` header (IETF draft): a retried submission never creates a second record.
 * Decrypts JWE submissions with its private key. Reading what was received needs the read token (or, in demo
 * mode, a request from this computer). Cheap checks (form, counts, sizes) run before costly ones (decrypting,
 * deep validation); concurrent requests and the bytes they hold are capped. It has no test mode: fault
 * injection for the tests wraps it from outside (test/support/intake-with-faults.mjs, through the
 * `aroundReceive` seam the demo never sets).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDefinition, validateSubmission } from '../dist/core.js';
import { checkEnvelope, checkParts, checkReferences, fileCapacity, parseJson } from './intake-checks.mjs';
import { createDecrypter, DecryptionError } from './intake-crypto.mjs';
import { API_HEADERS, cors, drain, readAccess, readBody, send } from './intake-http.mjs';
import { openStore } from './intake-store.mjs';

/** The limits a municipality may tune; these defaults are what `npm run demo` uses. */
export const DEFAULT_LIMITS = {
  /** A submission without files. */
  maxJsonBytes: 1024 * 1024,
  /** A submission with files: a few scans or photos of up to 10 MB each (as JWE a third more). */
  maxMultipartBytes: 64 * 1024 * 1024,
  /** Submissions being received at once; one more gets 503 with Retry-After. */
  maxConcurrent: 8,
  /** Bytes those may hold together (by their Content-Length, else their limit); beyond, 503 with Retry-After. */
  maxBufferedBytes: 128 * 1024 * 1024,
  /** A body that sends nothing for this long gets 408 and frees its Idempotency-Key. */
  idleTimeoutMs: 10_000,
};
/** Seconds a refused request is asked to wait when the intake is busy. */
const BUSY_RETRY_AFTER = '5';

/** @typedef {import('./intake-http.mjs').Answer} Answer */
/**
 * A submission as read: the JSON text (decrypted where it was encrypted), the file parts as they came.
 * @typedef {{raw: string, parts: Array<[string, FormDataEntryValue]>, encrypted: boolean}} Received
 */
/**
 * A seam for tests, left unset in production: it runs in place of reading, checking and storing a POSTed
 * submission, once its Idempotency-Key is claimed (a duplicate meanwhile gets 409). It calls `receive()` to
 * do that work, and returns the answer to send, or undefined when it has ended the connection itself.
 * @typedef {(req: import('node:http').IncomingMessage, receive: () => Promise<Answer>) => Promise<Answer | undefined>} AroundReceive
 */
/** A claimed Idempotency-Key: since when its body last made progress, and whether it is still arriving. @typedef {{progressAt: number, reading: boolean}} Claim */

/** @type {Answer} */
const NO_KEY = {
  status: 415,
  body: { error: 'This intake has no private key, so it cannot accept encrypted (application/jose) submissions.' },
};

/**
 * @param {{ dbPath: string, formsDir: string, corsOrigins?: string[], privateKey?: import('jose').JWK,
 *   readToken?: string, readFromLoopback?: boolean, limits?: Partial<typeof DEFAULT_LIMITS>,
 *   log?: (line: string) => void, aroundReceive?: AroundReceive }} options
 *   corsOrigins: origins allowed to post from other sites; privateKey: private RSA JWK for `application/jose`;
 *   readToken: the bearer token for reading (32 characters or more); readFromLoopback: without a token, let
 *   requests from this computer read (demo mode only); limits: see {@link DEFAULT_LIMITS}; log: one line per
 *   refused request (no stack, no personal data); aroundReceive: the test seam above (the demo never sets it).
 */
export function createIntake({
  dbPath,
  formsDir,
  corsOrigins = [],
  privateKey,
  readToken,
  readFromLoopback = false,
  limits: tuned = {},
  log = (line) => console.warn(line),
  aroundReceive,
}) {
  const limits = { ...DEFAULT_LIMITS, ...tuned };
  const mayRead = readAccess({ token: readToken, loopback: readFromLoopback });
  const db = openStore(dbPath);
  const definitions = loadDefinitions(formsDir);
  const decrypter = privateKey ? createDecrypter(privateKey) : undefined;
  /** No form takes more parts than this: its files and the submission. */
  const maxParts = 1 + Math.max(0, ...[...definitions.values()].map(fileCapacity));
  /** Keys of requests being processed: a concurrent duplicate gets 409 (IETF Idempotency-Key draft). @type {Map<string, Claim>} */
  const claims = new Map();
  let active = 0;
  let buffered = 0;

  /**
   * Handles everything under `/api/` (unknown paths: 404); returns false for any other path.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (!path.startsWith('/api/')) return false;
    for (const [name, value] of Object.entries(API_HEADERS)) res.setHeader(name, value);
    if (cors(req, res, corsOrigins)) return true;
    const attachment = /^\/api\/submissions\/([A-Z0-9]{1,8}-\d{4}-\d{6})\/attachments\/([0-9a-f-]{36})$/u.exec(path);
    const reading = req.method === 'GET' && (path === '/api/submissions' || attachment !== null);
    if (reading && !mayRead(req)) refuseReading(req, res);
    else if (path === '/api/jwks.json' && req.method === 'GET') await sendJwks(res);
    else if (attachment && req.method === 'GET') sendAttachment(res, String(attachment[1]), String(attachment[2]));
    else if (path === '/api/submissions' && req.method === 'GET') send(res, 200, db.list(url.searchParams.get('submissionId')));
    else if (path === '/api/submissions' && req.method === 'POST') await post(req, res);
    else if (path === '/api/submissions') send(res, 405, { error: 'Use GET or POST.' }, { Allow: 'GET, POST' });
    else send(res, 404, { error: 'Nothing here.' });
    return true;
  }

  /** 401, with what reading needs. @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  function refuseReading(req, res) {
    const error = readToken
      ? 'Reading submissions needs "Authorization: Bearer <token>" with the token in ANTRAG_INTAKE_TOKEN.'
      : readFromLoopback
        ? 'Without ANTRAG_INTAKE_TOKEN, submissions can be read only from this computer (127.0.0.1), not through a proxy.'
        : 'This intake has no read token (ANTRAG_INTAKE_TOKEN), so nobody can read submissions over HTTP.';
    log(`antrag intake: 401 ${req.method} ${new URL(req.url ?? '/', 'http://localhost').pathname}: reading refused`);
    send(res, 401, { error }, { 'WWW-Authenticate': 'Bearer realm="antrag-intake"' });
  }

  /** The public half of the intake's key, for assistants with `encryption-key`. @param {import('node:http').ServerResponse} res */
  async function sendJwks(res) {
    if (decrypter) send(res, 200, (await decrypter).jwks);
    else send(res, 404, { error: 'This intake has no encryption key.' });
  }

  /** @param {import('node:http').ServerResponse} res @param {string} reference @param {string} id */
  function sendAttachment(res, reference, id) {
    const row = db.attachment(reference, id);
    if (!row) return send(res, 404, { error: 'No such attachment in this submission.' });
    // A download, never rendered: the bytes are whatever a citizen uploaded.
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`,
      'Cache-Control': 'no-store',
    });
    res.end(row.content);
  }

  /**
   * A submission, answered once it is read, checked and stored (or refused). The key is claimed until the
   * answer is out or the connection ends; a body that stalls is cut off after the idle time.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   */
  async function post(req, res) {
    const answer = await admit(req, res);
    if (!answer) return;
    if (answer.status >= 400) log(`antrag intake: ${answer.status} POST /api/submissions: ${reasonOf(answer.body)}`);
    send(res, answer.status, answer.body, answer.headers);
  }

  /**
   * Claims the key and a place among the requests being received, then receives. Returns the answer to send
   * (which goes nowhere when the client is gone), or undefined when the test seam ended the connection.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @returns {Promise<Answer | undefined>}
   */
  async function admit(req, res) {
    const header = req.headers['idempotency-key'];
    // Without a key (or with a malformed one) nothing is claimed; the submission is refused once read (400).
    const key = typeof header === 'string' && /^[0-9a-f-]{36}$/u.test(header) ? header : undefined;
    const earlier = key && claims.get(key);
    if (earlier) {
      // The client retries after Retry-After: about when a stalled first attempt would be cut off.
      const wait = earlier.reading ? Math.ceil((earlier.progressAt + limits.idleTimeoutMs - Date.now()) / 1000) : 1;
      await drain(req, limits.idleTimeoutMs);
      const error = 'A request with this Idempotency-Key is still being processed.';
      return { status: 409, body: { error }, headers: { 'Retry-After': String(Math.max(1, wait)) } };
    }
    const declared = Number(req.headers['content-length']);
    // Refused before a byte of the body is read, and before it takes a place.
    if (declared > limitFor(req)) return tooLarge(limitFor(req));
    const reserve = Math.min(Number.isSafeInteger(declared) && declared >= 0 ? declared : Infinity, limitFor(req));
    if (active >= limits.maxConcurrent || buffered + reserve > limits.maxBufferedBytes) {
      // Not read: the point is not to hold another large body now.
      const error = 'The intake is busy; please send again in a moment.';
      return { status: 503, body: { error }, headers: { 'Retry-After': BUSY_RETRY_AFTER, Connection: 'close' } };
    }
    /** @type {Claim} */
    const claim = { progressAt: Date.now(), reading: true };
    if (key) claims.set(key, claim);
    active += 1;
    buffered += reserve;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      if (key && claims.get(key) === claim) claims.delete(key);
      active -= 1;
      buffered -= reserve;
    };
    // The connection ending (the client gave up, or the answer went out) frees the key at once.
    res.once('close', release);
    try {
      const progress = (/** @type {boolean} */ reading) => Object.assign(claim, { progressAt: Date.now(), reading });
      const work = () => receive(req, String(header ?? ''), progress);
      const answer = await (aroundReceive ? aroundReceive(req, work) : work());
      // Without an answer the seam has ended the connection itself (a test's dropped connection).
      return answer;
    } finally {
      release();
    }
  }

  /**
   * Reads, checks and stores one submission; a JWE that cannot be read is the client's fault (400).
   * @param {import('node:http').IncomingMessage} req @param {string} key @param {(reading: boolean) => void} progress
   * @returns {Promise<Answer>}
   */
  async function receive(req, key, progress) {
    try {
      const read = await readSubmission(req, progress);
      progress(false);
      return 'status' in read ? read : await accept(key, read);
    } catch (error) {
      if (error instanceof DecryptionError) return { status: 400, body: { error: error.message } };
      throw error;
    }
  }

  /** The largest body of this request's content type. @param {import('node:http').IncomingMessage} req */
  function limitFor(req) {
    return String(req.headers['content-type'] ?? '').startsWith('multipart/form-data') ? limits.maxMultipartBytes : limits.maxJsonBytes;
  }

  /** @param {string} jwe */
  async function decrypt(jwe) {
    if (!decrypter) throw new Error('decrypt() without a key: readSubmission answers 415 first.');
    return Buffer.from(await (await decrypter).decrypt(jwe));
  }

  /**
   * The submission JSON text (decrypted where it came as JWE) and the file parts, still as they came.
   * @param {import('node:http').IncomingMessage} req @param {(reading: boolean) => void} progress
   * @returns {Promise<Answer | Received>}
   */
  async function readSubmission(req, progress) {
    const contentType = String(req.headers['content-type'] ?? '');
    const multipart = contentType.startsWith('multipart/form-data');
    const jose = contentType.startsWith('application/jose');
    if (!multipart && !jose && !contentType.startsWith('application/json')) {
      const error =
        'Send the submission as application/json (or application/jose, encrypted), or as multipart/form-data when it has attachments.';
      return { status: 415, body: { error } };
    }
    if (jose && !decrypter) return NO_KEY;
    const limit = limitFor(req);
    const read = await readBody(req, limit, limits.idleTimeoutMs, () => progress(true));
    if ('fault' in read) {
      if (read.fault === 'tooLarge') return tooLarge(limit);
      const error =
        read.fault === 'stalled'
          ? `No part of the body arrived for ${limits.idleTimeoutMs / 1000} s; send it again.`
          : 'The connection closed before the body arrived.';
      return { status: 408, body: { error }, headers: { Connection: 'close' } };
    }
    if (multipart) return readMultipart(contentType, read.bytes);
    const raw = jose ? (await decrypt(read.bytes.toString('utf8'))).toString('utf8') : read.bytes.toString('utf8');
    return { raw, parts: [], encrypted: jose };
  }

  /**
   * Part `submission` (decrypted here) plus one part per attachment id, decrypted only once checked. Each part
   * is encrypted or not by its own content type: `application/jose` holds a JWE compact string.
   * @param {string} contentType @param {Buffer} bytes @returns {Promise<Answer | Received>}
   */
  async function readMultipart(contentType, bytes) {
    // Counted before parsing: Node's multipart parser takes about 2 s for 3,000 parts.
    const count = countParts(contentType, bytes);
    if (count === undefined) return { status: 400, body: { error: 'The multipart body has no boundary.' } };
    if (count > maxParts) return refuse([{ field: '', code: 'maxFiles', params: { max: maxParts - 1 } }], `More than ${maxParts} parts.`);
    let form;
    try {
      // Node's own fetch implementation parses multipart bodies; no extra parser needed. (The buffer's
      // memory is a plain ArrayBuffer, never shared, which is all the cast claims.)
      const body = /** @type {Uint8Array<ArrayBuffer>} */ (bytes);
      form = await new Request('http://intake.local/', { method: 'POST', headers: { 'content-type': contentType }, body }).formData();
    } catch {
      return { status: 400, body: { error: 'The multipart body could not be read.' } };
    }
    const [submission, ...more] = form.getAll('submission');
    if (!(submission instanceof Blob) || more.length > 0)
      return { status: 400, body: { error: 'The multipart body must have exactly one "submission" part.' } };
    const parts = [...form].filter(([name]) => name !== 'submission');
    const sealed = (/** @type {FormDataEntryValue} */ part) => part instanceof Blob && part.type.startsWith('application/jose');
    if (!decrypter && [submission, ...parts.map(([, part]) => part)].some(sealed)) return NO_KEY;
    const text = sealed(submission) ? (await decrypt(await submission.text())).toString('utf8') : await submission.text();
    return { raw: text, parts, encrypted: sealed(submission) };
  }

  /**
   * Checks cheap things first (JSON depth, key, form, envelope, counts, parts), then re-validates with the
   * form's rules, then decrypts and checks every file against what the payload claims, and stores.
   * @param {string} key @param {Received} received @returns {Promise<Answer>}
   */
  async function accept(key, { raw, parts, encrypted }) {
    const parsed = parseJson(raw);
    if ('error' in parsed) return { status: 400, body: { error: parsed.error } };
    const payload = /** @type {any} */ (parsed.value);
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
      return { status: 400, body: { error: 'The submission must be a JSON object.' } };
    if (key !== payload.submissionId) return { status: 400, body: { error: 'The Idempotency-Key header must equal the submissionId.' } };
    const definition = typeof payload.form?.id === 'string' ? definitions.get(payload.form.id) : undefined;
    if (!definition) return refuse([], `Unknown form ${JSON.stringify(String(payload.form?.id).slice(0, 60))}.`);
    const envelope = checkEnvelope(payload, definition);
    if (envelope.length > 0) return refuse(envelope);
    if (parts.length > fileCapacity(definition)) return refuse([{ field: '', code: 'maxFiles', params: { max: fileCapacity(definition) } }]);
    const partProblems = checkParts(parts, payload.attachments ?? []);
    if (partProblems.length > 0) return refuse(partProblems);
    const { ok, issues } = validateSubmission(definition, payload);
    if (!ok)
      return refuse(issues.map((issue) => ({ field: issue.fieldId ?? '', code: issue.code, ...(issue.params && { params: issue.params }) })));
    const unreferenced = checkReferences(payload, definition);
    if (unreferenced.length > 0) return refuse(unreferenced);
    // Every attachment the payload describes must arrive, with exactly the size and SHA-256 it claims.
    const byName = new Map(parts);
    /** @type {Map<string, Buffer>} */
    const files = new Map();
    const attachmentErrors = [];
    for (const attachment of payload.attachments ?? []) {
      const part = byName.get(attachment.id);
      const content = part instanceof Blob ? await open(part) : undefined;
      const hash = content && createHash('sha256').update(content).digest('hex');
      if (!content || content.length !== attachment.size || hash !== attachment.sha256)
        attachmentErrors.push({ field: attachment.field, code: 'attachment' });
      else files.set(attachment.id, content);
    }
    if (attachmentErrors.length > 0) return refuse(attachmentErrors);
    // The hash is of the decrypted submission, so a retry encrypted anew is still the same submission.
    return db.store({ key, hash: createHash('sha256').update(raw).digest('hex'), payload, files, encrypted });
  }

  /** A file part's bytes, decrypted when it came as JWE. @param {Blob} part */
  async function open(part) {
    return part.type.startsWith('application/jose') ? decrypt(await part.text()) : Buffer.from(await part.arrayBuffer());
  }

  return { handle, close: () => db.close(), definitions };
}

/**
 * How many parts a multipart body has, by its boundary lines (undefined without a boundary); cheap, before any
 * parsing.
 * @param {string} contentType @param {Buffer} bytes
 */
function countParts(contentType, bytes) {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/iu.exec(contentType);
  const delimiter = boundary?.[1] ?? boundary?.[2];
  if (!delimiter) return undefined;
  const line = Buffer.from(`--${delimiter}`);
  let count = 0;
  for (let at = bytes.indexOf(line); at !== -1; at = bytes.indexOf(line, at + line.length)) count++;
  // The last delimiter closes the body.
  return Math.max(0, count - 1);
}

/** @param {number} limit @returns {Answer} */
function tooLarge(limit) {
  return { status: 413, body: { error: `The submission is larger than ${limit} bytes.` }, headers: { Connection: 'close' } };
}

/**
 * A 422: the problems (at most 50 listed) and one line saying what they are.
 * @param {Array<{field: string, code: string, params?: unknown}>} problems @param {string} [error] @returns {Answer}
 */
function refuse(problems, error) {
  const listed = problems.slice(0, 50);
  const summary = listed.slice(0, 3).map((p) => `${p.field || 'payload'}: ${p.code}`).join(', ');
  return { status: 422, body: { errors: listed, error: error ?? `The submission was not accepted (${summary}${problems.length > 3 ? ', …' : ''}).` } };
}

/** A refusal's reason for the log: its error text, one line, no payload contents. @param {unknown} body */
function reasonOf(body) {
  const error = typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : '';
  return JSON.stringify(error.slice(0, 200));
}

/** @param {string} formsDir */
function loadDefinitions(formsDir) {
  const definitions = new Map();
  for (const file of readdirSync(formsDir).filter((f) => f.endsWith('.json'))) {
    const result = parseDefinition(readFileSync(join(formsDir, file), 'utf8'));
    if (!result.ok) throw new Error(`${file}: ${result.issues.map((i) => `${i.pointer} ${i.message}`).join('; ')}`);
    definitions.set(result.definition.id, result.definition);
  }
  return definitions;
}
