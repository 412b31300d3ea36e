// @ts-check
/**
 * The demo server itself (demo/server.mjs: page, forms, reference intake with a read token) for the workbench
 * tests, started on a free port with its own SQLite file and `ANTRAG_INTAKE_TOKEN`, and mounted on the test
 * server under `/demo-app/` by a proxy, so the test page can hold the demo page in a same-origin frame (the demo
 * uses relative URLs throughout). Server command `antrag-demo-server`:
 *
 *   { action: 'token' }                       → the read token
 *   { action: 'add-form', id, definition }    → writes demo/forms/<id>.json (a definition "copied there")
 *   { action: 'remove-form', id }             → removes it again
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer } from '../../../demo/server.mjs';

const PREFIX = '/demo-app';
/** Only test forms may be written or removed: their ids start with this. */
const TEST_FORM = /^zz-test-[a-z0-9-]{1,40}$/u;

export function demoServer() {
  const token = randomBytes(32).toString('hex');
  /** @type {Promise<import('node:http').Server> | undefined} */
  let server;
  const start = () =>
    (server ??= startDemoServer({
      port: 0,
      dbPath: join(mkdtempSync(join(tmpdir(), 'antrag-demo-test-')), 'demo.sqlite'),
      env: { ANTRAG_INTAKE_TOKEN: token },
    }));
  return {
    /** @type {import('@web/test-runner').TestRunnerPlugin} */
    plugin: {
      name: 'antrag-demo-server',
      async serverStop() {
        const running = await server;
        running?.closeAllConnections();
        running?.close();
      },
      executeCommand({ command, payload }) {
        if (command !== 'antrag-demo-server') return undefined;
        const { action, id, definition } = /** @type {any} */ (payload);
        if (action === 'token') return token;
        if (!TEST_FORM.test(String(id))) throw new Error(`not a test form id: ${id}`);
        const file = join('demo/forms', `${id}.json`);
        if (action === 'add-form') writeFileSync(file, JSON.stringify(definition, null, 2));
        else if (action === 'remove-form') rmSync(file, { force: true });
        return true;
      },
    },
    /** Forwards `/demo-app/…` to the demo server, raw: its headers (the CSP included) reach the page unchanged. @type {import('koa').Middleware} */
    async middleware(ctx, next) {
      if (ctx.path !== PREFIX && !ctx.path.startsWith(`${PREFIX}/`)) return next();
      const port = /** @type {import('node:net').AddressInfo} */ ((await start()).address()).port;
      ctx.respond = false;
      await new Promise((resolve) => {
        const forward = request(
          { host: '127.0.0.1', port, method: ctx.method, path: ctx.url.slice(PREFIX.length) || '/', headers: ctx.req.headers },
          (answer) => {
            ctx.res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(ctx.res);
            answer.on('end', resolve);
          },
        );
        forward.on('error', (error) => {
          ctx.res.writeHead(502).end(String(error));
          resolve(undefined);
        });
        ctx.req.pipe(forward);
      });
    },
  };
}
