// @ts-check
/**
 * Code-health limits of issue 10, read from the TypeScript syntax tree (scripts/source-stats.mjs): a thin
 * shell, small modules, few casts and non-null assertions, effects as ReactiveControllers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sourceStats } from '../../scripts/source-stats.mjs';
import { repositoryRoot } from '../support/repository-root.mjs';

const stats = sourceStats(join(repositoryRoot, 'src'));
const name = (file) => file.slice(file.indexOf('src/'));

describe('source limits', () => {
  it('keeps the shell element at 200 lines or fewer', () => {
    const shell = stats.find((s) => name(s.file) === 'src/elements/antrag-assistant.ts');
    assert.ok(shell, 'src/elements/antrag-assistant.ts exists');
    assert.ok(shell.lines <= 200, `the shell has ${shell.lines} lines`);
  });

  it('keeps every module at 250 lines or fewer (message catalogues aside)', () => {
    const long = stats.filter((s) => s.lines > 250 && !/\/messages-\w+\.ts$/u.test(s.file)).map((s) => `${name(s.file)}: ${s.lines}`);
    assert.deepEqual(long, []);
  });

  it('has at most 25 `as` casts (`as const` aside) and at most 10 non-null assertions', () => {
    const casts = stats.flatMap((s) => s.casts);
    const nonNull = stats.flatMap((s) => s.nonNull);
    assert.ok(casts.length <= 25, `${casts.length} casts:\n${casts.join('\n')}`);
    assert.ok(nonNull.length <= 10, `${nonNull.length} non-null assertions:\n${nonNull.join('\n')}`);
  });

  it('has at least three effects as ReactiveControllers', () => {
    const controllers = stats.filter((s) => /implements ReactiveController\b/u.test(readFileSync(s.file, 'utf8')));
    assert.ok(controllers.length >= 3, controllers.map((s) => name(s.file)).join(', '));
  });

  it('counts what it claims to count', () => {
    const sample = sourceStats(join(repositoryRoot, 'test/fixtures/source-stats'));
    assert.deepEqual(
      sample.map((s) => [s.lines, s.casts.length, s.nonNull.length]),
      [[4, 2, 1]],
    );
  });
});
