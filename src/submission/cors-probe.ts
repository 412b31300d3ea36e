/**
 * Tells "the intake refuses this page's origin (CORS)" from "the intake cannot be reached". A failed
 * `fetch` says neither: both are the same TypeError, so that pages cannot probe other origins. The probe is
 * a second, harmless request the browser allows without CORS: a `no-cors` HEAD to the endpoint. An
 * answer (opaque: the page may not read it) means the server is there and only CORS is missing; another
 * TypeError means it is not reachable. It runs only while the browser says it is online
 * (`navigator.onLine`: offline is offline) and only for an endpoint on another origin.
 */
export async function refusedByCors(endpoint: string, doFetch: typeof fetch): Promise<boolean> {
  if (typeof location === 'undefined' || typeof navigator === 'undefined' || !navigator.onLine) return false;
  let url: URL;
  try {
    url = new URL(endpoint, location.href);
  } catch {
    return false;
  }
  if (url.origin === location.origin || !/^https?:$/u.test(url.protocol)) return false;
  try {
    const answer = await doFetch(url.href, {
      method: 'HEAD',
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    });
    return answer.type === 'opaque';
  } catch {
    return false;
  }
}
