// @ts-check
/** Server command `antrag-screenshot`: a PNG (base64) of part of the test page, in CSS pixels, for the hostile-CSS comparison. */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function screenshotPlugin() {
  return {
    name: 'antrag-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'antrag-screenshot') return undefined;
      const browser = /** @type {any} */ (session.browser);
      return browser.getPage(session.id).screenshot({ clip: /** @type {any} */ (payload).clip, encoding: 'base64' });
    },
  };
}
