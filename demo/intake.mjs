// @ts-check
/**
 * The reference intake: receives submissions, re-validates them with the same rules the browser used
 * (`validateSubmission` from antrag/core), stores them in a SQLite file and answers with a reference number.
 * Idempotent on the `Idempotency-Key` header (IETF draft): a retried submission never creates a second record.
 * Decrypts JWE submissions with its private key. It has no test mode: fault injection for the tests wraps it
 * from outside (test/support/intake-with-faults.mjs, through the `aroundReceive` seam the demo never sets).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { parseDefinition, validateSubmission } from '../dist/core.js';
import { createDecrypter, DecryptionError } from './intake-crypto.mjs';

const MAX_BODY_BYTES = 1024 * 1024;
/** Submissions with files: a few scans or photos of up to 10 MB each. */
const MAX_MULTIPART_BYTES = 64 * 1024 * 1024;

/** What the intake answers. @typedef {{status: number, body: unknown, headers?: Record<string, string>}} Answer */
/** A submission as read, decrypted where it was encrypted. @typedef {{raw: string, files: Map<string, Buffer>, encrypted: boolean}} Received */
/**
 * A seam for tests, left unset in production: it runs in place of reading, checking and storing a POSTed
 * submission, once its Idempotency-Key is claimed (a duplicate meanwhile gets 409). It calls `receive()` to
 * do that work, and returns the answer to send, or undefined when it has ended the connection itself.
 * @typedef {(req: import('node:http').IncomingMessage, receive: () => Promise<Answer>) => Promise<Answer | undefined>} AroundReceive
 */

/** @type {Answer} */
const NO_KEY = {
  status: 415,
  body: { error: 'This intake has no private key, so it cannot accept encrypted (application/jose) submissions.' },
};

/** Reference prefixes by form id ("HST-2026-000123"); other forms use their initials. */
const PREFIXES = {
  'hundesteuer-anmeldung': 'HST',
  'verbrennung-pflanzlicher-abfaelle': 'VPA',
  'sperrmuell-abholung': 'SPM',
  'parkausweis-behinderung': 'PKA',
  maengelmelder: 'MM',
};

/**
 * @param {{ dbPath: string, formsDir: string, corsOrigins?: string[], privateKey?: import('jose').JWK, aroundReceive?: AroundReceive }} options
 *   corsOrigins: origins allowed to post from other sites; privateKey: private RSA JWK for `application/jose`;
 *   aroundReceive: the test seam above (the demo server never sets it).
 */
export function createIntake({ dbPath, formsDir, corsOrigins = [], privateKey, aroundReceive }) {
  mkdirSync(dirname(dbPath), { recursive: true });
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS submissions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    body_sha256 TEXT NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    form_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    payload TEXT NOT NULL,
    received_at TEXT NOT NULL,
    encrypted INTEGER NOT NULL DEFAULT 0,
    response_status INTEGER NOT NULL DEFAULT 201,
    response_body TEXT
  )`);
  migrate(db);
  db.exec(`CREATE TABLE IF NOT EXISTS attachments (
    idempotency_key TEXT NOT NULL,
    id TEXT NOT NULL,
    field TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (idempotency_key, id)
  )`);
  const insertAttachment = db.prepare(
    'INSERT INTO attachments (idempotency_key, id, field, name, type, content) VALUES (@key, @id, @field, @name, @type, @content)',
  );
  const attachmentById = db.prepare('SELECT name, content FROM attachments WHERE id = ?');
  const definitions = loadDefinitions(formsDir);
  const byKey = db.prepare('SELECT body_sha256, response_status, response_body FROM submissions WHERE idempotency_key = ?');
  const countFor = db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE form_id = ? AND reference LIKE ?');
  const insert =
    db.prepare(`INSERT INTO submissions (idempotency_key, body_sha256, reference, form_id, form_version, payload, received_at, encrypted,
      response_status, response_body)
    VALUES (@key, @hash, @reference, @formId, @formVersion, @payload, @receivedAt, @encrypted, @responseStatus, @responseBody)`);
  const list = db.prepare('SELECT reference, payload, received_at, encrypted FROM submissions ORDER BY id DESC LIMIT 200');
  const listByKey = db.prepare('SELECT reference, payload, received_at, encrypted FROM submissions WHERE idempotency_key = ?');
  const decrypter = privateKey ? createDecrypter(privateKey) : undefined;
  /** Keys of requests being processed: a concurrent duplicate gets 409 (IETF Idempotency-Key draft). */
  const inFlight = new Set();

  /** Stores a new record (and its attachments) or finds the earlier one for the same key, in one transaction. */
  const store = db.transaction(
    (
      /** @type {{key: string, hash: string, payload: any, files: Map<string, Buffer>, encrypted: boolean}} */ {
        key,
        hash,
        payload,
        files,
        encrypted,
      },
    ) => {
      const earlier = /** @type {{body_sha256: string, response_status: number, response_body: string} | undefined} */ (byKey.get(key));
      // A retry gets exactly the response the first request got (IETF Idempotency-Key draft), marked as such.
      if (earlier)
        return earlier.body_sha256 === hash
          ? { status: earlier.response_status, body: JSON.parse(earlier.response_body), headers: { 'Idempotent-Replayed': 'true' } }
          : {
              status: 422,
              body: { error: 'This Idempotency-Key was already used for a different submission; a new submission needs a new key.' },
            };
      const year = new Date().getUTCFullYear();
      const prefix = PREFIXES[/** @type {keyof typeof PREFIXES} */ (payload.form.id)] ?? initials(payload.form.id);
      const { n } = /** @type {{n: number}} */ (countFor.get(payload.form.id, `${prefix}-${year}-%`));
      const reference = `${prefix}-${year}-${String(n + 1).padStart(6, '0')}`;
      // Only accepted submissions are stored: after a 4xx the same key may still carry a corrected submission.
      const response = { status: 201, body: { reference } };
      for (const attachment of payload.attachments ?? []) {
        insertAttachment.run({
          key,
          id: attachment.id,
          field: attachment.field,
          name: attachment.name,
          type: attachment.type,
          content: files.get(attachment.id),
        });
      }
      insert.run({
        key,
        hash,
        reference,
        formId: payload.form.id,
        formVersion: payload.form.version,
        payload: JSON.stringify(payload),
        receivedAt: new Date().toISOString(),
        encrypted: encrypted ? 1 : 0,
        responseStatus: response.status,
        responseBody: JSON.stringify(response.body),
      });
      return response;
    },
  );

  /**
   * Handles everything under `/api/` (unknown paths: 404); returns false for any other path.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (!path.startsWith('/api/')) return false;
    if (cors(req, res, corsOrigins)) return true;
    const attachment = /^\/api\/attachments\/([0-9a-f-]{36})$/u.exec(path);
    if (path === '/api/jwks.json' && req.method === 'GET') await sendJwks(res);
    else if (attachment?.[1] && req.method === 'GET') sendAttachment(res, attachment[1]);
    else if (path === '/api/submissions' && req.method === 'GET') sendList(res, url.searchParams.get('submissionId'));
    else if (path === '/api/submissions' && req.method === 'POST') await post(req, res);
    else if (path === '/api/submissions') send(res, 405, { error: 'Use GET or POST.' }, { Allow: 'GET, POST' });
    else send(res, 404, { error: `Nothing at ${path}.` });
    return true;
  }

  /** The public half of the intake's key, for assistants with `encryption-key`. @param {import('node:http').ServerResponse} res */
  async function sendJwks(res) {
    if (decrypter) send(res, 200, (await decrypter).jwks);
    else send(res, 404, { error: 'This intake has no encryption key.' });
  }

  /** @param {import('node:http').ServerResponse} res @param {string} id */
  function sendAttachment(res, id) {
    const row = /** @type {{name: string, content: Buffer} | undefined} */ (attachmentById.get(id));
    if (!row) return send(res, 404, { error: 'No such attachment.' });
    // A download, never rendered: the bytes are whatever a citizen uploaded.
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`,
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(row.content);
  }

  /**
   * The newest 200 submissions, or every record of one submission id (which the limit must not hide).
   * @param {import('node:http').ServerResponse} res @param {string | null} submissionId
   */
  function sendList(res, submissionId) {
    const rows = /** @type {Array<{reference: string, received_at: string, encrypted: number, payload: string}>} */ (
      submissionId ? listByKey.all(submissionId) : list.all()
    );
    send(
      res,
      200,
      rows.map((row) => ({
        reference: row.reference,
        receivedAt: row.received_at,
        encrypted: row.encrypted === 1,
        ...JSON.parse(row.payload),
      })),
    );
  }

  /**
   * A submission, answered once it is read, checked and stored (or refused).
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   */
  async function post(req, res) {
    const key = req.headers['idempotency-key'];
    const keyed = typeof key === 'string';
    // Claimed as soon as the header is read: a duplicate arriving while this one is still being processed is told
    // so (409) instead of racing it; the client retries later and then gets the stored response.
    if (keyed && inFlight.has(key)) {
      await drain(req);
      return send(res, 409, { error: 'A request with this Idempotency-Key is still being processed.' });
    }
    if (keyed) inFlight.add(key);
    try {
      const answer = await (aroundReceive ? aroundReceive(req, () => receive(req)) : receive(req));
      // Without an answer the seam has ended the connection itself (a test's dropped connection).
      if (answer) send(res, answer.status, answer.body, answer.headers);
    } finally {
      if (keyed) inFlight.delete(key);
    }
  }

  /**
   * Reads, checks and stores one submission; a JWE that cannot be read is the client's fault (400).
   * @param {import('node:http').IncomingMessage} req @returns {Promise<Answer>}
   */
  async function receive(req) {
    try {
      const read = await readSubmission(req);
      return 'status' in read ? read : accept(String(req.headers['idempotency-key'] ?? ''), read);
    } catch (error) {
      if (error instanceof DecryptionError) return { status: 400, body: { error: error.message } };
      throw error;
    }
  }

  /** @param {string} jwe */
  async function decrypt(jwe) {
    if (!decrypter) throw new Error('decrypt() without a key: readSubmission answers 415 first.');
    return Buffer.from(await (await decrypter).decrypt(jwe));
  }

  /**
   * The submission JSON text and the attachment bytes, decrypted where they came as JWE (application/jose).
   * @param {import('node:http').IncomingMessage} req @returns {Promise<Answer | Received>}
   */
  async function readSubmission(req) {
    const contentType = String(req.headers['content-type'] ?? '');
    const multipart = contentType.startsWith('multipart/form-data');
    const jose = contentType.startsWith('application/jose');
    if (!multipart && !jose && !contentType.startsWith('application/json')) {
      const error =
        'Send the submission as application/json (or application/jose, encrypted), or as multipart/form-data when it has attachments.';
      return { status: 415, body: { error } };
    }
    if (jose && !decrypter) return NO_KEY;
    const limit = multipart ? MAX_MULTIPART_BYTES : MAX_BODY_BYTES;
    const bytes = await readBody(req, limit);
    if (bytes === undefined) return { status: 413, body: { error: `The submission is larger than ${limit} bytes.` } };
    if (multipart) return readMultipart(contentType, bytes);
    const raw = jose ? (await decrypt(bytes.toString('utf8'))).toString('utf8') : bytes.toString('utf8');
    return { raw, files: new Map(), encrypted: jose };
  }

  /**
   * Part `submission` plus one part per attachment id. Each part is encrypted or not by its own content type:
   * `application/jose` holds a JWE compact string of the JSON text or of the file's bytes.
   * @param {string} contentType @param {Buffer} bytes @returns {Promise<Answer | Received>}
   */
  async function readMultipart(contentType, bytes) {
    let form;
    try {
      // Node's own fetch implementation parses multipart bodies; no extra parser needed. (Buffer.concat's
      // memory is a plain ArrayBuffer, never shared, which is all the cast claims.)
      const body = /** @type {Uint8Array<ArrayBuffer>} */ (bytes);
      form = await new Request('http://intake.local/', { method: 'POST', headers: { 'content-type': contentType }, body }).formData();
    } catch {
      return { status: 400, body: { error: 'The multipart body could not be read.' } };
    }
    const submission = form.get('submission');
    if (!(submission instanceof Blob)) return { status: 400, body: { error: 'The multipart body has no "submission" part.' } };
    const attachments = /** @type {Array<[string, Blob]>} */ (
      [...form].filter(([name, part]) => name !== 'submission' && part instanceof Blob)
    );
    const sealed = (/** @type {Blob} */ part) => part.type.startsWith('application/jose');
    if (!decrypter && [submission, ...attachments.map(([, part]) => part)].some(sealed)) return NO_KEY;
    const open = async (/** @type {Blob} */ part) => (sealed(part) ? decrypt(await part.text()) : Buffer.from(await part.arrayBuffer()));
    /** @type {Map<string, Buffer>} */
    const files = new Map();
    for (const [id, part] of attachments) files.set(id, await open(part));
    return { raw: (await open(submission)).toString('utf8'), files, encrypted: sealed(submission) };
  }

  /**
   * Re-validates with the form's rules, checks every attachment against what the payload claims, and stores.
   * @param {string} key @param {Received} received @returns {Answer}
   */
  function accept(key, { raw, files, encrypted }) {
    let payload;
    try {
      payload = JSON.parse(raw);
    } catch {
      return { status: 400, body: { error: 'The submission is not valid JSON.' } };
    }
    if (key !== payload?.submissionId) return { status: 400, body: { error: 'The Idempotency-Key header must equal the submissionId.' } };
    const definition = definitions.get(payload?.form?.id);
    if (!definition) return { status: 422, body: { errors: [], error: `Unknown form "${payload?.form?.id}".` } };
    const { ok, issues } = validateSubmission(definition, payload);
    if (!ok) {
      return {
        status: 422,
        body: {
          errors: issues.map((issue) => ({ field: issue.fieldId ?? '', code: issue.code, ...(issue.params && { params: issue.params }) })),
        },
      };
    }
    // Every attachment the payload describes must arrive, with exactly the size and SHA-256 it claims.
    const attachmentErrors = [];
    for (const attachment of payload.attachments ?? []) {
      const content = files.get(attachment.id);
      const hash = content && createHash('sha256').update(content).digest('hex');
      if (!content || content.length !== attachment.size || hash !== attachment.sha256)
        attachmentErrors.push({ field: attachment.field, code: 'attachment' });
    }
    if (attachmentErrors.length > 0) return { status: 422, body: { errors: attachmentErrors } };
    // The hash is of the decrypted submission, so a retry encrypted anew is still the same submission.
    return store({ key, hash: createHash('sha256').update(raw).digest('hex'), payload, files, encrypted });
  }

  return { handle, close: () => db.close(), definitions };
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

/** @param {string} id */
function initials(id) {
  return id
    .split('-')
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 4);
}

/** Reads and discards the body: a fault or a refusal answers only once the request has fully arrived. @param {import('node:http').IncomingMessage} req */
async function drain(req) {
  for await (const _chunk of req);
}

/**
 * Adds what databases of earlier demo versions lack: the encrypted flag and the stored response (all of their
 * records were answered 201 with their reference).
 * @param {import('better-sqlite3').Database} db
 */
function migrate(db) {
  const columns = new Set(db.pragma('table_info(submissions)').map((/** @type {any} */ c) => c.name));
  if (!columns.has('encrypted')) db.exec('ALTER TABLE submissions ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 0');
  if (!columns.has('response_status')) db.exec('ALTER TABLE submissions ADD COLUMN response_status INTEGER NOT NULL DEFAULT 201');
  if (!columns.has('response_body')) db.exec('ALTER TABLE submissions ADD COLUMN response_body TEXT');
  db.exec("UPDATE submissions SET response_body = json_object('reference', reference) WHERE response_body IS NULL");
}

/**
 * Reads the body, giving up (undefined) past `limit` bytes.
 * @param {import('node:http').IncomingMessage} req @param {number} limit @returns {Promise<Buffer | undefined>}
 */
async function readBody(req, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * CORS for the allow-listed origins; answers preflights. Returns true when the request was answered.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string[]} origins
 */
function cors(req, res, origins) {
  const origin = req.headers.origin;
  if (!origin) return false;
  const allowed = origins.includes(origin);
  if (allowed) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    // Not CORS-safelisted: without this a cross-origin assistant could not honour Retry-After.
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Idempotent-Replayed');
  }
  if (req.method !== 'OPTIONS') return false;
  if (!allowed) send(res, 403, { error: `The origin ${origin} may not send submissions to this intake.` });
  else {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept',
      'Access-Control-Max-Age': '600',
    });
    res.end();
  }
  return true;
}

/**
 * @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
