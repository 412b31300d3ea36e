// @ts-check
/**
 * Server command `antrag-cross-origin`: the URL of an intake on another origin (a second node:http server on
 * its own port) that answers every request, the CORS preflight included, without any CORS header — as a
 * real intake does that was not told the page's origin. The browser then refuses the POST with the same
 * TypeError it gives when offline. It counts what reached it, so a test can tell the two apart.
 *
 *   executeServerCommand('antrag-cross-origin')            → { url: 'http://127.0.0.1:<port>/submissions', requests: [...] }
 */
import { createServer } from 'node:http';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function crossOriginPlugin() {
  /** @type {Array<{ method: string, url: string }>} */
  const requests = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '' });
    req.resume();
    req.on('end', () => {
      res.writeHead(req.method === 'OPTIONS' ? 204 : 201, { 'Content-Type': 'application/json' });
      res.end(req.method === 'OPTIONS' ? undefined : JSON.stringify({ reference: 'NEVER-READ' }));
    });
  });
  /** @type {Promise<number>} */
  let port;
  return {
    name: 'antrag-cross-origin',
    serverStart() {
      port = new Promise((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port)),
      );
    },
    serverStop() {
      server.close();
    },
    async executeCommand({ command }) {
      if (command !== 'antrag-cross-origin') return undefined;
      return { url: `http://127.0.0.1:${await port}/submissions`, requests: [...requests] };
    },
  };
}
