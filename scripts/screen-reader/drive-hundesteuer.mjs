// @ts-check
/**
 * Walks the Hundesteuer demo as a keyboard user while Orca listens (run by orca-transcript.sh, not alone).
 * Chromium runs under Xvfb with a real window; every action that matters is a real key press through the X
 * server (xdotool), so Orca hears it as it would from a citizen's keyboard. The DevTools connection only
 * puts the focus where a long walk of Tab presses would take it, and answers questions that are not under
 * test (fields typed by a harness, not by keys). Before each action it writes a mark with the time, so the
 * transcript can be cut into what Orca said after each action.
 *
 * Usage: node drive-hundesteuer.mjs <devtools port> <demo url> <marks file>
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const [port, url, marksFile] = process.argv.slice(2);
if (!port || !url || !marksFile) throw new Error('usage: drive-hundesteuer.mjs <devtools port> <demo url> <marks file>');

/** How long Orca gets to speak after an action (it speaks as events arrive; alerts and focus come within a second). */
const SETTLE_MS = Number(process.env.ORCA_SETTLE_MS ?? 3500);
/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Local time as Orca's debug log writes it ("HH:MM:SS.ffffff"). */
const clock = () => {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}.${String(now.getMilliseconds()).padStart(3, '0')}000`;
};
writeFileSync(marksFile, '');
const mark = (name) => appendFileSync(marksFile, `${clock()} ${name}\n`);
/** Real key presses through the X server (XTEST), as a keyboard would send them. */
const keys = (...names) => execFileSync('xdotool', ['key', '--delay', '120', ...names]);
const type = (text) => execFileSync('xdotool', ['type', '--delay', '90', text]);

const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
// The app window Chromium opened with the demo (--app=<url>): the one Orca sees.
const page = (await browser.pages()).find((candidate) => candidate.url() === url);
if (!page) throw new Error(`no page showing ${url}`);
await page.setBypassCSP(true);
await page.reload({ waitUntil: 'networkidle0' });
// The preview page holds no form of its own (the workbench puts one there): the Hundesteuer, as a municipality embeds it.
const mountForm = async () => {
  await page.evaluate(() => {
    const element = document.createElement('antrag-assistant');
    for (const [name, value] of Object.entries({ src: 'forms/hundesteuer-anmeldung.json', endpoint: 'api/submissions', theme: 'musterstadt', lang: 'de' }))
      element.setAttribute(name, value);
    document.querySelector('main')?.append(element);
  });
  await page.waitForFunction(() => document.querySelector('antrag-assistant')?.shadowRoot?.querySelector('#view-heading') !== null);
};
await mountForm();
await page.waitForFunction(() => document.querySelector('antrag-assistant')?.shadowRoot?.querySelector('#view-heading') !== null);
// The X window takes the keys, and a real click on the form's title puts the focus into the page (a script's
// focus() alone leaves the screen reader in the window's frame).
const window = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium']).toString().trim().split('\n')[0];
if (window) execFileSync('xdotool', ['windowfocus', '--sync', window]);
await page.bringToFront();
const title = await page.evaluate(() => {
  const h2 = document.querySelector('antrag-assistant')?.shadowRoot?.querySelector('.header h2');
  const box = h2?.getBoundingClientRect();
  if (!box) throw new Error('no form title');
  const left = window.screenX + (window.outerWidth - window.innerWidth) / 2;
  const top = window.screenY + (window.outerHeight - window.innerHeight);
  return { x: Math.round(left + box.left + 10), y: Math.round(top + box.top + box.height / 2) };
});
execFileSync('xdotool', ['mousemove', '--sync', String(title.x), String(title.y), 'click', '1']);
await sleep(SETTLE_MS);

/**
 * Runs `source` in the page with the assistant's shadow root and a few harness verbs (like
 * test/support/user.ts). DevTools may evaluate it under the demo's strict CSP because of setBypassCSP.
 * @param {string} source
 * @param {unknown[]} args
 */
const inForm = (source, ...args) =>
  page.evaluate(
    (source, args) => {
      const root = document.querySelector('antrag-assistant')?.shadowRoot;
      if (!root) throw new Error('no assistant');
      const fill = (id, value) => {
        const input = root.getElementById(`f-${id}`);
        if (!input) throw new Error(`no field ${id}`);
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      };
      const choose = (name, value) => {
        const select = root.getElementById(`f-${name}`);
        if (select?.tagName === 'SELECT') {
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        } else [...root.querySelectorAll(`input[name="${name}"]`)].find((input) => input.value === value)?.click();
      };
      const focus = (selector) => {
        const target = selector.startsWith('#') ? root.getElementById(selector.slice(1)) : root.querySelector(selector);
        if (!target) throw new Error(`nothing to focus at ${selector}`);
        target.focus();
      };
      const byText = (selector, words) => [...root.querySelectorAll(selector)].find((node) => node.textContent?.includes(words));
      // eslint-disable-next-line no-new-func -- a harness run through DevTools, never part of the library
      return new Function('root', 'fill', 'choose', 'focus', 'byText', 'args', source)(root, fill, choose, focus, byText, args);
    },
    source,
    args,
  );

/** Puts focus on `selector` (no speech is under test there), lets Orca finish, then presses `key` for real. */
async function press(selector, key, name) {
  mark(`~ harness focuses ${selector}`);
  await inForm(`focus(args[0])`, selector);
  await sleep(1200);
  mark(name);
  keys(key);
  await sleep(SETTLE_MS);
}

// 1. "Weiter" on an empty first step: the error summary takes focus; "Es gibt ein Problem" is said once.
await press('button[type="submit"]', 'Return', 'weiter-with-errors');

// 2. The citizen fixes "Vorname" with real keys and tabs on: the remaining errors are not read again.
mark('~ harness fills the first step but "Vorname"');
await inForm(`
  fill('nachname', 'Mustermann');
  fill('geburtsdatum-day', '17'); fill('geburtsdatum-month', '5'); fill('geburtsdatum-year', '1980');
  fill('anschrift-strasse', 'Hauptstraße'); fill('anschrift-hausnummer', '12a'); fill('anschrift-plz', '54321'); fill('anschrift-ort', 'Musterstadt');
  focus('#f-vorname');
`);
await sleep(1200);
mark('fix-field-and-tab');
type('Erika');
keys('Tab');
await sleep(SETTLE_MS);

// 3. "Weiter": focus on the next step's heading, named with the step ("Ihre Hunde Schritt 2 von 5").
await press('button[type="submit"]', 'Return', 'weiter-to-step-2');

// 4. Add a second dog, then remove it: "Hund 2 entfernt" is said although the pressed button is gone.
mark('~ harness fills the first dog');
const since = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
await inForm(
  `fill('hunde.0.name', 'Bello'); choose('hunde.0.rasse', 'dackel'); choose('hunde.0.geschlecht', 'ruede');
   fill('hunde.0.beginnHaltung', args[0]); choose('hunde.0.listenhund', 'nein');`,
  since,
);
await press('#f-hunde-add', 'Return', 'add-dog');
const removeSelector = await inForm(`
  const button = byText('.repeat-item button', 'Hund 2');
  button.id = 'screen-reader-remove-2';
  return '#screen-reader-remove-2';
`);
await press(removeSelector, 'Return', 'remove-dog-2');

// 5. The remaining steps; the declaration's required checkbox is reached with Tab.
await press('button[type="submit"]', 'Return', 'weiter-to-step-3');
mark('~ harness answers');
await inForm(`choose('ermaessigung', 'nein')`);
await press('button[type="submit"]', 'Return', 'weiter-to-step-4');
mark('~ harness answers');
await inForm(`choose('zahlungsweise', 'ueberweisung')`);
await press('button[type="submit"]', 'Return', 'weiter-to-step-5');
mark('~ harness focuses the heading');
await inForm(`focus('#view-heading')`);
await sleep(1200);
mark('tab-to-required-checkbox');
keys('Tab');
await sleep(SETTLE_MS);
mark('tick-checkbox');
keys('space');
await sleep(SETTLE_MS);
await press('button[type="submit"]', 'Return', 'weiter-to-review');

// 6. "Absenden": the confirmation with its Aktenzeichen is said without reading on.
await press('button[type="submit"]', 'Return', 'submit');

// 7. The Arabic interface over the German texts of this de/en form (the demo page offers Arabic only for the
// Mängelmelder, so the harness sets lang): the step heading reaches Orca as German text.
mark('~ harness shows the form in Arabic');
await page.reload({ waitUntil: 'networkidle0' });
await mountForm();
await inForm(`sessionStorage.clear(); root.host.setAttribute('lang', 'ar')`);
await sleep(SETTLE_MS);
mark('arabic-heading');
await inForm(`focus('#view-heading')`);
await sleep(SETTLE_MS);
mark('end');
await browser.disconnect();
