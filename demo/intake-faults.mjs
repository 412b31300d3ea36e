// @ts-check
/**
 * Fault injection for tests only: the intake enables it with `testMode`, the demo server never does.
 * Faults are scoped by the `scope` query parameter of the submissions URL, so that test files running at the
 * same time never disturb each other.
 *
 *   POST   /api/_faults  {"scope": "abc", "rules": [{"times": 2, "status": 503, "retryAfter": "1"}, …]}
 *   DELETE /api/_faults?scope=abc   — the server "comes back"
 *   GET    /api/_faults?scope=abc   — every request of the scope: {at, key, contentType, outcome}
 *
 * A rule applies to the next `times` requests (null: all). It may answer with `status` (+ `retryAfter`)
 * without storing, wait `delayMs` first, or `drop` the connection: "after-body" (nothing stored) or
 * "after-store" (stored, but the client never hears so).
 */

/**
 * @typedef {{ times: number | null, status?: number, retryAfter?: string, delayMs?: number, drop?: 'after-body' | 'after-store' }} FaultRule
 * @typedef {{ at: number, key: string | null, contentType: string, outcome: number | 'dropped' }} LoggedRequest
 */

export function createFaults() {
  /** @type {Map<string, FaultRule[]>} */
  const rules = new Map();
  /** @type {Map<string, LoggedRequest[]>} */
  const logs = new Map();

  return {
    /**
     * Handles `/api/_faults`; returns false for any other path.
     * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {URL} url
     */
    async control(req, res, url) {
      if (url.pathname !== '/api/_faults') return false;
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
      return true;
    },

    /**
     * Takes the rule for the next request of a scope (decrementing it) and starts its log entry.
     * @param {string | null} scope @param {import('node:http').IncomingMessage} req
     * @returns {{ rule: FaultRule | undefined, log: (outcome: number | 'dropped') => void }}
     */
    begin(scope, req) {
      if (scope === null) return { rule: undefined, log: () => {} };
      const rule = rules.get(scope)?.find((r) => r.times === null || r.times > 0);
      if (rule && rule.times !== null) rule.times -= 1;
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
      return { rule, log: (outcome) => void (entry.outcome = outcome) };
    },
  };
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

/** @param {import('node:http').IncomingMessage} req */
async function readText(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} [body] */
function reply(res, status, body) {
  res.writeHead(status, body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}
