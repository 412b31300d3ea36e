// @ts-check
/**
 * Server command `antrag-source-text`: the text of every src/ module outside i18n/messages-*, for the tests
 * that every UI message, every theme token and every documented member is used by the code.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} dir @returns {string[]} */
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function sourceTextPlugin() {
  return {
    name: 'antrag-source-text',
    executeCommand({ command }) {
      if (command !== 'antrag-source-text') return undefined;
      return walk('src')
        .filter((file) => file.endsWith('.ts') && !/messages-\w+\.ts$/u.test(file))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
    },
  };
}
