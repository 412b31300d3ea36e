// @ts-check
/**
 * Server command `antrag-fim-import` {sample}: imports a FIM sample from ../shared/fim-samples/ (read in place,
 * never copied into the project) with every code list there, in Node with antrag/fim as `antrag import-fim`
 * does, and registers the definition with the test intake, as a municipality would put it into its forms
 * folder. Returns the definition and the report.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDefinition } from '../../../dist/core.js';
import { importFim } from '../../../dist/fim.js';
import { repositoryRoot } from '../repository-root.mjs';

const SAMPLES = join(repositoryRoot, '../shared/fim-samples');

/** @param {Map<string, unknown>} definitions the intake's forms by id @returns {import('@web/test-runner').TestRunnerPlugin} */
export function fimFormsPlugin(definitions) {
  return {
    name: 'antrag-fim-forms',
    executeCommand({ command, payload }) {
      if (command !== 'antrag-fim-import') return undefined;
      const sample = String(/** @type {any} */ (payload)?.sample ?? '');
      if (!/^(xdf2|xdf3|not-xsd-valid)\/[\w.-]+\.xml$/u.test(sample)) throw new Error(`not a FIM sample: ${sample}`);
      const codelists = readdirSync(join(SAMPLES, 'codelists')).map((file) => readFileSync(join(SAMPLES, 'codelists', file), 'utf8'));
      const { definition, report } = importFim(readFileSync(join(SAMPLES, sample), 'utf8'), { codelists });
      const parsed = parseDefinition(definition);
      if (!parsed.ok) throw new Error(`${sample}: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
      definitions.set(parsed.definition.id, parsed.definition);
      return { definition, report };
    },
  };
}
