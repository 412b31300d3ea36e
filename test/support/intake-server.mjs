// @ts-check
/**
 * The reference intake over real HTTP for `node --test`: its own SQLite file in a temp folder, its own port,
 * and the requests a test makes of it (through Node's fetch, or raw on a fresh connection).
 */
import { randomBytes } from 'node:crypto';
import { createServer, request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIntakeKey } from '../../demo/intake-crypto.mjs';
import { createIntake } from '../../demo/intake.mjs';
import { createIntakeWithFaults } from './intake-with-faults.mjs';
import { repositoryRoot } from './repository-root.mjs';

/**
 * @typedef {{ status?: number, headers?: Record<string, string | string[] | undefined>, body?: string, error?: string }} RawAnswer
 * @typedef {{ method: string, path: string, headers?: Record<string, string>, body?: string }} RawRequest
 */

/**
 * One raw HTTP request on a fresh connection. Answers `{ status, headers, body }`, or `{ error }` (e.g.
 * ECONNRESET) when the connection was dropped.
 * @param {number} port @param {RawRequest} options @returns {Promise<RawAnswer>}
 */
export function rawRequest(port, { method, path, headers, body }) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (/** @type {NodeJS.ErrnoException} */ error) => resolve({ error: error.code ?? error.message }));
    });
    req.on('error', (/** @type {NodeJS.ErrnoException} */ error) => resolve({ error: error.code ?? error.message }));
    req.end(body);
  });
}

/**
 * Starts an intake on 127.0.0.1 (a free port) with a fresh key pair unless `privateKey: false`, a fresh read
 * token, with fault injection when `faults: true`, and any further `createIntake` options. What it logs is
 * collected in `logs`. An intake that throws answers 500, as the demo server does.
 * @param {{ faults?: boolean, privateKey?: boolean, corsOrigins?: string[] } & Partial<Parameters<typeof createIntake>[0]>} [options]
 */
export async function startIntake({ faults = false, privateKey = true, corsOrigins = [], ...more } = {}) {
  /** @type {string[]} */
  const logs = [];
  const token = randomBytes(32).toString('hex');
  const options = {
    dbPath: join(mkdtempSync(join(tmpdir(), 'antrag-node-test-')), 'intake.sqlite'),
    formsDir: join(repositoryRoot, 'demo/forms'),
    corsOrigins,
    readToken: token,
    log: (/** @type {string} */ line) => void logs.push(line),
    ...more,
    ...(privateKey && { privateKey: await generateIntakeKey() }),
  };
  const reader = { headers: { Authorization: `Bearer ${options.readToken}` } };
  const intake = faults ? createIntakeWithFaults(options) : createIntake(options);
  const server = createServer((req, res) =>
    intake
      .handle(req, res)
      .then((handled) => handled || res.writeHead(404).end())
      .catch((error) => (console.error(error), res.headersSent ? res.destroy() : res.writeHead(500).end())),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    dbPath: options.dbPath,
    token,
    logs,
    /** @param {string} path @param {RequestInit} [init] */
    fetch: (path, init) => fetch(`${origin}${path}`, init),
    /**
     * A JSON (or already serialised) submission, as the assistant posts it.
     * @param {unknown} body @param {Record<string, string>} [headers] @param {string} [path]
     */
    post: (body, headers = {}, path = '/api/submissions') =>
      fetch(`${origin}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    /** @param {RawRequest} options */
    raw: (options) => rawRequest(port, options),
    /** The submissions it stored, newest first (read with the token). @returns {Promise<any[]>} */
    stored: async () => (await fetch(`${origin}/api/submissions`, reader)).json(),
    /** Every record it stored under one submission id. @param {string} submissionId @returns {Promise<any[]>} */
    recordsOf: async (submissionId) =>
      (await fetch(`${origin}/api/submissions?submissionId=${encodeURIComponent(submissionId)}`, reader)).json(),
    /** A stored file of one submission (read with the token). @param {string} reference @param {string} id */
    download: (reference, id) => fetch(`${origin}/api/submissions/${reference}/attachments/${id}`, reader),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      intake.close();
    },
  };
}
