// @ts-check
/**
 * `node scripts/readme-screenshot.mjs` (after `npm run build`): the README's picture of the demo,
 * docs/images/demo.png — the workbench at 1280 px with the burning notice in the Beispielhausen theme in a
 * 375 px preview and the accessibility panel's result, as a tester sees it. Uses Debian's Chromium (`CHROME_PATH`), downloads nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

import { startDemoServer } from '../demo/server.mjs';

const server = await startDemoServer({ port: 0, dbPath: join(mkdtempSync(join(tmpdir(), 'antrag-screenshot-')), 'antrag.sqlite') });
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  await page.goto(`http://127.0.0.1:${port}/?form=verbrennung-pflanzlicher-abfaelle&theme=beispielhausen&lang=de&width=375`);
  await page.waitForFunction(() => {
    const frame = /** @type {HTMLIFrameElement | null} */ (document.getElementById('preview-frame'));
    const heading = frame?.contentDocument?.querySelector('antrag-assistant')?.shadowRoot?.querySelector('#view-heading');
    return heading != null && /Verstöße|Verstoß|keine/iu.test(document.querySelector('[data-a11y="summary"]')?.textContent ?? '');
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: 'docs/images/demo.png' });
  console.log('wrote docs/images/demo.png');
} finally {
  await browser.close();
  server.close();
}
