// @ts-check
/**
 * `npm run demo`: one Node process on 127.0.0.1 that serves the demo page, the built library, the demo
 * form definitions and the reference intake (`/api/submissions`, SQLite under demo/data/).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIntakeKey } from './intake-crypto.mjs';
import { createIntake } from './intake.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
/** URL prefix → folder; nothing outside these folders is served. */
const MOUNTS = [
  ['/dist/', join(root, 'dist')],
  ['/forms/', join(root, 'demo/forms')],
  ['/', join(root, 'demo/public')],
];
// The demo runs under the strict CSP that issue #6 promises embedding sites: no inline script or style.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** @param {{ port?: number, dbPath?: string }} [options] */
export async function startDemoServer({
  port = Number(process.env.PORT ?? 8080),
  dbPath = process.env.ANTRAG_DB ?? join(root, 'demo/data/antrag.sqlite'),
} = {}) {
  // ANTRAG_PRIVATE_JWK: a JSON file with the intake's private RSA key; otherwise a fresh pair per start
  // (the demo page fetches the public half from /api/jwks.json, so it always fits).
  const privateKey = process.env.ANTRAG_PRIVATE_JWK
    ? JSON.parse(await readFile(process.env.ANTRAG_PRIVATE_JWK, 'utf8'))
    : await generateIntakeKey();
  // ANTRAG_CORS_ORIGINS: sites that embed the assistant and post here across origins, comma-separated.
  const corsOrigins = (process.env.ANTRAG_CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const intake = createIntake({ dbPath, formsDir: join(root, 'demo/forms'), privateKey, corsOrigins });
  const server = createServer(async (req, res) => {
    try {
      if (await intake.handle(req, res)) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const file = resolveFile(path === '/' ? '/index.html' : path);
      if (!file) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      const body = await readFile(file).catch(() => undefined);
      if (!body) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      res.writeHead(200, {
        'Content-Type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
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
  return new Promise((resolvePromise) => server.listen(port, '127.0.0.1', () => resolvePromise(server)));
}

/** @param {string} path */
function resolveFile(path) {
  for (const [prefix, dir] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    return file.startsWith(dir) ? file : undefined;
  }
  return undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = /** @type {import('node:http').Server} */ (await startDemoServer());
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const base = `http://127.0.0.1:${address.port}`;
  console.log(`Antrag demo: ${base}/`);
  console.log(`  ${base}/?form=hundesteuer-anmeldung&theme=musterstadt&lang=de`);
  console.log(`  ${base}/?form=verbrennung-pflanzlicher-abfaelle&theme=beispielhausen&lang=en`);
  console.log(`  Received submissions: ${base}/api/submissions`);
}
