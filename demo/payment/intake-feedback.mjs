// @ts-check
/**
 * The reference intake's satisfaction feedback (table `feedback` in the intake's SQLite file):
 *
 *   POST /api/feedback  {form: {id, version}, language, rating: 1–5 | null, text, submittedAt[, reference]}
 *        → 201; anonymous: no cookies, no address, no identifiers are stored, and a reference only when
 *          the form's definition asks for it (`feedback.withReference`)
 *   GET  /api/feedback  → {counts: {<form id>: {total, ratings: {1..5}}}, items: newest 200} (read access as for submissions)
 *
 * Forwarding to the Nationale Feedback-Komponente or a municipality's own tool: docs/feedback.md.
 */
import Database from 'better-sqlite3';
import { readBody, send } from '../intake-http.mjs';

const MAX_TEXT = 1000;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/u;
const KEYS = new Set(['form', 'language', 'rating', 'text', 'submittedAt', 'reference']);

/**
 * @param {{ dbPath: string, definitions: Map<string, any>, mayRead: (req: import('node:http').IncomingMessage) => boolean,
 *   refuseReading: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void }} options
 */
export function createFeedback({ dbPath, definitions, mayRead, refuseReading }) {
  const db = new Database(dbPath);
  db.exec(`CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    form_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    language TEXT NOT NULL,
    rating INTEGER,
    text TEXT NOT NULL,
    reference TEXT,
    submitted_at TEXT NOT NULL,
    received_at TEXT NOT NULL
  )`);
  const insert = db.prepare(`INSERT INTO feedback (form_id, form_version, language, rating, text, reference, submitted_at, received_at)
    VALUES (@formId, @formVersion, @language, @rating, @text, @reference, @submittedAt, @receivedAt)`);
  const newest = db.prepare('SELECT * FROM feedback ORDER BY id DESC LIMIT 200');
  const counts = db.prepare('SELECT form_id, rating, COUNT(*) AS n FROM feedback GROUP BY form_id, rating');

  /**
   * `/api/feedback`; false for any other path.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {URL} url
   */
  async function handle(req, res, url) {
    if (url.pathname !== '/api/feedback') return false;
    if (req.method === 'GET') {
      if (!mayRead(req)) refuseReading(req, res);
      else send(res, 200, { counts: countsByForm(), items: newest.all().map(listed) });
    } else if (req.method === 'POST') {
      const answer = await receive(req);
      send(res, answer.status, answer.body);
    } else send(res, 405, { error: 'Use GET or POST.' }, { Allow: 'GET, POST' });
    return true;
  }

  /** @param {import('node:http').IncomingMessage} req @returns {Promise<{status: number, body: unknown}>} */
  async function receive(req) {
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return { status: 415, body: { error: 'Send JSON.' } };
    const read = await readBody(req, 16 * 1024, 10_000);
    if ('fault' in read) return { status: read.fault === 'tooLarge' ? 413 : 408, body: { error: 'The feedback did not arrive whole.' } };
    /** @type {any} */
    let body;
    try {
      body = JSON.parse(read.bytes.toString('utf8'));
    } catch {
      return { status: 400, body: { error: 'The feedback is not valid JSON.' } };
    }
    const problem = check(body);
    if (problem) return { status: 422, body: { error: problem } };
    const definition = definitions.get(body.form.id);
    const reference = definition.feedback?.withReference === true && typeof body.reference === 'string' ? body.reference.slice(0, 30) : null;
    const { lastInsertRowid } = insert.run({
      formId: body.form.id,
      formVersion: body.form.version,
      language: body.language,
      rating: body.rating ?? null,
      text: body.text ?? '',
      reference,
      submittedAt: body.submittedAt,
      receivedAt: new Date().toISOString(),
    });
    return { status: 201, body: { id: Number(lastInsertRowid) } };
  }

  /** What is wrong with a feedback body, or undefined. @param {any} body */
  function check(body) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'The feedback must be a JSON object.';
    const unknown = Object.keys(body).filter((key) => !KEYS.has(key));
    if (unknown.length > 0) return `Unknown properties: ${unknown.slice(0, 5).join(', ')}.`;
    const definition = typeof body.form?.id === 'string' ? definitions.get(body.form.id) : undefined;
    if (!definition || typeof body.form.version !== 'string' || body.form.version.length > 20) return 'Unknown form.';
    if (typeof body.language !== 'string' || !definition.languages.includes(body.language)) return 'language must be one of the form\'s languages.';
    if (!(body.rating === null || body.rating === undefined || (Number.isInteger(body.rating) && body.rating >= 1 && body.rating <= 5)))
      return 'rating must be 1 to 5, or null.';
    if (body.text !== undefined && (typeof body.text !== 'string' || body.text.length > MAX_TEXT)) return `text must have at most ${MAX_TEXT} characters.`;
    if ((body.rating ?? null) === null && !body.text?.trim()) return 'Feedback needs a rating or a text.';
    if (typeof body.submittedAt !== 'string' || !DATE_TIME.test(body.submittedAt)) return 'submittedAt must be a date-time.';
    return undefined;
  }

  function countsByForm() {
    /** @type {Record<string, {total: number, ratings: Record<string, number>}>} */
    const result = {};
    for (const { form_id: form, rating, n } of /** @type {Array<{form_id: string, rating: number | null, n: number}>} */ (counts.all())) {
      const entry = (result[form] ??= { total: 0, ratings: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
      entry.total += n;
      if (rating !== null) entry.ratings[rating] = n;
    }
    return result;
  }

  return { handle, close: () => db.close() };
}

/** @param {any} row */
function listed(row) {
  return {
    form: { id: row.form_id, version: row.form_version },
    language: row.language,
    rating: row.rating,
    text: row.text,
    ...(row.reference && { reference: row.reference }),
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
  };
}
