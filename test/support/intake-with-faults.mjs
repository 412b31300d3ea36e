// @ts-check
/**
 * The reference intake with fault injection, for tests only. It wraps the request handler of
 * demo/intake.mjs and adds `/api/_faults`; nothing in demo/ imports this file, so the demo server cannot
 * inject faults. Faults are scoped by the `scope` query parameter of the submissions URL, so that test files
 * running at the same time never disturb each other.
 *
 *   POST   /api/_faults  {"scope": "abc", "rules": [{"times": 2, "status": 503, "retryAfter": "1"}, …]}
 *   DELETE /api/_faults?scope=abc   — the server "comes back"
 *   GET    /api/_faults?scope=abc   — every request of the scope: {at, key, contentType, outcome}
 *
 * A rule applies to the next `times` requests (null: all). It may answer with `status` (+ `retryAfter`)
 * without storing, wait `delayMs` first, or `drop` the connection: "after-body" (nothing stored) or
 * "after-store" (stored, but the client never hears so). Faults act through the intake's `aroundReceive`
 * seam, so a faulty request has claimed its Idempotency-Key like any other (a duplicate meanwhile gets 409).
 */
import { createIntake } from '../../demo/intake.mjs';

/**
 * @typedef {{ times: number | null, status?: number, retryAfter?: string, delayMs?: number, drop?: 'after-body' | 'after-store' }} FaultRule
 * @typedef {{ at: number, key: string | null, contentType: string, outcome: number | 'dropped' }} LoggedRequest
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 */

/**
 * An intake as `createIntake` makes it, whose `handle` also serves `/api/_faults` and applies its rules to
 * `POST /api/submissions?scope=…`.
 * @param {Omit<Parameters<typeof createIntake>[0], 'aroundReceive'>} options
 */
export function createIntakeWithFaults(options) {
  /** @type {Map<string, FaultRule[]>} */
  const rules = new Map();
  /** @type {Map<string, LoggedRequest[]>} */
  const logs = new Map();
  /** The rule each submission request took when it arrived. @type {WeakMap<Request, FaultRule>} */
  const taken = new WeakMap();

  const intake = createIntake({
    ...options,
    async aroundReceive(req, receive) {
      const rule = taken.get(req);
      if (!rule) return receive();
      if (rule.delayMs) await new Promise((resolve) => setTimeout(resolve, rule.delayMs));
      if (rule.status || rule.drop === 'after-body') {
        await drain(req); // the whole body arrives, then the fault
        if (rule.drop === 'after-body') return void req.socket.destroy();
        const status = rule.status ?? 500;
        return {
          status,
          body: { error: 'Injected fault (test).' },
          ...(rule.retryAfter && { headers: { 'Retry-After': rule.retryAfter } }),
        };
      }
      const answer = await receive();
      // Stored, but the client never hears so: its retry must be answered from the stored response.
      if (rule.drop === 'after-store') return void req.socket.destroy();
      return answer;
    },
  });

  /**
   * Takes the rule for the next request of a scope (counting it down) and logs the request; its outcome is
   * the status once an answer went out, or "dropped".
   * @param {string} scope @param {Request} req @param {Response} res
   */
  function begin(scope, req, res) {
    const rule = rules.get(scope)?.find((r) => r.times === null || r.times > 0);
    if (rule && rule.times !== null) rule.times -= 1;
    if (rule) taken.set(req, rule);
    /** @type {LoggedRequest} */
    const entry = {
      at: Date.now(),
      key: typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null,
      contentType: String(req.headers['content-type'] ?? ''),
      outcome: 'dropped',
    };
    const log = logs.get(scope) ?? [];
    logs.set(scope, log);
    log.push(entry);
    res.on('finish', () => (entry.outcome = res.statusCode));
  }

  /** `/api/_faults`: set, remove or read a scope's rules and log. @param {Request} req @param {Response} res @param {URL} url */
  async function control(req, res, url) {
    const scope = url.searchParams.get('scope') ?? '';
    if (req.method === 'POST') {
      const body = parseRules(await readText(req));
      if (typeof body === 'string') reply(res, 400, { error: body });
      else {
        rules.set(body.scope, body.rules);
        reply(res, 204);
      }
    } else if (req.method === 'DELETE') {
      rules.delete(scope);
      reply(res, 204);
    } else if (req.method === 'GET') {
      reply(res, 200, { requests: logs.get(scope) ?? [] });
    } else {
      res.setHeader('Allow', 'GET, POST, DELETE');
      reply(res, 405, { error: 'Use POST (set rules), DELETE (remove them) or GET (the request log).' });
    }
  }

  /**
   * The intake's handler with `/api/_faults` in front; false for any path outside `/api/`, as the intake's own.
   * @param {Request} req @param {Response} res @returns {Promise<boolean>}
   */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/_faults') {
      await control(req, res, url);
      return true;
    }
    const scope = url.searchParams.get('scope');
    if (url.pathname === '/api/submissions' && req.method === 'POST' && scope !== null) begin(scope, req, res);
    return intake.handle(req, res);
  }

  return { ...intake, handle };
}

/**
 * A fault request's body, checked so that a typo in a test fails loudly instead of injecting nothing.
 * @param {string} text @returns {{ scope: string, rules: FaultRule[] } | string} the rules, or what is wrong
 */
function parseRules(text) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return 'The body is not JSON.';
  }
  if (typeof body?.scope !== 'string' || !body.scope) return '"scope" must be a non-empty string.';
  if (!Array.isArray(body.rules)) return '"rules" must be an array.';
  for (const rule of body.rules) {
    const known = ['times', 'status', 'retryAfter', 'delayMs', 'drop'];
    const unknown = Object.keys(rule ?? {}).filter((name) => !known.includes(name));
    if (unknown.length > 0) return `Unknown rule properties: ${unknown.join(', ')}.`;
    if (!(rule.times === null || (Number.isInteger(rule.times) && rule.times >= 0))) return '"times" must be a count or null (forever).';
    if (rule.status !== undefined && !(Number.isInteger(rule.status) && rule.status >= 100 && rule.status <= 599))
      return '"status" must be an HTTP status code.';
    if (rule.retryAfter !== undefined && typeof rule.retryAfter !== 'string') return '"retryAfter" must be a header value (a string).';
    if (rule.delayMs !== undefined && !(typeof rule.delayMs === 'number' && rule.delayMs >= 0)) return '"delayMs" must be milliseconds.';
    if (rule.drop !== undefined && rule.drop !== 'after-body' && rule.drop !== 'after-store')
      return '"drop" must be "after-body" or "after-store".';
  }
  // Copies: the counts are decremented here, not in the caller's object.
  return { scope: body.scope, rules: body.rules.map((/** @type {FaultRule} */ rule) => ({ ...rule })) };
}

/** Reads and discards the body. @param {Request} req */
async function drain(req) {
  for await (const _chunk of req);
}

/** @param {Request} req */
async function readText(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** @param {Response} res @param {number} status @param {unknown} [body] */
function reply(res, status, body) {
  res.writeHead(status, body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}
