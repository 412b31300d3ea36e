// @ts-check
/**
 * The browser tests (the .test.ts files under test/) in a real browser, Debian's Chromium via puppeteer-core,
 * against the test server, which mounts the reference intake with fault injection. What the server adds for
 * the tests is in test/support/plugins/ (one plugin per file) and test/support/middleware/. The Node-side
 * tests (CLI, intake over HTTP, JSON Schema, import rule) run under `node --test` from test/node/.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './test/support/count-reporter.mjs';
import { builtScriptFiles } from './test/support/middleware/built-script-files.mjs';
import { hostileIntake } from './test/support/middleware/hostile-intake.mjs';
import { legacyCharsetPage } from './test/support/middleware/legacy-charset-page.mjs';
import { strictCspPage } from './test/support/middleware/strict-csp-page.mjs';
import { tamperedChecker } from './test/support/middleware/tampered-checker.mjs';
import { accessibilityTreePlugin } from './test/support/plugins/a11y-tree.mjs';
import { demoFormsPlugin } from './test/support/plugins/demo-forms.mjs';
import { demoServer } from './test/support/plugins/demo-server.mjs';
import { fimFormsPlugin } from './test/support/plugins/fim-forms.mjs';
import { crossOriginPlugin } from './test/support/plugins/cross-origin.mjs';
import { frameworkExamplesPlugin } from './test/support/plugins/framework-examples.mjs';
import { mediaFeaturesPlugin } from './test/support/plugins/media-features.mjs';
import { screenshotPlugin } from './test/support/plugins/screenshot.mjs';
import { sourceTextPlugin } from './test/support/plugins/source-text.mjs';
import { testIntake } from './test/support/plugins/test-intake.mjs';

const intake = await testIntake();
const demo = demoServer();

/** @type {import('@web/test-runner').TestRunnerConfig} */
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
    await frameworkExamplesPlugin(),
    intake.plugin,
    sourceTextPlugin(),
    mediaFeaturesPlugin(),
    accessibilityTreePlugin(),
    screenshotPlugin(),
    demoFormsPlugin(),
    fimFormsPlugin(intake.definitions),
    crossOriginPlugin(),
    demo.plugin,
  ],
  middleware: [demo.middleware, builtScriptFiles, tamperedChecker, legacyCharsetPage, strictCspPage, hostileIntake, intake.middleware],
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
