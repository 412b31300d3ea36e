// @ts-check
/**
 * `node scripts/check-git-install.mjs`: installs Antrag from a git URL, as `npm install git+https://…` would, and
 * checks that the result works: a `file://` clone of this repository's HEAD is installed into a temporary
 * project outside the repository, then `dist/`, LICENSE and CHANGELOG.md must be there, `npx antrag --version`
 * must exit 0 and `antrag/core` must parse a definition in Node. npm prepares a git dependency by installing
 * every development dependency in a fresh clone (better-sqlite3 compiles) and running `prepare`: minutes, so
 * this runs before a release rather than in `npm test` (decision 0019). Exits 1 on a failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repository = resolve(import.meta.dirname, '..');
const root = mkdtempSync(join(tmpdir(), 'antrag-git-install-'));
/** @param {string} command @param {string[]} args @param {string} cwd */
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  const clone = join(root, 'clone');
  run('git', ['clone', '--quiet', `file://${repository}`, clone], root);
  const app = join(root, 'app');
  run('mkdir', [app], root);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'antrag-git-probe', private: true, type: 'module' }));
  const started = Date.now();
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', `git+file://${clone}`], app);
  console.log(`installed from git+file://${clone} in ${Math.round((Date.now() - started) / 1000)} s`);
  const installed = join(app, 'node_modules/antrag');
  for (const file of [
    'dist/define.js',
    'dist/antrag.embed.js',
    'dist/types/define.d.ts',
    'dist/custom-elements.json',
    'LICENSE',
    'CHANGELOG.md',
  ]) {
    if (!existsSync(join(installed, file))) throw new Error(`${file} is missing in the package installed from git`);
  }
  console.log(`npx antrag --version: ${run('npx', ['--no-install', 'antrag', '--version'], app).trim()}`);
  const core = `import { parseDefinition } from 'antrag/core';
const result = parseDefinition({ schemaVersion: 1, id: 'git-probe', version: '1.0.0', languages: ['de'], title: 'T', steps: [{ id: 's', title: 'S', fields: [{ id: 'n', type: 'text', label: 'N' }] }] });
if (!result.ok) throw new Error('antrag/core rejected the probe definition');
console.log('antrag/core: ok');`;
  console.log(run(process.execPath, ['--input-type=module', '-e', core], app).trim());
  console.log('git install: ok');
} catch (error) {
  console.error(`git install: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
