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
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDefinition } from '../dist/core.js';
import { createDecrypter } from './intake-crypto.mjs';
import { API_HEADERS, cors, drain, readAccess, send } from './intake-http.mjs';
import { createReceiver, tooLarge } from './intake-receive.mjs';
import { openStore } from './intake-store.mjs';
import { createFeedback } from './payment/intake-feedback.mjs';
import { createPayments } from './payment/intake-payments.mjs';

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
 * A seam for tests, left unset in production: it runs in place of reading, checking and storing a POSTed
 * submission, once its Idempotency-Key is claimed (a duplicate meanwhile gets 409). It calls `receive()` to
 * do that work, and returns the answer to send, or undefined when it has ended the connection itself.
 * @typedef {(req: import('node:http').IncomingMessage, receive: () => Promise<Answer>) => Promise<Answer | undefined>} AroundReceive
 */
/** A claimed Idempotency-Key: since when its body last made progress, and whether it is still arriving. @typedef {{progressAt: number, reading: boolean}} Claim */

/**
 * @param {{ dbPath: string, formsDir: string, corsOrigins?: string[], privateKey?: import('jose').JWK,
 *   readToken?: string, readFromLoopback?: boolean, limits?: Partial<typeof DEFAULT_LIMITS>,
 *   log?: (line: string) => void, aroundReceive?: AroundReceive,
 *   paymentClient?: ReturnType<typeof import('./payment/xbezahldienste-client.mjs').createXBezahldiensteClient> }} options
 *   corsOrigins: origins allowed to post from other sites; privateKey: private RSA JWK for `application/jose`;
 *   readToken: the bearer token for reading (32 characters or more); readFromLoopback: without a token, let
 *   requests from this computer read (demo mode only); limits: see {@link DEFAULT_LIMITS}; log: one line per
 *   refused request (no stack, no personal data); aroundReceive: the test seam above (the demo never sets it);
 *   paymentClient: an XBezahldienste provider for forms with a `payment` section (demo/payment/, docs/payment.md).
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
  paymentClient,
}) {
  const limits = { ...DEFAULT_LIMITS, ...tuned };
  const mayRead = readAccess({ token: readToken, loopback: readFromLoopback });
  const db = openStore(dbPath);
  const definitions = loadDefinitions(formsDir);
  const decrypter = privateKey ? createDecrypter(privateKey) : undefined;
  const payments = createPayments({ dbPath, client: paymentClient, returnOrigins: () => corsOrigins, log });
  const feedback = createFeedback({ dbPath, definitions, mayRead, refuseReading: (req, res) => refuseReading(req, res) });
  // A payable submission's answer carries its payment (the same on every replay of its key).
  const store = (/** @type {Parameters<typeof db.store>[0]} */ record) =>
    payments.attach(db.store(record), record, definitions.get(record.payload.form.id));
  const { receive, limitFor } = createReceiver({ definitions, decrypter, limits, store });
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
    else if (await payments.handle(req, res, url)) return true;
    else if (await feedback.handle(req, res, url)) return true;
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

  const close = () => {
    payments.close();
    feedback.close();
    db.close();
  };
  return { handle, close, definitions };
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
