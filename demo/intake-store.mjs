// @ts-check
/**
 * The reference intake's SQLite file: submissions (the citizen's payload in its own column, the server's
 * fields in theirs), their attachments keyed by submission and id, and the stored response of each
 * Idempotency-Key, which a retry gets again.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** Reference prefixes by form id ("HST-2026-000123"); other forms use their initials. */
const PREFIXES = {
  'hundesteuer-anmeldung': 'HST',
  'verbrennung-pflanzlicher-abfaelle': 'VPA',
  'sperrmuell-abholung': 'SPM',
  'parkausweis-behinderung': 'PKA',
  maengelmelder: 'MM',
};

/**
 * What the list shows of one record: the citizen's payload, then the server's own fields, which no payload
 * key can shadow (`fimData` only for forms imported from FIM). @typedef {Record<string, unknown> & {reference: string, receivedAt: string, encrypted: boolean, fimData?: unknown}} ListedRecord
 */
/** @typedef {{status: number, body: unknown, headers?: Record<string, string>}} Answer */

/** Opens (or creates) the file. @param {string} dbPath */
export function openStore(dbPath) {
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
  // An attachment is found through its submission's reference: the same id in another submission is another file.
  const attachmentOf = db.prepare(
    `SELECT a.name, a.content FROM attachments a JOIN submissions s ON s.idempotency_key = a.idempotency_key
     WHERE s.reference = ? AND a.id = ?`,
  );
  const byKey = db.prepare('SELECT body_sha256, response_status, response_body FROM submissions WHERE idempotency_key = ?');
  // Counted by prefix, not by form: two forms with the same initials (every imported "fim-s…" form) share a prefix.
  const countFor = db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE reference LIKE ?');
  const insert =
    db.prepare(`INSERT INTO submissions (idempotency_key, body_sha256, reference, form_id, form_version, payload, received_at, encrypted,
      response_status, response_body)
    VALUES (@key, @hash, @reference, @formId, @formVersion, @payload, @receivedAt, @encrypted, @responseStatus, @responseBody)`);
  // The answers keyed by the FIM schema, for forms imported from FIM (antrag/fim `toFimData`), next to the payload.
  const setFimData = db.prepare('UPDATE submissions SET fim_data = ? WHERE idempotency_key = ?');
  const list = db.prepare('SELECT reference, payload, received_at, encrypted, fim_data FROM submissions ORDER BY id DESC LIMIT 200');
  const listByKey = db.prepare('SELECT reference, payload, received_at, encrypted, fim_data FROM submissions WHERE idempotency_key = ?');

  /** Stores a new record (and its attachments) or finds the earlier one for the same key, in one transaction. */
  const store = db.transaction(
    (/** @type {{key: string, hash: string, payload: any, files: Map<string, Buffer>, encrypted: boolean, fimData?: unknown}} */ { key, hash, payload, files, encrypted, fimData }) => {
      const earlier = /** @type {{body_sha256: string, response_status: number, response_body: string} | undefined} */ (byKey.get(key));
      // A retry gets exactly the response the first request got (IETF Idempotency-Key draft), marked as such.
      if (earlier)
        return /** @type {Answer} */ (
          earlier.body_sha256 === hash
            ? { status: earlier.response_status, body: JSON.parse(earlier.response_body), headers: { 'Idempotent-Replayed': 'true' } }
            : {
                status: 422,
                body: { error: 'This Idempotency-Key was already used for a different submission; a new submission needs a new key.' },
              }
        );
      const year = new Date().getUTCFullYear();
      const prefix = PREFIXES[/** @type {keyof typeof PREFIXES} */ (payload.form.id)] ?? initials(payload.form.id);
      const { n } = /** @type {{n: number}} */ (countFor.get(`${prefix}-${year}-%`));
      const reference = `${prefix}-${year}-${String(n + 1).padStart(6, '0')}`;
      // Only accepted submissions are stored: after a 4xx the same key may still carry a corrected submission.
      const response = { status: 201, body: { reference } };
      for (const attachment of payload.attachments ?? []) {
        const { id, field, name, type } = attachment;
        insertAttachment.run({ key, id, field, name, type, content: files.get(id) });
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
      if (fimData !== undefined) setFimData.run(JSON.stringify(fimData), key);
      return /** @type {Answer} */ (response);
    },
  );

  return {
    store,
    /**
     * The newest 200 records, or every record of one submission id (which the limit must not hide).
     * @param {string | null} submissionId @returns {ListedRecord[]}
     */
    list(submissionId) {
      const rows = /** @type {Array<{reference: string, received_at: string, encrypted: number, payload: string, fim_data: string | null}>} */ (
        submissionId ? listByKey.all(submissionId) : list.all()
      );
      return rows.map((row) => ({
        ...JSON.parse(row.payload),
        reference: row.reference,
        receivedAt: row.received_at,
        encrypted: row.encrypted === 1,
        ...(row.fim_data !== null && { fimData: JSON.parse(row.fim_data) }),
      }));
    },
    /** One file of one submission. @param {string} reference @param {string} id */
    attachment: (reference, id) => /** @type {{name: string, content: Buffer} | undefined} */ (attachmentOf.get(reference, id)),
    close: () => db.close(),
  };
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
 * Adds what databases of earlier demo versions lack: the encrypted flag and the stored response (all of their
 * records were answered 201 with their reference).
 * @param {import('better-sqlite3').Database} db
 */
function migrate(db) {
  const columns = new Set(db.pragma('table_info(submissions)').map((/** @type {any} */ c) => c.name));
  if (!columns.has('encrypted')) db.exec('ALTER TABLE submissions ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 0');
  if (!columns.has('response_status')) db.exec('ALTER TABLE submissions ADD COLUMN response_status INTEGER NOT NULL DEFAULT 201');
  if (!columns.has('response_body')) db.exec('ALTER TABLE submissions ADD COLUMN response_body TEXT');
  if (!columns.has('fim_data')) db.exec('ALTER TABLE submissions ADD COLUMN fim_data TEXT');
  db.exec("UPDATE submissions SET response_body = json_object('reference', reference) WHERE response_body IS NULL");
}
