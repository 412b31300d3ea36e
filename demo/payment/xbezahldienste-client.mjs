// @ts-check
/**
 * A client for an XBezahldienste payment provider (ePayBL, pmPayment, GiroCheckout), written against the
 * public OpenAPI description "XBezahldienste APIDoku v1.0.0" (docs.fitko.de/xbezahldienste): create a payment
 * transaction, ask for its status. Server-side only: its credentials (OAuth client credentials or a bearer
 * token; mutual TLS belongs in the HTTPS agent or a forward proxy) must never reach a browser.
 *
 * Every request has a timeout; network errors, timeouts, 429 and 5xx are retried with backoff. A creation is
 * retried with the same `requestId`, so a provider that has already seen it can answer with the same transaction.
 */

/** The statuses of a payment transaction in XBezahldienste. */
export const PAYMENT_STATUSES = /** @type {const} */ (['INITIAL', 'PAYED', 'FAILED', 'CANCELED']);

/**
 * @typedef {(typeof PAYMENT_STATUSES)[number]} PaymentStatus
 * @typedef {{ id: string, reference?: string, description: string, quantity: number, singleNetAmount: number,
 *   totalNetAmount: number, taxRate: number }} PaymentItem
 * @typedef {{ requestId: string, requestTimestamp: string, currency: 'EUR', grosAmount: number, purpose: string,
 *   description?: string, redirectUrl: string, items: PaymentItem[], requestor?: { name?: string } }} PaymentRequest
 * @typedef {{ transactionId: string, transactionUrl?: string, transactionRedirectUrl?: string, transactionReference?: string,
 *   transactionTimestamp?: string, paymentMethod?: string, status: PaymentStatus, statusDetail?: string }} PaymentInformation
 * @typedef {{ paymentInformation: PaymentInformation, paymentRequest?: PaymentRequest }} PaymentTransaction
 * @typedef {{ baseUrl: string | (() => string), originatorId: string, endPointId: string, token?: string,
 *   oauth?: { tokenUrl: string, clientId: string, clientSecret: string }, timeoutMs?: number, maxAttempts?: number,
 *   backoffMs?: number, fetch?: typeof fetch }} XBezahldiensteOptions
 */

/** The provider could not be reached or kept failing (timeouts, 5xx), or answered something unusable. */
export class PaymentProviderError extends Error {
  name = 'PaymentProviderError';
  /** @param {string} message @param {{ status?: number, cause?: unknown }} [options] */
  constructor(message, { status, cause } = {}) {
    super(message, { cause });
    /** The provider's HTTP status, when it answered. */
    this.status = status;
  }
}

/**
 * The purpose line as XBezahldienste allows it: at most 27 characters, shortened at the end.
 * @param {string} purpose
 */
export function purposeLine(purpose) {
  return [...purpose.replace(/\s+/gu, ' ').trim()].slice(0, 27).join('');
}

/**
 * Creates the client. `baseUrl` may be a function when it is known only after a server started.
 * @param {XBezahldiensteOptions} options
 */
export function createXBezahldiensteClient(options) {
  const { originatorId, endPointId, timeoutMs = 10_000, maxAttempts = 3, backoffMs = 250 } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  /** @type {{ token: string, until: number } | undefined} */
  let cached;
  const base = () => (typeof options.baseUrl === 'function' ? options.baseUrl() : options.baseUrl).replace(/\/+$/u, '');
  const collection = () => `${base()}/paymenttransaction/${encodeURIComponent(originatorId)}/${encodeURIComponent(endPointId)}`;

  /** The Authorization header: a fixed token, or an OAuth client-credentials token kept until shortly before it expires. */
  async function authorization() {
    if (options.token) return `Bearer ${options.token}`;
    if (!options.oauth) return undefined;
    if (cached && cached.until > Date.now()) return `Bearer ${cached.token}`;
    const { tokenUrl, clientId, clientSecret } = options.oauth;
    const response = await timed(tokenUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    const body = /** @type {any} */ (await response.json().catch(() => ({})));
    if (!response.ok || typeof body.access_token !== 'string')
      throw new PaymentProviderError(`The payment provider refused the client credentials (HTTP ${response.status}).`, { status: response.status });
    cached = { token: body.access_token, until: Date.now() + Math.max(0, Number(body.expires_in ?? 300) - 30) * 1000 };
    return `Bearer ${cached.token}`;
  }

  /** One fetch that gives up after `timeoutMs`. @param {string} url @param {RequestInit} init */
  async function timed(url, init) {
    try {
      return await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new PaymentProviderError(`The payment provider at ${url} did not answer within ${timeoutMs} ms or could not be reached.`, {
        cause: error,
      });
    }
  }

  /**
   * A JSON request, retried after no answer, 429 or 5xx (`maxAttempts` in all, waiting `backoffMs` doubled).
   * @param {string} method @param {string} url @param {unknown} [body] @returns {Promise<PaymentTransaction>}
   */
  async function request(method, url, body) {
    /** @type {unknown} */
    let last;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 2)));
      /** @type {Response} */
      let response;
      try {
        const auth = await authorization();
        response = await timed(url, {
          method,
          headers: { Accept: 'application/json', ...(body !== undefined && { 'Content-Type': 'application/json' }), ...(auth && { Authorization: auth }) },
          ...(body !== undefined && { body: JSON.stringify(body) }),
        });
      } catch (error) {
        // No answer (or a timeout) may be gone next time; refused credentials will not.
        if (error instanceof PaymentProviderError && error.status !== undefined) throw error;
        last = error;
        continue;
      }
      const text = await response.text().catch(() => '');
      if (response.status === 429 || response.status >= 500) {
        last = new PaymentProviderError(`The payment provider answered HTTP ${response.status}.`, { status: response.status });
        continue;
      }
      if (!response.ok)
        throw new PaymentProviderError(`The payment provider refused the request (HTTP ${response.status}): ${text.slice(0, 200)}`, {
          status: response.status,
        });
      return transactionOf(text);
    }
    throw last instanceof PaymentProviderError ? last : new PaymentProviderError('The payment provider could not be reached.', { cause: last });
  }

  return {
    /**
     * Creates a payment transaction (`POST …/paymenttransaction/{originatorId}/{endPointId}`); the answer's
     * `paymentInformation.transactionRedirectUrl` is where the citizen pays.
     * @param {PaymentRequest} paymentRequest
     */
    create: (paymentRequest) => request('POST', collection(), { ...paymentRequest, purpose: purposeLine(paymentRequest.purpose) }),
    /**
     * The transaction as the provider knows it now (`GET …/{transactionId}`): the only proof of payment.
     * @param {string} transactionId
     */
    status: (transactionId) => request('GET', `${collection()}/${encodeURIComponent(transactionId)}`),
  };
}

/** The provider's answer, checked for what the intake relies on. @param {string} text @returns {PaymentTransaction} */
function transactionOf(text) {
  /** @type {any} */
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const info = body?.paymentInformation;
  if (typeof info?.transactionId !== 'string' || !PAYMENT_STATUSES.includes(info.status))
    throw new PaymentProviderError('The payment provider answered something that is not a payment transaction.');
  return body;
}
