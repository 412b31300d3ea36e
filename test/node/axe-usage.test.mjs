// @ts-check
/**
 * One axe configuration everywhere: every axe run in the tests goes through test/support/axe.ts, and Storybook's
 * a11y addon uses the same options (test/support/axe-options.ts) — never axe's defaults, which leave out
 * target size (WCAG 2.5.8).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { repositoryRoot } from '../support/repository-root.mjs';

const HELPER = 'test/support/axe.ts';
/** Ways to run axe without the helper: axe's own API, chai-a11y-axe's assertion, or loading axe-core directly. */
const AXE_ELSEWHERE = [/\baxe\s*\.\s*run\s*\(/u, /\.accessible\s*\(/u, /\bisAccessible\s*\(/u, /['"]axe-core(?:\/[^'"]*)?['"]/u];

/** Source files under `dir` (relative to the repository), other than this one. @param {string} dir @returns {string[]} */
function sources(dir) {
  const self = relative(repositoryRoot, fileURLToPath(import.meta.url));
  /** @param {string} path @returns {string[]} */
  const walk = (path) =>
    readdirSync(join(repositoryRoot, path), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(path, entry.name)) : /\.(?:[cm]?[jt]sx?|html)$/u.test(entry.name) ? [join(path, entry.name)] : [],
    );
  return walk(dir).filter((file) => file !== self);
}

describe('axe in the tests', () => {
  it('runs only through test/support/axe.ts (type-only imports of axe-core aside)', () => {
    const files = [...sources('test'), ...sources('stories'), ...sources('.storybook')];
    assert.ok(files.includes(HELPER), `${HELPER} is scanned`);
    const elsewhere = files
      .filter((file) => file !== HELPER && file !== 'test/support/axe-options.ts')
      .flatMap((file) =>
        readFileSync(join(repositoryRoot, file), 'utf8')
          .split('\n')
          .map((line, index) => ({ file, line: index + 1, text: line }))
          .filter(({ text }) => !/^\s*import\s+type\b/u.test(text) && AXE_ELSEWHERE.some((pattern) => pattern.test(text))),
      )
      .map(({ file, line, text }) => `${file}:${line}: ${text.trim()}`);
    assert.deepEqual(elsewhere, []);
  });

  it("gives Storybook's a11y addon the same options as the tests", () => {
    const preview = readFileSync(join(repositoryRoot, '.storybook/preview.ts'), 'utf8');
    assert.match(preview, /import \{ axeRunOptions \} from '\.\.\/test\/support\/axe-options\.js';/u);
    assert.match(preview, /a11y: \{[^}]*\boptions: axeRunOptions\b/u);
  });
});
