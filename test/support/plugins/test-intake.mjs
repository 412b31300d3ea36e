// @ts-check
/**
 * The test server's reference intake: demo/intake.mjs with fault injection (intake-with-faults.mjs), a SQLite
 * file in a temp folder and a key pair made anew for every run, mounted under `/api/`. Reading the list and the
 * files is allowed from this computer, as in demo mode (the test pages are on localhost).
 *
 * The test pages (http://localhost:<port>) may post across origins to http://127.0.0.1:<port>, the same server
 * under another origin; pages on 127.0.0.1 may not post to localhost. The port is known only once the server
 * has started (it is the first free one), so the plugin adds the origin then; the intake reads its allow-list
 * on every request.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIntakeKey } from '../../../demo/intake-crypto.mjs';
import { createTestProvider } from '../../../demo/payment/test-provider.mjs';
import { createXBezahldiensteClient } from '../../../demo/payment/xbezahldienste-client.mjs';
import { createIntakeWithFaults } from '../intake-with-faults.mjs';

export async function testIntake() {
  /** @type {string[]} */
  const corsOrigins = [];
  // Payable forms hand off to the demo's test provider, mounted at /test-provider/ on the test server.
  // The intake (Node) calls it on 127.0.0.1; the test pages, on localhost, are sent to its pay page there.
  let origin = '';
  let pageOrigin = '';
  const provider = createTestProvider({ basePath: '/test-provider', publicOrigin: () => pageOrigin });
  const paymentClient = createXBezahldiensteClient({ baseUrl: () => `${origin}/test-provider`, originatorId: 'antrag-test', endPointId: 'test' });
  const intake = createIntakeWithFaults({
    dbPath: join(mkdtempSync(join(tmpdir(), 'antrag-test-')), 'intake.sqlite'),
    formsDir: 'demo/forms',
    privateKey: await generateIntakeKey(),
    corsOrigins,
    // As in demo mode: the test pages read the list and download files from this computer without a token.
    readFromLoopback: true,
    // Refusals are what many tests provoke; their log lines would only bury the test output.
    log: () => {},
    paymentClient,
  });
  return {
    /** The intake's forms by id; the FIM tests add imported forms (fim-forms.mjs). */
    definitions: intake.definitions,
    /** Allows the test pages' origin to post across origins (see above). @type {import('@web/test-runner').TestRunnerPlugin} */
    plugin: {
      name: 'antrag-test-intake',
      serverStart({ config }) {
        corsOrigins.push(`http://${config.hostname}:${config.port}`);
        origin = `http://127.0.0.1:${config.port}`;
        pageOrigin = `http://${config.hostname}:${config.port}`;
      },
      serverStop() {
        intake.close();
      },
    },
    /** Hands everything under `/api/` to the intake, raw (Node's request and response). @type {import('koa').Middleware} */
    async middleware(ctx, next) {
      if (ctx.path.startsWith('/test-provider/')) {
        ctx.respond = false;
        if (!(await provider.handle(ctx.req, ctx.res))) ctx.res.writeHead(404).end();
        return;
      }
      if (!ctx.path.startsWith('/api/')) return next();
      ctx.respond = false;
      if (!(await intake.handle(ctx.req, ctx.res))) ctx.res.writeHead(404).end();
    },
  };
}
