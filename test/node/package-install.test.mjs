// @ts-check
/**
 * The package as a municipality's developer gets it (issue 16): `npm pack`, the tarball installed into a
 * temporary project outside the repository (from npm's cache, offline), and there: the files it ships, strict
 * TypeScript against `antrag/define` and `antrag/react`, `antrag/core` in Node, `npx antrag`, and
 * `<AntragAssistant>` from `antrag/react` rendering and submitting in React 19 in Chromium. Needs the built
 * library (`npm run build`); packs with `--ignore-scripts` so that it tests that build instead of making another.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { repositoryRoot } from '../support/repository-root.mjs';

const pkg = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'));
/** The versions this repository tested with, so that the offline install finds them in npm's cache. */
const versionOf = (/** @type {string} */ name) =>
  JSON.parse(readFileSync(join(repositoryRoot, 'node_modules', name, 'package.json'), 'utf8')).version;

/**
 * Runs a command; resolves with its exit code and output, never rejects.
 * @param {string} command @param {string[]} args @param {string} cwd
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
const run = (command, args, cwd) =>
  new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, timeout: 120000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

/** A one-question form: enough to render, go to the review page and submit. */
const DEFINITION = {
  schemaVersion: 1,
  id: 'paket-probe',
  version: '1.0.0',
  languages: ['de'],
  title: 'Paketprobe',
  steps: [{ id: 'person', title: 'Person', fields: [{ id: 'name', type: 'text', label: 'Name' }] }],
};

/**
 * Type-checks a file with the app's own TypeScript, strict, with the given module resolution. The libraries'
 * own declaration files are not checked (`skipLibCheck`, as most projects do); what the file uses of them is.
 */
async function typeCheck(/** @type {string} */ app, /** @type {string} */ file, /** @type {Record<string, unknown>} */ options) {
  const config = join(app, `tsconfig.${file}.json`);
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    skipLibCheck: true,
    ...options,
  };
  await writeFile(config, JSON.stringify({ compilerOptions, files: [file] }));
  return run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', config], app);
}

describe('the packed package, installed in a project outside the repository', { timeout: 240000 }, () => {
  /** @type {string} */ let root;
  /** @type {string} */ let app;
  /** @type {string} */ let installed;

  before(async () => {
    assert.ok(
      existsSync(join(repositoryRoot, 'dist/define.js')) && existsSync(join(repositoryRoot, 'dist/types/define.d.ts')),
      'run `npm run build` first',
    );
    root = await mkdtemp(join(tmpdir(), 'antrag-package-'));
    const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root], repositoryRoot);
    assert.equal(pack.code, 0, pack.stderr);
    const [{ filename }] = JSON.parse(pack.stdout);
    app = join(root, 'app');
    await mkdir(app);
    const dependencies = Object.fromEntries(
      ['react', 'react-dom', '@types/react', '@types/react-dom', 'typescript'].map((name) => [name, versionOf(name)]),
    );
    const manifest = {
      name: 'antrag-package-probe',
      private: true,
      type: 'module',
      dependencies: { antrag: `file:../${filename}`, ...dependencies },
    };
    await writeFile(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
    // Offline from npm's cache, which `npm ci` filled; where the cache lacks something, from the registry.
    let install = await run('npm', ['install', '--offline', '--no-audit', '--no-fund'], app);
    if (install.code !== 0) install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], app);
    assert.equal(install.code, 0, install.stderr);
    installed = join(app, 'node_modules/antrag');
  });

  after(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('ships LICENSE, CHANGELOG.md, README.md, dist/ and bin/, and no src/ or tests', async () => {
    const files = await readdir(installed);
    for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'dist', 'bin'])
      assert.ok(files.includes(file), `${file} in ${files.join(', ')}`);
    for (const file of ['src', 'test', 'demo', 'node_modules']) assert.ok(!files.includes(file), `${file} shipped`);
    assert.match(await readFile(join(installed, 'LICENSE'), 'utf8'), /^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/u);
    const shipped = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
    assert.match(shipped.repository.url, /^git\+https:\/\//u);
    assert.ok(shipped.homepage && shipped.bugs.url, 'homepage and bugs');
  });

  it('has every file its exports name, with types for each JavaScript entry', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const targets = typeof target === 'string' ? [target] : Object.values(target);
      if (typeof target !== 'string' || target.endsWith('.js'))
        assert.ok(typeof target === 'object' && 'types' in target, `${entry} has types`);
      for (const path of targets) {
        const paths = path.includes('*') ? ['tr', 'uk', 'ar'].map((locale) => path.replace('*', locale)) : [path];
        for (const file of paths) assert.ok(existsSync(join(installed, file)), `${entry}: ${file}`);
      }
    }
  });

  it("types the element and its events from `import 'antrag/define'` alone (strict, bundler and nodenext)", async () => {
    await writeFile(
      join(app, 'define-check.ts'),
      `import 'antrag/define';
import type { AntragEventDetails } from 'antrag/define';
import 'antrag/locales/ar';

const element = document.querySelector('antrag-assistant');
if (element) {
  element.definition = { id: 'hundesteuer' };
  element.endpoint = 'https://intake.example/antraege';
  element.maxAttempts = 3;
  element.addEventListener('antrag-submitted', (event) => {
    const reference: string | undefined = event.detail.reference;
    console.log(reference, event.detail.payload.form.id);
  });
}
document.addEventListener('antrag-submit', (event) => event.detail.respondWith(Promise.resolve({ reference: 'HST-1' })));
document.addEventListener('antrag-step-change', (event) => console.log(event.detail.index + 1));
const ready: AntragEventDetails['antrag-ready'] = { formId: 'x', version: '1.0.0' };
console.log(ready);
// @ts-expect-error: the detail is typed, not any
document.addEventListener('antrag-submitted', (event) => event.detail.nonsense);
const created = document.createElement('antrag-assistant');
// @ts-expect-error: maxAttempts is a number
created.maxAttempts = 'fünf';
`,
    );
    const bundler = await typeCheck(app, 'define-check.ts', { module: 'ESNext', moduleResolution: 'Bundler' });
    assert.equal(bundler.code, 0, bundler.stdout + bundler.stderr);
    const nodenext = await typeCheck(app, 'define-check.ts', { module: 'NodeNext', moduleResolution: 'NodeNext' });
    assert.equal(nodenext.code, 0, nodenext.stdout + nodenext.stderr);
  });

  it('runs antrag/core in Node', async () => {
    const script = `import { parseDefinition, validateSubmission } from 'antrag/core';
const result = parseDefinition(${JSON.stringify(JSON.stringify(DEFINITION))});
if (!result.ok) throw new Error(JSON.stringify(result.issues));
console.log(result.definition.id, typeof validateSubmission);`;
    const node = await run(process.execPath, ['--input-type=module', '-e', script], app);
    assert.equal(node.code, 0, node.stderr);
    assert.equal(node.stdout.trim(), 'paket-probe function');
  });

  it('answers `npx antrag --version` and `--help` with exit code 0, and validates a definition', async () => {
    const version = await run('npx', ['--no-install', 'antrag', '--version'], app);
    assert.equal(version.code, 0, version.stderr);
    assert.equal(version.stdout.trim(), pkg.version);
    // The same file npx ran, directly: each npx start costs about a second.
    const help = await run(process.execPath, ['node_modules/.bin/antrag', '--help'], app);
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /^Usage: antrag validate/u);
    await writeFile(join(app, 'probe.json'), JSON.stringify(DEFINITION));
    const validate = await run(process.execPath, ['node_modules/.bin/antrag', 'validate', 'probe.json'], app);
    assert.equal(validate.code, 0, validate.stderr);
    assert.equal(validate.stdout.trim(), 'probe.json: ok (paket-probe 1.0.0)');
  });

  it('points the Custom Elements Manifest at files in the package, with typed events and definition', async () => {
    const manifest = JSON.parse(await readFile(join(installed, 'dist/custom-elements.json'), 'utf8'));
    const modules = manifest.modules.map((/** @type {{ path: string }} */ module) => module.path);
    assert.deepEqual(modules, ['dist/define.js']);
    for (const path of modules) assert.ok(existsSync(join(installed, path)), path);
    const text = JSON.stringify(manifest);
    for (const [, path] of text.matchAll(/"(?:module|path)":"([^"]+)"/gu))
      assert.ok(existsSync(join(installed, path)), `${path} named in the manifest`);
    assert.doesNotMatch(text, /"src\//u);
    const element = manifest.modules[0].declarations.find((/** @type {{ tagName?: string }} */ d) => d.tagName === 'antrag-assistant');
    assert.ok(
      manifest.modules[0].exports.some(
        (/** @type {{ kind: string, name: string }} */ e) => e.kind === 'custom-element-definition' && e.name === 'antrag-assistant',
      ),
    );
    assert.ok(element.events.length >= 7);
    for (const event of element.events) assert.equal(event.type?.text, `CustomEvent<AntragEventDetails['${event.name}']>`, event.name);
    assert.equal(element.members.find((/** @type {{ name: string }} */ m) => m.name === 'definition').type.text, 'Definition');
    // The types the manifest names are exported where it says.
    await writeFile(
      join(app, 'manifest-check.ts'),
      `import type { AntragEventDetails } from 'antrag/define';
import type { Definition } from 'antrag/core';
${element.events.map((/** @type {{ name: string }} */ e, /** @type {number} */ i) => `export type E${i} = AntragEventDetails['${e.name}'];`).join('\n')}
export type D = Definition;
`,
    );
    const check = await typeCheck(app, 'manifest-check.ts', { module: 'ESNext', moduleResolution: 'Bundler' });
    assert.equal(check.code, 0, check.stdout + check.stderr);
  });

  it('antrag/react: typed props and events in strict TSX, and it renders and submits in React 19 (Chromium)', async () => {
    await writeFile(
      join(app, 'app.tsx'),
      `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AntragAssistant } from 'antrag/react';

const definition = ${JSON.stringify(DEFINITION)};

function App() {
  const [reference, setReference] = useState<string>();
  return (
    <main>
      <AntragAssistant
        definition={definition}
        endpoint="https://intake.invalid/antraege"
        maxAttempts={1}
        onSubmit={(event) => event.detail.respondWith(Promise.resolve({ reference: 'PKG-' + String(event.detail.payload.data.name) }))}
        onSubmitted={(event) => setReference(event.detail.reference)}
      />
      <antrag-assistant hidden onantrag-ready={(event) => console.log(event.detail.formId)} />
      {reference && <p role="status">Gesendet: {reference}</p>}
    </main>
  );
}

// @ts-expect-error: maxAttempts is a number
export const wrongProp = <AntragAssistant maxAttempts="drei" />;
// @ts-expect-error: the event's detail is typed
export const wrongEvent = <AntragAssistant onSubmitted={(event) => event.detail.nonsense} />;

createRoot(document.getElementById('root')!).render(<App />);
`,
    );
    const types = await typeCheck(app, 'app.tsx', {
      module: 'ESNext',
      moduleResolution: 'Bundler',
      jsx: 'react-jsx',
      types: ['react', 'react-dom'],
    });
    assert.equal(types.code, 0, types.stdout + types.stderr);

    const bundle = await build({
      absWorkingDir: app,
      entryPoints: ['app.tsx'],
      bundle: true,
      write: false,
      format: 'esm',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      /** @type {string[]} */
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.setContent('<!doctype html><html lang="de"><body><div id="root"></div></body></html>');
      await page.addScriptTag({ type: 'module', content: bundle.outputFiles[0]?.text ?? '' });
      const input = await page.waitForSelector('antrag-assistant:not([hidden]) >>> input', { timeout: 20000 });
      await input?.type('Erika');
      /** Presses the assistant's button with this text. @param {string} text */
      const press = async (text) => {
        const button = await page.waitForSelector(`antrag-assistant:not([hidden]) >>> button::-p-text(${text})`, { timeout: 20000 });
        await button?.click();
      };
      await press('Weiter');
      await press('Absenden');
      const status = await page.waitForSelector('p[role="status"]', { timeout: 20000 });
      assert.equal(await status?.evaluate((p) => p.textContent), 'Gesendet: PKG-Erika');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
