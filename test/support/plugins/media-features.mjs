// @ts-check
/**
 * Server command `antrag-media-features`: emulates CSS media features that @web/test-runner-commands and
 * puppeteer do not offer (forced-colors), over the DevTools protocol as Chromium's own rendering emulation does.
 */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaFeaturesPlugin() {
  // One DevTools session per test page, kept open: emulation ends when its session detaches.
  const sessions = new Map();
  return {
    name: 'antrag-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'antrag-media-features') return undefined;
      const browser = /** @type {any} */ (session.browser);
      if (!sessions.has(session.id)) sessions.set(session.id, await browser.getPage(session.id).createCDPSession());
      await sessions.get(session.id).send('Emulation.setEmulatedMedia', { features: /** @type {any} */ (payload).features });
      return true;
    },
  };
}
