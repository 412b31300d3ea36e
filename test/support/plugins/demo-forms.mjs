// @ts-check
/**
 * Server command `antrag-demo-forms`: the ids of every definition in demo/forms/, read from the folder, so a test
 * that must cover every demo form also covers the one added tomorrow.
 */
import { readdirSync } from 'node:fs';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function demoFormsPlugin() {
  return {
    name: 'antrag-demo-forms',
    executeCommand({ command }) {
      if (command !== 'antrag-demo-forms') return undefined;
      return readdirSync('demo/forms')
        .filter((file) => file.endsWith('.json'))
        .map((file) => file.slice(0, -'.json'.length))
        .sort();
    },
  };
}
