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

/** Reference prefixes by form id ("HST-2026-000123"); other forms use their initials. */
const PREFIXES = { 'hundesteuer-anmeldung': 'HST', 'verbrennung-pflanzlicher-abfaelle': 'VPA', 'sperrmuell-abholung': 'SPM' };

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
  const definitions = loadDefinitions(formsDir);
  const byKey = db.prepare('SELECT body_sha256, reference FROM submissions WHERE idempotency_key = ?');
  const countFor = db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE form_id = ? AND reference LIKE ?');
  const insert = db.prepare(`INSERT INTO submissions (idempotency_key, body_sha256, reference, form_id, form_version, payload, received_at)
    VALUES (@key, @hash, @reference, @formId, @formVersion, @payload, @receivedAt)`);
  const list = db.prepare('SELECT reference, payload, received_at FROM submissions ORDER BY id DESC LIMIT 200');

  /** Stores a new record or finds the earlier one for the same key, in one transaction. */
  const store = db.transaction((/** @type {{key: string, hash: string, payload: any}} */ { key, hash, payload }) => {
    const earlier = byKey.get(key);
    if (earlier)
      return earlier.body_sha256 === hash
        ? { status: 201, body: { reference: earlier.reference } }
        : { status: 422, body: { error: 'The Idempotency-Key was already used for a different submission.' } };
    const year = new Date().getUTCFullYear();
    const prefix = PREFIXES[/** @type {keyof typeof PREFIXES} */ (payload.form.id)] ?? initials(payload.form.id);
    const { n } = /** @type {{n: number}} */ (countFor.get(payload.form.id, `${prefix}-${year}-%`));
    const reference = `${prefix}-${year}-${String(n + 1).padStart(6, '0')}`;
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
  });

  /**
   * Handles `/api/submissions`; returns false for any other path.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
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
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return { status: 415, body: { error: 'Send the submission as application/json.' } };
    }
    const raw = await readBody(req);
    if (raw === undefined) return { status: 413, body: { error: `The submission is larger than ${MAX_BODY_BYTES} bytes.` } };
    let payload;
    try {
      payload = JSON.parse(raw);
    } catch {
      return { status: 400, body: { error: 'The body is not valid JSON.' } };
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
    return store({ key, hash: createHash('sha256').update(raw).digest('hex'), payload });
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

/** @param {import('node:http').IncomingMessage} req @returns {Promise<string | undefined>} */
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
