// @ts-check
/**
 * `npm run demo`: one Node process on 127.0.0.1 that serves the demo page, the built library, the demo
 * form definitions and the reference intake (`/api/submissions`, SQLite under demo/data/).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIntakeKey } from './intake-crypto.mjs';
import { MIN_TOKEN_LENGTH } from './intake-http.mjs';
import { createIntake, DEFAULT_LIMITS } from './intake.mjs';
import { coreBundle, listForms, PAGES } from './demo-routes.mjs';
import { paymentFrom } from './payment/payment-config.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  // docs/accessibility.md, linked from the accessibility panel: shown as text, never run.
  '.md': 'text/plain; charset=utf-8',
};
// The demo runs under the strict CSP that issue #6 promises embedding sites: no inline script or style.
// frame-ancestors 'self': the demo page shows the assistant in a frame of its own origin (the preview width).
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";
/** On every answer that is not the intake's (which sets its own): pages are never framed, nothing is sniffed. */
/** URL prefix → folder; nothing outside these folders is served. @type {Array<[string, string]>} */
const MOUNTS = [
  ['/dist/', join(root, 'dist')],
  // The accessibility panel's engine, the one file of it the page loads.
  ['/vendor/axe-core/axe.min.js', join(root, 'node_modules/axe-core/axe.min.js')],
  ['/docs/accessibility.md', join(root, 'docs/accessibility.md')],
  ['/forms/', join(root, 'demo/forms')],
  ['/', join(root, 'demo/public')],
];
const PAGE_HEADERS = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** Thrown when the server must not start as configured; the message says what to set. */
export class DemoConfigurationError extends Error {
  name = 'DemoConfigurationError';
}

/**
 * Who may read received submissions, from the environment: `ANTRAG_INTAKE_TOKEN` (a bearer token), else in
 * demo mode this computer only; `NODE_ENV=production` without a token does not start.
 * @param {NodeJS.ProcessEnv} env
 */
export function readingFrom(env) {
  const token = env.ANTRAG_INTAKE_TOKEN || undefined;
  if (token && token.length < MIN_TOKEN_LENGTH)
    throw new DemoConfigurationError(`ANTRAG_INTAKE_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters long (e.g. \`openssl rand -hex 32\`).`);
  if (token) return { readToken: token, readFromLoopback: false };
  if (env.NODE_ENV === 'production')
    throw new DemoConfigurationError(
      `NODE_ENV=production needs ANTRAG_INTAKE_TOKEN (at least ${MIN_TOKEN_LENGTH} characters, e.g. \`openssl rand -hex 32\`): ` +
        'without it anyone who reaches the intake could read every submission and its files.',
    );
  return { readToken: undefined, readFromLoopback: true };
}

/** @param {{ port?: number, dbPath?: string, env?: NodeJS.ProcessEnv }} [options] */
export async function startDemoServer({ port, dbPath, env = process.env } = {}) {
  const reading = readingFrom(env);
  // ANTRAG_PRIVATE_JWK: a JSON file with the intake's private RSA key; otherwise a fresh pair per start
  // (the demo page fetches the public half from /api/jwks.json, so it always fits).
  const privateKey = env.ANTRAG_PRIVATE_JWK ? JSON.parse(await readFile(env.ANTRAG_PRIVATE_JWK, 'utf8')) : await generateIntakeKey();
  // ANTRAG_CORS_ORIGINS: sites that embed the assistant and post here across origins, comma-separated.
  const corsOrigins = (env.ANTRAG_CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  // Payable forms hand off to ANTRAG_PAY_* (docs/payment.md), else to the demo's own test provider.
  let origin = '';
  const payment = paymentFrom(env, () => origin);
  const intake = createIntake({
    ...(payment.client && { paymentClient: payment.client }),
    dbPath: dbPath ?? env.ANTRAG_DB ?? join(root, 'demo/data/antrag.sqlite'),
    formsDir: join(root, 'demo/forms'),
    privateKey,
    corsOrigins,
    ...reading,
  });
  const server = createServer(async (req, res) => {
    try {
      if (await intake.handle(req, res)) return;
      if (payment.testProvider && (await payment.testProvider.handle(req, res))) return;
      for (const [name, value] of Object.entries(PAGE_HEADERS)) res.setHeader(name, value);
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      const path = decodedPath(req.url ?? '/');
      if (path === undefined) return void res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      if (path === '/forms/index.json') return void send(res, TYPES['.json'], JSON.stringify(await listForms(join(root, 'demo/forms'))));
      if (path === '/vendor/antrag-core.js') return void send(res, TYPES['.js'], await coreBundle(root));
      // ── Pages with a path of their own (demo-routes.mjs). The playground's page and route go here. ──
      const page = Object.hasOwn(PAGES, path) ? `/${PAGES[/** @type {keyof typeof PAGES} */ (path)]}` : undefined;
      const file = resolveFile(page ?? (path === '/' ? '/index.html' : path));
      const body = file && (await readFile(file).catch(() => undefined));
      if (!body) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      res.writeHead(200, {
        'Content-Type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal error');
    }
  });
  server.on('close', () => intake.close());
  return /** @type {Promise<import('node:http').Server>} */ (
    new Promise((resolvePromise) =>
      server.listen(port ?? Number(env.PORT ?? 8080), '127.0.0.1', () => {
        origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
        resolvePromise(server);
      }),
    )
  );
}

/** @param {import('node:http').ServerResponse} res @param {string} type @param {string} body */
function send(res, type, body) {
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }).end(body);
}

/** The URL's path, percent-decoded; undefined when it does not decode (`/%E0%A4%A`) or holds a NUL. @param {string} url */
function decodedPath(url) {
  try {
    const path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

/**
 * The file a path names inside its mount, or undefined when it would leave the mount's folder (`..` decoded
 * from `%2f`, or a sibling folder whose name starts like the mount's: `dist-x` is not `dist`).
 * @param {string} path
 */
function resolveFile(path) {
  for (const [prefix, dir] of MOUNTS) {
    // A mount of one file serves exactly that path.
    if (!prefix.endsWith('/')) {
      if (path === prefix) return dir;
      continue;
    }
    if (!path.startsWith(prefix)) continue;
    const file = resolve(dir, `.${path.slice(prefix.length - 1)}`);
    const inside = relative(dir, file);
    return inside && !inside.startsWith('..') && !isAbsolute(inside) ? file : undefined;
  }
  return undefined;
}

/** What the server prints at start: where things are, who may read submissions, and the limits. @param {string} base @param {NodeJS.ProcessEnv} env */
export function startupMessage(base, env) {
  const { readToken } = readingFrom(env);
  const mib = (/** @type {number} */ bytes) => `${bytes / 1024 / 1024} MiB`;
  return [
    `Antrag demo: ${base}/`,
    `  ${base}/?form=hundesteuer-anmeldung&theme=musterstadt&lang=de`,
    `  ${base}/?form=verbrennung-pflanzlicher-abfaelle&theme=beispielhausen&lang=en`,
    `  Inbox (received submissions, as a municipality reads them): ${base}/inbox`,
    readToken
      ? `  Received submissions: ${base}/api/submissions with "Authorization: Bearer $ANTRAG_INTAKE_TOKEN" (files: /api/submissions/<reference>/attachments/<id>)`
      : `  Received submissions: ${base}/api/submissions — demo mode: readable from this computer only, without a token. ` +
        'Set ANTRAG_INTAKE_TOKEN to require "Authorization: Bearer <token>" (NODE_ENV=production requires it).',
    env.ANTRAG_PAY_BASE_URL
      ? `  Online payment: XBezahldienste at ${env.ANTRAG_PAY_BASE_URL} (docs/payment.md); feedback: ${base}/api/feedback`
      : env.NODE_ENV === 'production'
        ? '  Online payment: off (set ANTRAG_PAY_BASE_URL, docs/payment.md)'
        : `  Online payment: the TEST PROVIDER at ${base}/test-provider/ (no money moves; docs/payment.md); feedback: ${base}/api/feedback`,
    `  Limits: ${mib(DEFAULT_LIMITS.maxJsonBytes)} per JSON submission, ${mib(DEFAULT_LIMITS.maxMultipartBytes)} with files (413); ` +
      `${DEFAULT_LIMITS.maxConcurrent} submissions or ${mib(DEFAULT_LIMITS.maxBufferedBytes)} at a time (then 503 with Retry-After); ` +
      `a body silent for ${DEFAULT_LIMITS.idleTimeoutMs / 1000} s gets 408; a key in progress gets 409 with Retry-After.`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const server = await startDemoServer();
    const address = /** @type {import('node:net').AddressInfo} */ (server.address());
    console.log(startupMessage(`http://127.0.0.1:${address.port}`, process.env));
  } catch (error) {
    if (!(error instanceof DemoConfigurationError)) throw error;
    console.error(`Antrag demo does not start: ${error.message}`);
    process.exitCode = 1;
  }
}
