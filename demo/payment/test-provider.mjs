// @ts-check
/**
 * A TEST PAYMENT PROVIDER for the demo and the tests: no money moves. It implements the XBezahldienste
 * endpoints the reference intake uses (APIDoku v1.0.0: create a payment transaction, read it) and a pay page
 * with three buttons — pay, fail, cancel — that sets the outcome and sends the browser back to the
 * `redirectUrl`. Everything it says is labelled as a test. Transactions live in memory.
 *
 *   POST {base}/paymenttransaction/{originatorId}/{endPointId}        → 201 PaymentTransaction
 *   GET  {base}/paymenttransaction/{originatorId}/{endPointId}/{id}   → 200 PaymentTransaction
 *   GET  {base}/pay/{id}                                              → the pay page (HTML)
 *   POST {base}/pay/{id}  (form: outcome=pay|fail|cancel)            → 303 to redirectUrl
 */
import { randomUUID } from 'node:crypto';

/** @typedef {import('./xbezahldienste-client.mjs').PaymentTransaction} PaymentTransaction */

/** Transactions kept at most (memory). */
const MAX_TRANSACTIONS = 10_000;
const OUTCOMES = /** @type {const} */ ({ pay: 'PAYED', fail: 'FAILED', cancel: 'CANCELED' });

/**
 * @param {{ basePath?: string, token?: string, publicOrigin?: () => string }} [options] basePath: where it is
 *   mounted (default `/test-provider`); token: the bearer token the intake must send (default: none required);
 *   publicOrigin: the origin browsers reach it under, when that is not the one the intake calls (default: the Host).
 */
export function createTestProvider({ basePath = '/test-provider', token, publicOrigin } = {}) {
  /** @type {Map<string, PaymentTransaction>} */
  const transactions = new Map();
  /** Transaction ids by `originatorId/requestId`: a retried creation gets the same transaction. @type {Map<string, string>} */
  const byRequest = new Map();

  /**
   * Handles a request under `basePath`; false for any other path.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${basePath}/`)) return false;
    const path = url.pathname.slice(basePath.length);
    const api = /^\/paymenttransaction\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/u.exec(path);
    const pay = /^\/pay\/([0-9a-f-]{36})$/u.exec(path);
    if (api && token && req.headers.authorization !== `Bearer ${token}`) json(res, 401, { error: 'Bearer token required (test provider).' });
    else if (api && !api[3] && req.method === 'POST') await create(req, res, `${api[1]}/${api[2]}`);
    else if (api && api[3] && req.method === 'GET') found(res, transactions.get(decodeURIComponent(api[3])));
    else if (pay && req.method === 'GET') page(res, transactions.get(String(pay[1])));
    else if (pay && req.method === 'POST') await decide(req, res, transactions.get(String(pay[1])));
    else json(res, 404, { error: 'Nothing here (test provider).' });
    return true;
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string} originator */
  async function create(req, res, originator) {
    /** @type {any} */
    let body;
    try {
      body = JSON.parse(await readText(req));
    } catch {
      return json(res, 400, { error: 'The body is not JSON.' });
    }
    const problem = checkRequest(body);
    if (problem) return json(res, 400, { error: problem });
    const earlier = byRequest.get(`${originator}/${body.requestId}`);
    if (earlier) return json(res, 200, transactions.get(earlier));
    // In memory: a demo reachable by others must not grow without bound.
    if (transactions.size >= MAX_TRANSACTIONS) return json(res, 503, { error: 'Too many test transactions; restart the demo.' });
    const transactionId = randomUUID();
    const origin = publicOrigin?.() ?? `http://${req.headers.host ?? 'localhost'}`;
    /** @type {PaymentTransaction} */
    const transaction = {
      paymentRequest: body,
      paymentInformation: {
        transactionId,
        transactionUrl: `${origin}${basePath}/paymenttransaction/${originator}/${transactionId}`,
        transactionRedirectUrl: `${origin}${basePath}/pay/${transactionId}`,
        transactionTimestamp: new Date().toISOString(),
        status: 'INITIAL',
      },
    };
    transactions.set(transactionId, transaction);
    byRequest.set(`${originator}/${body.requestId}`, transactionId);
    json(res, 201, transaction);
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {PaymentTransaction | undefined} transaction */
  async function decide(req, res, transaction) {
    if (!transaction) return json(res, 404, { error: 'No such transaction (test provider).' });
    const outcome = new URLSearchParams(await readText(req)).get('outcome');
    const status = outcome && Object.hasOwn(OUTCOMES, outcome) ? OUTCOMES[/** @type {keyof typeof OUTCOMES} */ (outcome)] : undefined;
    if (!status) return json(res, 400, { error: 'outcome must be pay, fail or cancel.' });
    // Only an open transaction changes: a second click after paying changes nothing.
    if (transaction.paymentInformation.status === 'INITIAL') {
      transaction.paymentInformation.status = status;
      if (status === 'PAYED') transaction.paymentInformation.paymentMethod = 'TEST';
    }
    res.writeHead(303, { Location: transaction.paymentRequest?.redirectUrl ?? '/', 'Cache-Control': 'no-store' }).end();
  }

  return { handle, transactions };
}

/** What is wrong with a PaymentRequest, or undefined. @param {any} body */
function checkRequest(body) {
  if (typeof body !== 'object' || body === null) return 'The body must be a PaymentRequest object.';
  if (typeof body.requestId !== 'string' || body.requestId.length === 0 || body.requestId.length > 64) return 'requestId is required.';
  if (body.currency !== 'EUR') return 'currency must be EUR.';
  if (typeof body.grosAmount !== 'number' || !(body.grosAmount > 0) || Math.round(body.grosAmount * 100) !== body.grosAmount * 100)
    return 'grosAmount must be a positive amount in euros with at most two decimals.';
  if (typeof body.purpose !== 'string' || body.purpose.length === 0 || [...body.purpose].length > 27)
    return 'purpose must have 1 to 27 characters.';
  if (typeof body.redirectUrl !== 'string' || !/^https?:\/\//u.test(body.redirectUrl)) return 'redirectUrl must be an http(s) URL.';
  if (!Array.isArray(body.items)) return 'items must be a list.';
  return undefined;
}

/** @param {import('node:http').ServerResponse} res @param {PaymentTransaction | undefined} transaction */
function found(res, transaction) {
  if (transaction) json(res, 200, transaction);
  else json(res, 404, { error: 'No such transaction (test provider).' });
}

/** The pay page: what is paid, and the three outcomes as buttons. @param {import('node:http').ServerResponse} res @param {PaymentTransaction | undefined} transaction */
function page(res, transaction) {
  if (!transaction) return json(res, 404, { error: 'No such transaction (test provider).' });
  const { grosAmount = 0, purpose = '' } = transaction.paymentRequest ?? {};
  const amount = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(grosAmount);
  const open = transaction.paymentInformation.status === 'INITIAL';
  const html = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>TEST-Bezahldienst – keine echte Zahlung</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:36rem;margin:1rem auto;padding:0 1rem;color:#1b1b1b}
.test{border:4px solid #a30000;padding:.5rem 1rem;font-weight:700}button{font:inherit;padding:.5rem 1rem;margin:.25rem .5rem .25rem 0;min-height:44px}</style></head>
<body><main>
<p class="test">TEST-BEZAHLDIENST: Hier wird kein Geld bewegt. Diese Seite ersetzt in der Demo einen echten Bezahldienst (ePayBL, pmPayment, GiroCheckout).</p>
<h1>Zahlung (Test)</h1>
<p>Verwendungszweck: ${escape(purpose)}</p>
<p>Betrag: ${escape(amount)}</p>
${
  open
    ? `<form method="post"><button name="outcome" value="pay">Bezahlen (Test)</button><button name="outcome" value="fail">Zahlung fehlschlagen lassen (Test)</button><button name="outcome" value="cancel">Abbrechen (Test)</button></form>`
    : `<p>Diese Test-Zahlung ist abgeschlossen (${escape(transaction.paymentInformation.status)}).</p>`
}
</main></body></html>`;
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
    'Referrer-Policy': 'no-referrer',
  });
  res.end(html);
}

/** @param {string} text */
function escape(text) {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
function json(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** @param {import('node:http').IncomingMessage} req */
async function readText(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error('Body too large (test provider).');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
