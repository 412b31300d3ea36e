// @ts-check
/**
 * Antrag's rule evaluator for Node tests, bundled from src/ with esbuild into a temporary file, so the
 * JSON Logic tests run the current sources (not a stale dist/) without a browser.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { repositoryRoot } from '../support/repository-root.mjs';

/** @returns {Promise<{ evaluate: (rule: unknown, data: unknown) => unknown, operatorNames: readonly string[], parseDefinition: (json: unknown) => { ok: boolean, definition?: any, issues?: { pointer: string, message: string }[] }, evaluateRules: (definition: any, values: Record<string, unknown>) => { visible: ReadonlySet<string> }, todayInBerlin: (now?: Date) => string }>} */
export async function loadEvaluator() {
  const entry = [
    "export { evaluate } from './src/rules/evaluate.ts';",
    "export { operatorNames } from './src/definition/expression-contract.ts';",
    "export { parseDefinition } from './src/definition/parse-definition.ts';",
    "export { evaluateRules } from './src/model/rule-state.ts';",
    "export { todayInBerlin } from './src/rules/date-operators.ts';",
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: repositoryRoot, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'antrag-rules-'));
  const file = join(dir, 'rules.mjs');
  writeFileSync(file, result.outputFiles[0]?.text ?? '');
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
