// @ts-check
/**
 * Server commands for the accessibility-tree contracts: `antrag-a11y-tree` answers Chromium's own
 * accessibility tree (names, roles, states as assistive technology gets them, not the DOM) of the test page,
 * and `antrag-a11y-tree-write` writes a contract file when `UPDATE_A11Y_TREE=1` asks for it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function accessibilityTreePlugin() {
  return {
    name: 'antrag-a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (command === 'antrag-a11y-tree') {
        // The whole test page: it holds only the fixture. (A `root` that is not itself an accessible
        // object, like the host element, would cut the snapshot down to its first child.)
        const browser = /** @type {any} */ (session.browser);
        return browser.getPage(session.id).accessibility.snapshot({ interestingOnly: true });
      }
      if (command === 'antrag-a11y-tree-write') {
        if (process.env.UPDATE_A11Y_TREE !== '1') return false;
        const { name, tree } = /** @type {{ name: string, tree: unknown }} */ (payload);
        writeFileSync(join('test/a11y-tree', `${name}.json`), `${JSON.stringify(tree, null, 2)}\n`);
        return true;
      }
      return undefined;
    },
  };
}
