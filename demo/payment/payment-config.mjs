// @ts-check
/**
 * The payment provider of the reference intake, from the environment (docs/payment.md):
 *
 *   ANTRAG_PAY_BASE_URL       the provider's XBezahldienste base URL (…/paymenttransaction is appended)
 *   ANTRAG_PAY_ORIGINATOR     originatorId, ANTRAG_PAY_ENDPOINT endPointId, as the provider assigned them
 *   ANTRAG_PAY_TOKEN          a fixed bearer token, or
 *   ANTRAG_PAY_TOKEN_URL, ANTRAG_PAY_CLIENT_ID, ANTRAG_PAY_CLIENT_SECRET   OAuth client credentials
 *   ANTRAG_PAY_TIMEOUT_MS     per request (default 10000)
 *
 * Without ANTRAG_PAY_BASE_URL the demo uses its own TEST PROVIDER (demo/payment/test-provider.mjs) at
 * /test-provider — except with NODE_ENV=production, where payable forms then take no online payment.
 */
import { createTestProvider } from './test-provider.mjs';
import { createXBezahldiensteClient } from './xbezahldienste-client.mjs';

/**
 * @param {NodeJS.ProcessEnv} env @param {() => string} ownOrigin the demo server's origin, once it listens
 * @returns {{ client?: ReturnType<typeof createXBezahldiensteClient>, testProvider?: ReturnType<typeof createTestProvider> }}
 */
export function paymentFrom(env, ownOrigin) {
  const timeoutMs = Number(env.ANTRAG_PAY_TIMEOUT_MS) > 0 ? Number(env.ANTRAG_PAY_TIMEOUT_MS) : 10_000;
  if (env.ANTRAG_PAY_BASE_URL) {
    const oauth =
      env.ANTRAG_PAY_TOKEN_URL && env.ANTRAG_PAY_CLIENT_ID && env.ANTRAG_PAY_CLIENT_SECRET
        ? { tokenUrl: env.ANTRAG_PAY_TOKEN_URL, clientId: env.ANTRAG_PAY_CLIENT_ID, clientSecret: env.ANTRAG_PAY_CLIENT_SECRET }
        : undefined;
    const client = createXBezahldiensteClient({
      baseUrl: env.ANTRAG_PAY_BASE_URL,
      originatorId: env.ANTRAG_PAY_ORIGINATOR ?? '',
      endPointId: env.ANTRAG_PAY_ENDPOINT ?? '',
      timeoutMs,
      ...(env.ANTRAG_PAY_TOKEN && { token: env.ANTRAG_PAY_TOKEN }),
      ...(oauth && { oauth }),
    });
    return { client };
  }
  if (env.NODE_ENV === 'production') return {};
  const testProvider = createTestProvider({ basePath: '/test-provider' });
  const client = createXBezahldiensteClient({
    baseUrl: () => `${ownOrigin()}/test-provider`,
    originatorId: 'antrag-demo',
    endPointId: 'test',
    timeoutMs,
  });
  return { client, testProvider };
}
