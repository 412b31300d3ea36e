// @ts-check
/**
 * The reference intake's payments: one payment per submission, stored next to it (same SQLite file, table
 * `payments`), handed off to an XBezahldienste provider only when the citizen follows "Jetzt bezahlen":
 *
 *   201 on POST /api/submissions          … carries `payment: { id, redirectUrl }` when the form is payable
 *   GET /api/submissions/<ref>/payment/start?id=<payment id>&return=<page URL>
 *        → 303 to the provider's pay page (a transaction is created once; after FAILED or CANCELED a new one)
 *        → 303 back to the page when it is paid already
 *   GET /api/submissions/<ref>/payment?id=<payment id>
 *        → { id, status, amount, currency, purpose } after asking the provider; no personal data
 *
 * The payment id is random and is the only key to these routes (references are sequential). The redirect back
 * proves nothing: the status is always the provider's answer to the intake.
 */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { send } from '../intake-http.mjs';
import { paymentDue } from './payment-due.mjs';

/** @typedef {ReturnType<typeof import('./xbezahldienste-client.mjs').createXBezahldiensteClient>} PaymentClient */
/**
 * @typedef {{ payment_id: string, submission_key: string, reference: string, amount: number, purpose: string, items: string,
 *   status: string, transaction_id: string | null, redirect_url: string | null, attempts: number }} PaymentRow
 */

/** The query parameter the citizen comes back with: the submission's reference. */
export const RETURN_PARAMETER = 'antrag-payment';
const PATH = /^\/api\/submissions\/([A-Z0-9]{1,8}-\d{4}-\d{6})\/payment(\/start)?$/u;

/**
 * @param {{ dbPath: string, client: PaymentClient | undefined, returnOrigins: () => string[], log: (line: string) => void }} options
 *   client: the provider (none: payable forms are accepted, and told nothing about paying); returnOrigins: sites
 *   the provider may send the citizen back to, besides the intake's own.
 */
export function createPayments({ dbPath, client, returnOrigins, log }) {
  const db = new Database(dbPath);
  db.exec(`CREATE TABLE IF NOT EXISTS payments (
    payment_id TEXT PRIMARY KEY,
    submission_key TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL,
    amount REAL NOT NULL,
    purpose TEXT NOT NULL,
    items TEXT NOT NULL,
    status TEXT NOT NULL,
    transaction_id TEXT,
    redirect_url TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
  )`);
  const insert = db.prepare(`INSERT OR IGNORE INTO payments (payment_id, submission_key, reference, amount, purpose, items, status, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)`);
  const byKey = db.prepare('SELECT * FROM payments WHERE submission_key = ?');
  const byId = db.prepare('SELECT * FROM payments WHERE payment_id = ? AND reference = ?');
  const update = db.prepare(`UPDATE payments SET status = @status, transaction_id = @transaction_id, redirect_url = @redirect_url,
    attempts = @attempts, updated_at = @updated_at WHERE payment_id = @payment_id`);
  /** Work in progress per payment: a double click waits for the first and gets the same transaction. @type {Map<string, Promise<unknown>>} */
  const busy = new Map();

  /**
   * Adds `payment` to a 201 answer of a payable submission, the same on every replay of its Idempotency-Key.
   * @param {import('../intake-http.mjs').Answer} answer @param {{key: string, payload: any}} record @param {any} definition
   * @returns {import('../intake-http.mjs').Answer}
   */
  function attach(answer, { key, payload }, definition) {
    const body = /** @type {any} */ (answer.body);
    if (!client || answer.status !== 201 || typeof body?.reference !== 'string') return answer;
    const due = paymentDue(definition, payload, body.reference);
    if (!due) return answer;
    insert.run(randomUUID(), key, body.reference, due.amount, due.purpose, JSON.stringify(due.items), new Date().toISOString());
    const row = /** @type {PaymentRow} */ (byKey.get(key));
    return { ...answer, body: { ...body, payment: { id: row.payment_id, redirectUrl: startPath(row) } } };
  }

  /**
   * The payment routes; false for any other path.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {URL} url
   */
  async function handle(req, res, url) {
    const match = PATH.exec(url.pathname);
    if (!match) return false;
    if (req.method !== 'GET') return send(res, 405, { error: 'Use GET.' }, { Allow: 'GET' }), true;
    const row = /** @type {PaymentRow | undefined} */ (byId.get(url.searchParams.get('id') ?? '', String(match[1])));
    if (!row || !client) return send(res, 404, { error: 'No such payment.' }), true;
    if (!match[2]) return send(res, 200, publicView(await serialised(row.payment_id, () => refresh(row)))), true;
    const back = returnUrl(req, url.searchParams.get('return'), row.reference);
    if (!back) return send(res, 400, { error: 'The return address must be a page of this site or of an allowed origin.' }), true;
    const target = await serialised(row.payment_id, () => start(row, back));
    res.writeHead(303, { Location: target, 'Cache-Control': 'no-store' }).end();
    return true;
  }

  /** Runs one piece of work per payment at a time. @template T @param {string} id @param {() => Promise<T>} work @returns {Promise<T>} */
  function serialised(id, work) {
    const run = (busy.get(id) ?? Promise.resolve()).catch(() => {}).then(work);
    busy.set(id, run);
    void run.finally(() => busy.get(id) === run && busy.delete(id)).catch(() => {});
    return run;
  }

  /** The row as it is now, after asking the provider about an open transaction. @param {PaymentRow} stale */
  async function refresh(stale) {
    const row = /** @type {PaymentRow} */ (byId.get(stale.payment_id, stale.reference));
    if (!client || row.status !== 'INITIAL' || !row.transaction_id) return row;
    try {
      const { paymentInformation } = await client.status(row.transaction_id);
      return save({ ...row, status: paymentInformation.status });
    } catch (error) {
      log(`antrag intake: payment ${row.reference}: status not available (${error instanceof Error ? error.message : error})`);
      return row;
    }
  }

  /** Where "Jetzt bezahlen" goes: the open transaction, a new one, or back when paid. @param {PaymentRow} stale @param {string} back */
  async function start(stale, back) {
    const row = await refresh(stale);
    if (row.status === 'PAYED') return back;
    if (row.status === 'INITIAL' && row.redirect_url) return row.redirect_url;
    if (!client) return back;
    const attempts = row.attempts + 1;
    try {
      const { paymentInformation: info } = await client.create({
        requestId: `${row.payment_id}-${attempts}`,
        requestTimestamp: new Date().toISOString(),
        currency: 'EUR',
        grosAmount: row.amount,
        purpose: row.purpose,
        redirectUrl: back,
        items: JSON.parse(row.items),
      });
      save({ ...row, attempts, status: info.status, transaction_id: info.transactionId, redirect_url: info.transactionRedirectUrl ?? null });
      return info.status === 'INITIAL' && info.transactionRedirectUrl ? info.transactionRedirectUrl : back;
    } catch (error) {
      // The citizen comes back to "failed, try again"; the submission is kept either way.
      log(`antrag intake: payment ${row.reference}: not created (${error instanceof Error ? error.message : error})`);
      save({ ...row, attempts, status: 'FAILED', transaction_id: null, redirect_url: null });
      return back;
    }
  }

  /** @param {PaymentRow} row */
  function save(row) {
    update.run({ ...row, updated_at: new Date().toISOString() });
    return row;
  }

  /**
   * The page to come back to, with the reference as {@link RETURN_PARAMETER}: only on this site or an allowed origin.
   * @param {import('node:http').IncomingMessage} req @param {string | null} given @param {string} reference
   */
  function returnUrl(req, given, reference) {
    let url;
    try {
      url = new URL(given ?? '');
    } catch {
      return undefined;
    }
    const own = url.host === req.headers.host;
    if (!/^https?:$/u.test(url.protocol) || !(own || returnOrigins().includes(url.origin))) return undefined;
    url.searchParams.set(RETURN_PARAMETER, reference);
    url.hash = '';
    return url.href;
  }

  return { attach, handle, close: () => db.close() };
}

/** @param {PaymentRow} row */
function startPath(row) {
  return `/api/submissions/${row.reference}/payment/start?id=${row.payment_id}`;
}

/** What the assistant may know: no answers, no names. @param {PaymentRow} row */
function publicView(row) {
  return { id: row.payment_id, status: row.status, amount: row.amount, currency: 'EUR', purpose: row.purpose, redirectUrl: startPath(row) };
}
