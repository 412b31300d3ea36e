// @ts-check
/**
 * The reference intake: receives submissions, re-validates them with the same rules the browser used
 * (`validateSubmission` from antrag/core), stores them in a SQLite file and answers with a reference number.
 * Idempotent on the `Idempotency-Key` header, so a retried submission never creates a second record.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { parseDefinition, validateSubmission } from '../dist/core.js';

const MAX_BODY_BYTES = 1024 * 1024;
/** Submissions with files: a few scans or photos of up to 10 MB each. */
const MAX_MULTIPART_BYTES = 64 * 1024 * 1024;

/** Reference prefixes by form id ("HST-2026-000123"); other forms use their initials. */
const PREFIXES = {
  'hundesteuer-anmeldung': 'HST',
  'verbrennung-pflanzlicher-abfaelle': 'VPA',
  'sperrmuell-abholung': 'SPM',
  'parkausweis-behinderung': 'PKA',
  maengelmelder: 'MM',
};

/**
 * @param {{ dbPath: string, formsDir: string }} options
 */
export function createIntake({ dbPath, formsDir }) {
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
    received_at TEXT NOT NULL
  )`);
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
  const byKey = db.prepare('SELECT body_sha256, reference FROM submissions WHERE idempotency_key = ?');
  const countFor = db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE form_id = ? AND reference LIKE ?');
  const insert = db.prepare(`INSERT INTO submissions (idempotency_key, body_sha256, reference, form_id, form_version, payload, received_at)
    VALUES (@key, @hash, @reference, @formId, @formVersion, @payload, @receivedAt)`);
  const list = db.prepare('SELECT reference, payload, received_at FROM submissions ORDER BY id DESC LIMIT 200');

  /** Stores a new record (and its attachments) or finds the earlier one for the same key, in one transaction. */
  const store = db.transaction(
    (/** @type {{key: string, hash: string, payload: any, files: Map<string, Buffer>}} */ { key, hash, payload, files }) => {
      const earlier = byKey.get(key);
      if (earlier)
        return earlier.body_sha256 === hash
          ? { status: 201, body: { reference: earlier.reference } }
          : { status: 422, body: { error: 'The Idempotency-Key was already used for a different submission.' } };
      const year = new Date().getUTCFullYear();
      const prefix = PREFIXES[/** @type {keyof typeof PREFIXES} */ (payload.form.id)] ?? initials(payload.form.id);
      const { n } = /** @type {{n: number}} */ (countFor.get(payload.form.id, `${prefix}-${year}-%`));
      const reference = `${prefix}-${year}-${String(n + 1).padStart(6, '0')}`;
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
      });
      return { status: 201, body: { reference } };
    },
  );

  /**
   * Handles `/api/submissions`; returns false for any other path.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const attachment = /^\/api\/attachments\/([0-9a-f-]{36})$/u.exec(path);
    if (attachment && req.method === 'GET') {
      const row = /** @type {any} */ (attachmentById.get(attachment[1]));
      if (!row) send(res, 404, { error: 'No such attachment.' });
      else {
        res.writeHead(200, {
          'Content-Type': 'application/octet-stream',
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`,
          'X-Content-Type-Options': 'nosniff',
        });
        res.end(row.content);
      }
      return true;
    }
    if (path !== '/api/submissions') return false;
    if (req.method === 'GET') {
      const rows = list
        .all()
        .map((/** @type {any} */ row) => ({ reference: row.reference, receivedAt: row.received_at, ...JSON.parse(row.payload) }));
      send(res, 200, rows);
    } else if (req.method === 'POST') {
      const result = await receive(req);
      send(res, result.status, result.body);
    } else {
      res.setHeader('Allow', 'GET, POST');
      send(res, 405, { error: 'Use GET or POST.' });
    }
    return true;
  }

  /** @param {import('node:http').IncomingMessage} req */
  async function receive(req) {
    const contentType = String(req.headers['content-type'] ?? '');
    const multipart = contentType.startsWith('multipart/form-data');
    if (!multipart && !contentType.startsWith('application/json')) {
      return {
        status: 415,
        body: { error: 'Send the submission as application/json, or as multipart/form-data when it has attachments.' },
      };
    }
    const limit = multipart ? MAX_MULTIPART_BYTES : MAX_BODY_BYTES;
    const bytes = await readBody(req, limit);
    if (bytes === undefined) return { status: 413, body: { error: `The submission is larger than ${limit} bytes.` } };
    /** @type {Map<string, Buffer>} */
    const files = new Map();
    let raw;
    if (multipart) {
      // Node's own fetch implementation parses multipart bodies; no extra parser needed.
      let form;
      try {
        form = await new Request('http://intake.local/', {
          method: 'POST',
          headers: { 'content-type': contentType },
          body: bytes,
        }).formData();
      } catch {
        return { status: 400, body: { error: 'The multipart body could not be read.' } };
      }
      const submission = form.get('submission');
      if (!(submission instanceof Blob)) return { status: 400, body: { error: 'The multipart body has no "submission" part.' } };
      raw = await submission.text();
      for (const [name, value] of form)
        if (name !== 'submission' && value instanceof Blob) files.set(name, Buffer.from(await value.arrayBuffer()));
    } else {
      raw = bytes.toString('utf8');
    }
    let payload;
    try {
      payload = JSON.parse(raw);
    } catch {
      return { status: 400, body: { error: 'The submission is not valid JSON.' } };
    }
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key !== payload?.submissionId) {
      return { status: 400, body: { error: 'The Idempotency-Key header must equal the submissionId.' } };
    }
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
    return store({ key, hash: createHash('sha256').update(raw).digest('hex'), payload, files });
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

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
