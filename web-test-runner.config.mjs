// @ts-check
/**
 * Every test runs in a real browser (Debian's Chromium, via puppeteer-core) against real servers: the
 * reference intake (demo/intake.mjs, with a SQLite file in a temp folder) is mounted on the test server.
 */
import { execFile } from 'node:child_process';
import { createServer, request } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build as esbuild } from 'esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { generateIntakeKey } from './demo/intake-crypto.mjs';
import { createIntake } from './demo/intake.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { createIntakeWithFaults } from './test/support/intake-with-faults.mjs';

// Fault injection on `/api/_faults` (test/support/intake-with-faults.mjs around the intake). The intake's key pair is made anew for every run. The test
// pages (http://localhost:<port>) may post across origins to http://127.0.0.1:<port>, the same server under
// another origin; pages on 127.0.0.1 may not post to localhost. The port is known only once the server
// has started (it is the first free one), so testPageOriginPlugin adds the origin then; the intake reads its
// allow-list on every request.
const corsOrigins = [];
const intake = createIntakeWithFaults({
  dbPath: join(mkdtempSync(join(tmpdir(), 'antrag-test-')), 'intake.sqlite'),
  formsDir: 'demo/forms',
  privateKey: await generateIntakeKey(),
  corsOrigins,
});

/** Allows the test pages' origin to post across origins (see `corsOrigins`). */
function testPageOriginPlugin() {
  return {
    name: 'antrag-test-page-origin',
    serverStart({ config }) {
      corsOrigins.push(`http://${config.hostname}:${config.port}`);
    },
  };
}

/** Server command for the import-rule test: every `import … from '…'` in src/, by file. */
function sourceImportsPlugin() {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return {
    name: 'antrag-source-imports',
    executeCommand({ command }) {
      // The text of every module outside i18n/messages-*, for the test that every UI message is used.
      if (command === 'antrag-source-text')
        return walk('src')
          .filter((file) => file.endsWith('.ts') && !/messages-\w+\.ts$/u.test(file))
          .map((file) => readFileSync(file, 'utf8'))
          .join('\n');
      if (command !== 'antrag-source-imports') return undefined;
      return walk('src')
        .filter((file) => file.endsWith('.ts'))
        .map((file) => ({
          file: relative('src', file),
          imports: [
            ...readFileSync(file, 'utf8').matchAll(
              /^\s*(?:import\s+['"]([^'"]+)['"]|(?:import|export)\b[^'";]*?\bfrom\s+['"]([^'"]+)['"])/gmu,
            ),
          ].map((m) => m[1] ?? m[2]),
        }));
    },
  };
}

/** Server command for the CLI test: runs `bin/antrag.mjs` with the given arguments in Node. */
function cliPlugin() {
  return {
    name: 'antrag-cli',
    executeCommand({ command, payload }) {
      if (command !== 'antrag-cli') return undefined;
      return new Promise((resolve) => {
        execFile(process.execPath, ['bin/antrag.mjs', ...payload.args], (error, stdout, stderr) =>
          resolve({ code: error ? error.code : 0, stdout, stderr }),
        );
      });
    },
  };
}

/**
 * Server command for the JSON Schema test: validates JSON documents against the generated definition
 * schema with Ajv, the validator behind VS Code's and most editors' inline JSON errors.
 */
function schemaPlugin() {
  return {
    name: 'antrag-schema',
    async executeCommand({ command, payload }) {
      if (command !== 'antrag-schema-validate') return undefined;
      const { default: Ajv2020 } = await import('ajv/dist/2020.js');
      const schema = JSON.parse(readFileSync('dist/antrag-definition.schema.json', 'utf8'));
      const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
      return payload.documents.map((document) => (validate(document) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`)));
    },
  };
}

/**
 * One raw HTTP request from Node on a fresh connection. Answers `{ status, headers, body }`, or `{ error }`
 * (e.g. ECONNRESET) when the connection was dropped.
 */
function rawRequest(port, { method, path, headers, body }) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (error) => resolve({ error: error.code ?? error.message }));
    });
    req.on('error', (error) => resolve({ error: error.code ?? error.message }));
    req.end(body);
  });
}

/**
 * Server command for intake tests that a browser cannot make: a raw HTTP request from Node, with any
 * `Origin` header, on a fresh connection that the browser's own transparent resend cannot hide.
 */
function rawHttpPlugin() {
  let port = 0;
  return {
    name: 'antrag-raw-http',
    serverStart({ config }) {
      port = config.port;
    },
    executeCommand({ command, payload }) {
      if (command !== 'antrag-raw-http') return undefined;
      return rawRequest(port, payload);
    },
  };
}

/**
 * Server command for what the test intake's own configuration cannot show (no key, no faults): a second
 * intake with the given options on a port of its own, the given requests one after another, then it is gone.
 * `privateKey: true` gives it a fresh key.
 */
function intakeVariantPlugin() {
  return {
    name: 'antrag-intake-variant',
    async executeCommand({ command, payload }) {
      if (command !== 'antrag-intake-variant') return undefined;
      const { privateKey, ...options } = payload.options;
      const variant = createIntake({
        dbPath: join(mkdtempSync(join(tmpdir(), 'antrag-variant-')), 'intake.sqlite'),
        formsDir: 'demo/forms',
        ...options,
        ...(privateKey && { privateKey: await generateIntakeKey() }),
      });
      // An intake that throws answers 500, as the demo server does, instead of taking the test runner down.
      const server = createServer((req, res) =>
        variant
          .handle(req, res)
          .then((handled) => handled || res.writeHead(404).end())
          .catch((error) => (console.error(error), res.headersSent ? res.destroy() : res.writeHead(500).end())),
      );
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const answers = [];
        for (const req of payload.requests) answers.push(await rawRequest(server.address().port, req));
        return answers;
      } finally {
        server.close();
        variant.close();
      }
    },
  };
}

/**
 * Server command: emulates CSS media features that @web/test-runner-commands and puppeteer do not offer
 * (forced-colors), over the DevTools protocol as Chromium's own rendering emulation does.
 */
function mediaFeaturesPlugin() {
  // One DevTools session per test page, kept open: emulation ends when its session detaches.
  const sessions = new Map();
  return {
    name: 'antrag-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'antrag-media-features') return undefined;
      if (!sessions.has(session.id)) sessions.set(session.id, await session.browser.getPage(session.id).createCDPSession());
      await sessions.get(session.id).send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}

/**
 * Server commands for the accessibility-tree contracts: Chromium's own accessibility tree (names, roles,
 * states as assistive technology gets them, not the DOM) of the page's <antrag-assistant>, and writing a
 * contract file when `UPDATE_A11Y_TREE=1` asks for it.
 */
function accessibilityTreePlugin() {
  return {
    name: 'antrag-a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (command === 'antrag-a11y-tree') {
        // The whole test page: it holds only the fixture. (A `root` that is not itself an accessible
        // object, like the host element, would cut the snapshot down to its first child.)
        return session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: true });
      }
      if (command === 'antrag-screenshot') {
        // A PNG of part of the test page (CSS pixels), for the hostile-CSS comparison.
        const page = session.browser.getPage(session.id);
        return page.screenshot({ clip: payload.clip, encoding: 'base64' });
      }
      if (command === 'antrag-a11y-tree-write') {
        if (process.env.UPDATE_A11Y_TREE !== '1') return false;
        writeFileSync(join('test/a11y-tree', `${payload.name}.json`), `${JSON.stringify(payload.tree, null, 2)}\n`);
        return true;
      }
      return undefined;
    },
  };
}

/**
 * For the framework examples (examples/): React ships CommonJS and Vue's default module expects a bundler,
 * as a real app has. Here esbuild bundles React once (one shared copy for react and react-dom) and Vue's
 * browser build is used; the examples import `antrag/define` as an app would, here this repository's source.
 */
const vendor = new Map(
  (
    await esbuild({
      entryPoints: { react: 'test/support/vendor-react.js', 'react-dom-client': 'test/support/vendor-react-dom-client.js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: '/__vendor',
      write: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    })
  ).outputFiles.map((file) => [file.path, file.text]),
);
function frameworkExamplesPlugin() {
  return {
    name: 'antrag-framework-examples',
    resolveImport({ source }) {
      if (source === 'react') return '/__vendor/react.js';
      if (source === 'react-dom/client') return '/__vendor/react-dom-client.js';
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.prod.js';
      if (source === 'antrag/define') return '/src/define.ts';
      return undefined;
    },
    serve(context) {
      const code = vendor.get(context.path);
      return code === undefined ? undefined : { body: code, type: 'js' };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One test page at a time: a background tab gets no animation frames and no keyboard focus, so focus,
  // :focus-visible and fixture() rendering are only trustworthy in the page in front.
  concurrency: 1,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, jsxFactory: 'React.createElement', jsxFragment: 'React.Fragment', target: 'es2022' }),
    frameworkExamplesPlugin(),
    sourceImportsPlugin(),
    cliPlugin(),
    schemaPlugin(),
    testPageOriginPlugin(),
    rawHttpPlugin(),
    intakeVariantPlugin(),
    mediaFeaturesPlugin(),
    accessibilityTreePlugin(),
  ],
  middleware: [
    // The built script-tag files byte for byte, as a CDN serves them: the dev server's own JS handling would
    // change them (and so their Subresource Integrity hash).
    async (ctx, next) => {
      if (!/^\/dist\/antrag\.[\w-]+\.js$/u.test(ctx.path)) return next();
      ctx.type = 'text/javascript';
      ctx.body = readFileSync(`.${ctx.path}`);
    },
    // The strict-CSP test page: the policy issue #6 promises embedding sites, Trusted Types included.
    async (ctx, next) => {
      await next();
      if (ctx.path === '/test/fixtures/strict-csp.html') {
        ctx.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
        );
      }
    },
    async (ctx, next) => {
      if (!ctx.path.startsWith('/api/')) return next();
      ctx.respond = false;
      if (!(await intake.handle(ctx.req, ctx.res))) ctx.res.writeHead(404).end();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        // The closed network here refuses Chromium's background connections; root needs --no-sandbox.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
