// @ts-check
/**
 * `npm run bench`: the same generated form at 20, 500 and 1,000 questions, rendered by Antrag's script-tag
 * build and by a small hand-written Lit form (lit-form.mjs) in the same run, in Debian's Chromium. Each
 * size × form gets one warm-up and five measured runs (each in a fresh browser context), and the table
 * shows medians and ratios; the numbers, the machine's load and the Chromium version go to
 * .bench/latest.json. A benchmark, not a test: it fails only when a form does not do its job (inputs
 * missing, typing lost, no error summary), never because of a time. How each number is taken:
 * docs/performance.md.
 *
 *   npm run bench -- --sizes 20,500 --runs 7
 *   npm run bench -- --compare .bench/without-i18next/antrag.embed.js   # a second build, interleaved in the same run
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { expectedProblems, generateForm, typingFieldId } from './generate-form.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const CORE = join(repo, 'dist', 'core.js');

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '20,500,1000' },
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    out: { type: 'string', default: '.bench/latest.json' },
    // Another build's script-tag file (e.g. an older commit's, to compare); its folder serves the files it loads.
    embed: { type: 'string', default: join(repo, 'dist', 'antrag.embed.js') },
    // A second script-tag file measured in the same run, interleaved with the other two, as a third column
    // (another commit's build, or scripts/bench/build-without-i18next.mjs's): runs apart differ by more than most changes.
    compare: { type: 'string' },
    // Measure the definition without the "checked" stamp, as a build before decision 0024 needs it.
    unstamped: { type: 'boolean', default: false },
  },
});
const EMBED = flags.embed;
const sizes = flags.sizes.split(',').map((size) => Number(size.trim()));
const runs = Number(flags.runs);
const warmups = Number(flags.warmup);
if (sizes.some((size) => !Number.isInteger(size) || size < 2) || !(runs >= 1) || !(warmups >= 0)) {
  console.error('Usage: npm run bench -- [--sizes 20,500,1000] [--runs 5] [--warmup 1] [--out .bench/latest.json] [--embed FILE] [--compare FILE] [--unstamped]');
  process.exit(2);
}

/** What a user types: 100 characters a German address field might get, all on a US keyboard layout. */
const TYPED = 'Musterstrasse 12a, 12345 Beispielhausen, Hinterhaus links, 3. Etage, bei Familie Mustermann-Schulze.';
if (TYPED.length !== 100) throw new Error('the typed text must be 100 characters');
/**
 * Typed into the same question after the failed "Weiter", when every question of the step has feedback
 * due: the state in which a citizen fixes the listed problems. Not in the issue's list; kept short because
 * it is slow, and reported because it is a different code path (feedback for every question).
 */
const TYPED_AFTER = ' Nord';

/** The two forms under test: which script defines which element. */
const IMPLEMENTATIONS = {
  antrag: { script: '/antrag.embed.js', tag: 'antrag-assistant' },
  compare: { script: '/compare/antrag.embed.js', tag: 'antrag-assistant' },
  lit: { script: '/lit-form.js', tag: 'bench-lit-form' },
};

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (ms) => Math.round(ms * 100) / 100;

/** Fails the run with a message that says which form did not do its job. */
function check(condition, message) {
  if (!condition) throw new Error(`bench check failed: ${message}`);
}

/** The newest modification time under a folder, to warn when dist/ is older than the sources. */
function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

// Antrag as a municipality would embed it: the script-tag build. Built when missing; otherwise measured
// as it is, so a bench after `npm run build` measures exactly that build (its hash is printed).
if (!existsSync(EMBED) || !existsSync(CORE)) {
  console.log('dist/antrag.embed.js is missing: running node scripts/build.mjs …');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, stdio: 'inherit' });
}
if (statSync(EMBED).mtimeMs < newest(join(repo, 'src')))
  console.warn('warning: dist/antrag.embed.js is older than src/ — run `npm run build` to measure the current code.');
const embed = readFileSync(EMBED);
const compared = flags.compare ? resolve(flags.compare) : undefined;
if (compared && !existsSync(compared)) {
  console.error(`--compare ${flags.compare}: no such file`);
  process.exit(2);
}
/** The compared build as the table and the JSON name it. */
const comparedInfo = compared && { file: relative(repo, compared), gzipBytes: gzipSync(readFileSync(compared), { level: 9 }).length };
/** The forms measured: Antrag and the Lit form, and the compared build if there is one. */
const measured = compared ? ['antrag', 'compare', 'lit'] : ['antrag', 'lit'];
const embedInfo = {
  file: relative(repo, EMBED),
  bytes: embed.length,
  gzipBytes: gzipSync(embed, { level: 9 }).length,
  sha256: createHash('sha256').update(embed).digest('hex'),
  builtAt: statSync(EMBED).mtime.toISOString(),
};
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: repo, encoding: 'utf8' }).trim();
  if (dirty) commit += ' (src/ modified)';
} catch {
  // Not a git checkout (a release tarball): the hash of the file still identifies what was measured.
}

// The Lit form gets the same treatment as Antrag's build: one minified ES2022 script-tag file.
const litBundle = await build({
  entryPoints: [join(here, 'lit-form.mjs')],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'warning',
});
const litScript = litBundle.outputFiles[0].contents;
const outFile = resolve(repo, flags.out);
mkdirSync(dirname(outFile), { recursive: true });
// Kept next to the results, so what was measured can be looked at.
writeFileSync(join(dirname(outFile), 'lit-form.js'), litScript);

// Every generated form must be one Antrag accepts, checked with the parser the CLI uses, and stamped as
// `antrag validate --stamp` stamps it (decision 0024), as a municipality publishes a checked definition.
const { parseDefinition, definitionStamp } = await import(pathToFileURL(CORE).href);
const forms = new Map(sizes.map((n) => [n, generateForm(n)]));
for (const [n, form] of forms) {
  const parsed = parseDefinition(form);
  check(parsed.ok, `the generated ${n}-question form is invalid: ${JSON.stringify(parsed.issues?.slice(0, 3))}`);
  if (!flags.unstamped) forms.set(n, { ...form, checked: await definitionStamp(form) });
}

const harness = readFileSync(join(here, 'page.js'));
/** The page for one form and size: the definition and the settings inline, the harness, nothing else. */
function page(impl, n) {
  const { script, tag } = IMPLEMENTATIONS[impl];
  // `<` escaped so no text in the JSON can end the script element.
  const json = (value) => JSON.stringify(value).replace(/</gu, '\\u003c');
  return `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>Antrag bench: ${impl} ${n}</title>
<style>body { margin: 0; padding: 16px; font: 16px system-ui, sans-serif; }</style></head>
<body>
<script type="application/json" id="bench-config">${json({ impl, script, tag, n })}</script>
<script type="application/json" id="bench-definition">${json(forms.get(n))}</script>
<script src="/harness.js"></script>
</body>
</html>`;
}

// A local server, so the scripts load over HTTP as on a real page. `no-store`: every run is a first visit
// (the script is fetched and compiled again), the same for both forms.
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = /^\/(antrag|compare|lit)\/(\d+)$/u.exec(url.pathname);
  const send = (type, body) => {
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(body);
  };
  if (match && forms.has(Number(match[2]))) return send('text/html; charset=utf-8', page(match[1], Number(match[2])));
  if (url.pathname === '/antrag.embed.js') return send('text/javascript; charset=utf-8', embed);
  if (compared && url.pathname === '/compare/antrag.embed.js') return send('text/javascript; charset=utf-8', readFileSync(compared));
  // What the script-tag file loads on demand (its checker, locale files) would show up as a 404 and fail the run.
  const [, folder, loaded] = /^\/(compare\/)?(antrag\.[\w-]+\.js)$/u.exec(url.pathname) ?? [];
  const from = folder && compared ? dirname(compared) : dirname(EMBED);
  if (loaded && existsSync(join(from, loaded))) return send('text/javascript; charset=utf-8', readFileSync(join(from, loaded)));
  if (url.pathname === '/lit-form.js') return send('text/javascript; charset=utf-8', litScript);
  if (url.pathname === '/harness.js') return send('text/javascript; charset=utf-8', harness);
  // The browser's own favicon request would log a 404 as a console error, which the runs treat as a failure.
  if (url.pathname === '/favicon.ico') return response.writeHead(204).end();
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  defaultViewport: { width: 1280, height: 900, deviceScaleFactor: 1 },
  args: [
    // We run as root in a container; Chromium's sandbox needs user namespaces it does not get here.
    '--no-sandbox',
    // A benchmark page must not be throttled as a background tab while another context is closing.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
});
const chromium = await browser.version();

/** One measured run: a fresh browser context and page, render, type, leave, "Weiter". */
async function measure(impl, n) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // The page calls benchDone when an interaction is over; the driver waits for that before it acts again.
    let signal = (/** @type {string} */ _error) => {};
    await tab.exposeFunction('benchDone', (/** @type {string} */ error) => signal(error));
    /** Does `action`, then waits until the page says the interaction it started is over. */
    const interact = async (/** @type {string} */ what, /** @type {() => Promise<unknown>} */ action) => {
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      const over = new Promise((resolve, reject) => {
        signal = (error) => (error ? reject(new Error(`${impl} ${n}: ${error}`)) : resolve(undefined));
        timer = setTimeout(() => reject(new Error(`${impl} ${n}: ${what} never finished`)), 60_000);
      });
      await action();
      await over.finally(() => clearTimeout(timer));
    };
    /** Calls a method of the in-page harness (page.js) and returns its result. */
    const bench = (/** @type {string} */ method, /** @type {unknown[]} */ ...args) =>
      tab.evaluate((name, ...rest) => /** @type {any} */ (window).bench[name](...rest), method, ...args);
    /**
     * Types `text` into the focused question one real keystroke at a time: keyDown with its text, and the
     * next keyDown only once that keystroke's frame is rendered, so each keystroke is timed on its own, as
     * a person typing at a normal speed experiences it. The keyUp is sent without waiting for it (it still
     * arrives before the next keyDown, and neither form listens to it): one round trip less per key.
     */
    const type = async (/** @type {string} */ text, /** @type {string} */ when) => {
      const ups = [];
      for (const key of /** @type {import('puppeteer-core').KeyInput[]} */ ([...text])) {
        await interact(`typing ${JSON.stringify(key)}${when}`, () => tab.keyboard.down(key));
        const up = tab.keyboard.up(key);
        up.catch(() => {}); // awaited below; this only keeps Node from calling it unhandled meanwhile
        ups.push(up);
      }
      await Promise.all(ups);
    };

    await tab.goto(`${origin}/${impl}/${n}`, { waitUntil: 'load' });
    await bench('settle');

    const render = await bench('render');
    check(render.inputs === n, `${impl} rendered ${render.inputs} inputs, not ${n}`);

    const fieldId = typingFieldId(n);
    await bench('armTyping', fieldId);
    await type(TYPED, '');
    const typing = await bench('typingResult', fieldId);
    check(typing.keys.length === TYPED.length, `${impl} timed ${typing.keys.length} keystrokes, not ${TYPED.length}`);
    check(typing.value === TYPED, `${impl}: the field shows ${JSON.stringify(typing.value)} after typing`);

    await bench('armLeave', fieldId);
    await interact('leaving the field', () => tab.keyboard.down('Tab'));
    await tab.keyboard.up('Tab');
    const leave = await bench('leaveResult');
    // Antrag keeps its draft when the citizen leaves a field, not per keystroke: its state is read after leaving.
    const held = await bench('answerHeld', fieldId);
    check(held === TYPED, `${impl}: the form's own state holds ${JSON.stringify(held)} after typing and leaving`);

    await bench('armWeiter');
    const button = /** @type {import('puppeteer-core').ElementHandle<Element>} */ (
      await tab.evaluateHandle(() => /** @type {any} */ (window).bench.submitButton())
    );
    await interact('"Weiter"', () => button.click());
    const weiter = await bench('weiterResult');
    check(weiter.problems === expectedProblems(n), `${impl}'s error summary lists ${weiter.problems} problems, not ${expectedProblems(n)}`);
    check(weiter.focused, `${impl}'s error summary did not take focus`);

    await bench('armTyping', fieldId);
    await type(TYPED_AFTER, ' after "Weiter"');
    const after = await bench('typingResult', fieldId);
    check(after.keys.length === TYPED_AFTER.length, `${impl} timed ${after.keys.length} keystrokes after "Weiter"`);
    await tab.keyboard.press('Tab');
    const heldAfter = await bench('answerHeld', fieldId);
    check(heldAfter === TYPED + TYPED_AFTER, `${impl}: the form's own state holds ${JSON.stringify(heldAfter)} after "Weiter"`);
    check(errors.length === 0, `${impl} logged errors: ${errors.join(' | ')}`);

    const keys = typing.keys.map((/** @type {{ ms: number }} */ key) => key.ms);
    return {
      script: render.scriptMs,
      render: render.renderMs,
      renderPainted: render.paintedMs,
      typing: keys.reduce((total, ms) => total + ms, 0),
      keystroke: median(keys),
      worstKeystroke: Math.max(...keys),
      leave: leave.ms,
      weiter: weiter.ms,
      keystrokeAfterWeiter: median(after.keys.map((key) => key.ms)),
      // The parts and the plain latencies, for looking closer (docs/performance.md says what each is).
      keystrokeHandlers: median(typing.keys.map((key) => key.handlers)),
      keystrokeFrame: median(typing.keys.map((key) => key.frame)),
      keystrokeToFrame: median(typing.keys.map((key) => key.toFrame)),
      worstKeystrokeToFrame: Math.max(...typing.keys.map((key) => key.toFrame)),
      // Issue 10's own measurement (its 18.9 ms): the keystroke's handlers and render, without the frame.
      worstKeystrokeHandlers: Math.max(...typing.keys.map((key) => key.handlers)),
      // The first keystroke, usually the worst: the browser's part before the input event reaches any form code,
      // and the form's part after it (its handlers and render, cold on a fresh page).
      firstKeystrokeBrowser: typing.keys[0].browser,
      firstKeystrokeForm: typing.keys[0].handlers - typing.keys[0].browser,
      // The first keystroke on a fresh page also pays for compiling the input path; this is the worst of the rest.
      worstKeystrokeAfterFirst: Math.max(...keys.slice(1)),
      leaveToFrame: leave.toFrame,
      weiterHandlers: weiter.handlers,
      weiterToFrame: weiter.toFrame,
      typingWall: typing.wallMs,
      keystrokes: keys.map(round),
      keystrokesAfterWeiter: after.keys.map((/** @type {{ ms: number }} */ key) => round(key.ms)),
    };
  } finally {
    await context.close();
  }
}

/** The rows of the table, in order: the metric's key and its name. */
const METRICS = [
  ['render', 'render: script start → all inputs in the DOM'],
  ['script', '  of which loading and running the script'],
  ['renderPainted', '  render with its first frame'],
  ['typing', 'typing 100 characters (sum of keystrokes)'],
  ['keystroke', '  median keystroke'],
  ['worstKeystroke', '  worst keystroke'],
  ['worstKeystrokeHandlers', '  worst keystroke, handlers and render only (no frame)'],
  ['firstKeystrokeBrowser', '  first keystroke: the browser, before the input event'],
  ['firstKeystrokeForm', '  first keystroke: the form, from the input event'],
  ['leave', 'leaving the field (Tab)'],
  ['weiter', '"Weiter" → error summary rendered'],
  ['keystrokeAfterWeiter', `keystroke after the failed "Weiter" (median of ${TYPED_AFTER.length})`],
];

const loadBefore = os.loadavg();
const started = Date.now();
const cpus = os.cpus();
console.log(`Antrag bench: ${sizes.join(', ')} questions; ${warmups} warm-up + ${runs} measured runs per form and size`);
console.log(`${chromium} (${executablePath}), Node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}`);
console.log(`load average ${loadBefore.map((load) => load.toFixed(2)).join(' ')} at start`);
console.log(
  `measuring ${embedInfo.file}: ${embedInfo.bytes} bytes, ${embedInfo.gzipBytes} gzip, sha256 ${embedInfo.sha256.slice(0, 12)}…, commit ${commit}, built ${embedInfo.builtAt}`,
);
if (comparedInfo) console.log(`compared in the same run: ${comparedInfo.file}, ${comparedInfo.gzipBytes} bytes gzip`);
console.log(`Lit form: ${litScript.length} bytes, ${gzipSync(litScript, { level: 9 }).length} gzip\n`);

/** @type {Record<number, Record<string, any[]>>} */
const raw = {};
/** The load average after each size: a busy machine makes every number larger and noisier. */
const loadBySize = {};
try {
  for (const n of sizes) {
    raw[n] = Object.fromEntries(measured.map((impl) => [impl, []]));
    for (let pass = 0; pass < warmups + runs; pass += 1) {
      // Alternating which form goes first, so drift in the machine's load hits all alike.
      const order = pass % 2 === 0 ? measured : [...measured].reverse();
      for (const impl of order) {
        const result = await measure(impl, n);
        if (pass >= warmups) raw[n][impl].push(result);
      }
      if (process.stdout.isTTY)
        process.stdout.write(`\r${n} questions: ${pass < warmups ? 'warm-up' : `run ${pass - warmups + 1}/${runs}`} done `);
    }
    loadBySize[n] = os.loadavg();
    const load = loadBySize[n].map((value) => value.toFixed(2)).join(' ');
    console.log(
      `${process.stdout.isTTY ? '\r' : ''}${n} questions: done after ${((Date.now() - started) / 1000).toFixed(0)} s (load ${load})`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
const loadAfter = os.loadavg();
const seconds = (Date.now() - started) / 1000;

/** @type {Record<number, Record<string, { antrag: number, lit: number, ratio: number, compare?: number, compareRatio?: number }>>} */
const medians = {};
for (const n of sizes) {
  medians[n] = {};
  const details = [
    'keystrokeHandlers',
    'keystrokeFrame',
    'keystrokeToFrame',
    'worstKeystrokeToFrame',
    'worstKeystrokeAfterFirst',
    'leaveToFrame',
    'weiterHandlers',
    'weiterToFrame',
    'typingWall',
  ];
  for (const key of [...METRICS.map(([metric]) => metric), ...details]) {
    const antrag = median(raw[n].antrag.map((run) => run[key]));
    const lit = median(raw[n].lit.map((run) => run[key]));
    medians[n][key] = { antrag: round(antrag), lit: round(lit), ratio: Math.round((antrag / lit) * 100) / 100 };
    if (compared) {
      const other = median(raw[n].compare.map((run) => run[key]));
      Object.assign(medians[n][key], { compare: round(other), compareRatio: Math.round((other / lit) * 100) / 100 });
    }
  }
}

// With --compare, two columns more: the compared build and its ratio to the Lit form.
const rows = [['questions', 'metric (median ms)', 'Antrag', 'Lit', 'ratio', ...(compared ? ['compared', 'ratio'] : [])]];
for (const n of sizes) {
  for (const [key, name] of METRICS) {
    const { antrag, lit, ratio, compare = 0, compareRatio = 0 } = medians[n][key];
    const more = compared ? [compare.toFixed(1), `${compareRatio.toFixed(2)}×`] : [];
    rows.push([String(n), name, antrag.toFixed(1), lit.toFixed(1), `${ratio.toFixed(2)}×`, ...more]);
  }
}
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
const line = (row) => row.map((cell, column) => (column === 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(`\n${line(rows[0])}`);
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows.slice(1)) console.log(line(row));

// What the acceptance criteria look at, said plainly (information, never a pass/fail of this script).
/** @type {string[]} */
const notes = [];
/** @type {Record<string, Record<string, number>>} */
const growth = {};
if (medians[500] && medians[1000]) {
  for (const key of ['keystroke', 'keystrokeAfterWeiter']) {
    growth[key] = {};
    for (const impl of ['antrag', 'lit']) growth[key][impl] = Math.round((medians[1000][key][impl] / medians[500][key][impl]) * 100) / 100;
  }
  notes.push(
    `median keystroke 500 → 1,000 questions: Antrag ×${growth.keystroke.antrag}, Lit ×${growth.keystroke.lit} (linear would be ×2); after "Weiter": Antrag ×${growth.keystrokeAfterWeiter.antrag}, Lit ×${growth.keystrokeAfterWeiter.lit}`,
  );
}
if (medians[500]) {
  const m = medians[500];
  notes.push(
    `at 500 questions: typing ${m.typing.ratio}× (target ≤ 1.5×), "Weiter" ${m.weiter.ratio}× (≤ 1.5×), render ${m.render.ratio}× (≤ 1.2×), worst keystroke ${m.worstKeystroke.antrag} ms with its frame, ${m.worstKeystrokeHandlers.antrag} ms without (≤ 16 ms; Lit ${m.worstKeystroke.lit} and ${m.worstKeystrokeHandlers.lit} ms); of the first keystroke the browser's own part before the input event took ${m.firstKeystrokeBrowser.antrag} ms (Lit ${m.firstKeystrokeBrowser.lit})`,
  );
  if (compared)
    notes.push(
      `the compared build at 500 questions: render ${m.render.compare} ms (${m.render.compareRatio}× the Lit form), "Weiter" ${m.weiter.compareRatio}×, worst keystroke without its frame ${m.worstKeystrokeHandlers.compare} ms`,
    );
}
const loadEnd = `load average ${loadAfter.map((load) => load.toFixed(2)).join(' ')} at the end; ${seconds.toFixed(0)} s in all`;
console.log(`\n${(notes.length > 0 ? [...notes, '', loadEnd] : [loadEnd]).join('\n')}`);

// The same table in Markdown, ready for docs/performance.md.
const markdown = [
  `Measured ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\` (${warmups} warm-up + ${runs} runs, medians in ms; ${seconds.toFixed(0)} s in all),`,
  `Chromium \`${chromium}\` headless, Node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'};`,
  `load average ${loadBefore.map((load) => load.toFixed(2)).join(' ')} at the start, ${loadAfter.map((load) => load.toFixed(2)).join(' ')} at the end.`,
  `Antrag: \`${embedInfo.file}\` of commit ${commit}, ${embedInfo.gzipBytes} bytes gzip, sha256 \`${embedInfo.sha256.slice(0, 12)}\`.`,
  ...(comparedInfo ? [`Compared: \`${comparedInfo.file}\`, ${comparedInfo.gzipBytes} bytes gzip, measured in the same run.`] : []),
  '',
  `| ${rows[0].map((cell) => cell.replace(' (median ms)', '')).join(' | ')} |`,
  `| ${rows[0].map((_, column) => (column === 1 ? '---' : '---:')).join(' | ')} |`,
  ...rows.slice(1).map(([n, name, ...cells]) => `| ${n} | ${name.trim().replace(/^of which/u, '… of which')} | ${cells.join(' | ')} |`),
  '',
  ...notes.map((note) => `- ${note}`),
  '',
].join('\n');
const markdownFile = outFile.replace(/\.json$/u, '') + '.md';
writeFileSync(markdownFile, markdown);

const report = {
  date: new Date(started).toISOString(),
  durationSeconds: Math.round(seconds),
  machine: {
    cpus: cpus.length,
    cpu: cpus[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()}`,
    loadAverageStart: loadBefore,
    loadAverageBySize: loadBySize,
    loadAverageEnd: loadAfter,
  },
  chromium,
  chromiumPath: executablePath,
  node: process.version,
  antrag: { ...embedInfo, commit },
  ...(comparedInfo && { compared: comparedInfo }),
  lit: { bytes: litScript.length, gzipBytes: gzipSync(litScript, { level: 9 }).length },
  settings: { sizes, warmups, runs, typed: TYPED, typedAfterWeiter: TYPED_AFTER, viewport: '1280×900' },
  medians,
  growth500to1000: growth,
  runs: raw,
};
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(`numbers written to ${flags.out}, the table as Markdown to ${relative(process.cwd(), markdownFile)}`);
