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
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        rules.set(
          String(body.scope),
          body.rules.map((/** @type {FaultRule} */ rule) => ({ ...rule })),
        );
        reply(res, 204);
      } else if (req.method === 'DELETE') {
        rules.delete(scope);
        reply(res, 204);
      } else {
        reply(res, 200, { requests: logs.get(scope) ?? [] });
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
      logs.set(scope, [...(logs.get(scope) ?? []), entry]);
      return { rule, log: (outcome) => void (entry.outcome = outcome) };
    },
  };
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} [body] */
function reply(res, status, body) {
  res.writeHead(status, body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}
