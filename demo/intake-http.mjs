// @ts-check
/**
 * The HTTP edges of the reference intake: answers with security headers, bodies read within a size limit and an
 * idle timeout, CORS for the allow-listed origins, and who may read what was received.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** What the intake answers. @typedef {{status: number, body: unknown, headers?: Record<string, string>}} Answer */
/**
 * A body as read, or why not: too large, stalled (no byte for the idle time), or the connection ended first.
 * @typedef {{bytes: Buffer} | {fault: 'tooLarge' | 'stalled' | 'aborted'}} ReadBody
 */

/**
 * On every answer of the intake: JSON is never sniffed into HTML, never framed, never runs anything, and
 * the URL (a reference) never leaks through Referer.
 */
export const API_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
};

/** The shortest read token accepted: 32 characters, e.g. `openssl rand -hex 32` (64). */
export const MIN_TOKEN_LENGTH = 32;

/**
 * @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function send(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Reads the body into one buffer, giving up past `limit` bytes or when no byte arrives for `idleMs` (a client
 * that stalled half-open would otherwise hold its request, and its Idempotency-Key, for Node's 300 s).
 * With a Content-Length the buffer is allocated once, so a large upload is held once, not twice.
 * @param {import('node:http').IncomingMessage} req @param {number} limit @param {number} idleMs
 * @param {() => void} [onProgress] called on every chunk
 * @returns {Promise<ReadBody>}
 */
export function readBody(req, limit, idleMs, onProgress) {
  const declared = Number(req.headers['content-length']);
  const sized = Number.isSafeInteger(declared) && declared >= 0 && declared <= limit;
  const buffer = sized ? Buffer.allocUnsafe(declared) : undefined;
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  return new Promise((resolve) => {
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const finish = (/** @type {ReadBody} */ result) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
      resolve(result);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ fault: 'stalled' }), idleMs);
    };
    const onData = (/** @type {Buffer} */ chunk) => {
      if (size + chunk.length > limit || (buffer && size + chunk.length > buffer.length)) {
        req.pause();
        return finish({ fault: 'tooLarge' });
      }
      if (buffer) chunk.copy(buffer, size);
      else chunks.push(chunk);
      size += chunk.length;
      onProgress?.();
      arm();
    };
    const onEnd = () => finish({ bytes: buffer ? buffer.subarray(0, size) : Buffer.concat(chunks, size) });
    const onClose = () => finish({ fault: 'aborted' });
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
    arm();
  });
}

/** Reads and discards the body (a refusal answers once the request has arrived), within the idle time. @param {import('node:http').IncomingMessage} req @param {number} idleMs */
export async function drain(req, idleMs) {
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, idleMs);
    const done = () => (clearTimeout(timer), resolve(undefined));
    req.on('end', done).on('close', done).on('error', done).resume();
  });
}

/**
 * Who may read the received submissions and their files: with a token, whoever sends
 * `Authorization: Bearer <token>`; without one, in demo mode (`loopback`), requests from this computer only;
 * otherwise nobody. Returns a function that answers true when `req` may read.
 * @param {{ token?: string, loopback?: boolean }} options
 */
export function readAccess({ token, loopback = false }) {
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH)
    throw new Error(`The intake's read token must be at least ${MIN_TOKEN_LENGTH} characters long (e.g. \`openssl rand -hex 32\`).`);
  const expected = token === undefined ? undefined : digest(token);
  return (/** @type {import('node:http').IncomingMessage} */ req) => {
    if (expected) {
      const given = /^Bearer ([\x21-\x7e]+)$/u.exec(req.headers.authorization ?? '')?.[1];
      // Compared as digests of equal length, in constant time: the comparison says nothing about the token.
      return given !== undefined && timingSafeEqual(digest(given), expected);
    }
    return loopback && fromThisComputer(req);
  };
}

/** @param {string} text */
function digest(text) {
  return createHash('sha256').update(text).digest();
}

/**
 * A request from the loopback interface, addressed to a loopback name (a DNS-rebinding page on another name is
 * not), and not forwarded by a proxy on this computer (whose requests all come from loopback).
 * @param {import('node:http').IncomingMessage} req
 */
function fromThisComputer(req) {
  const address = req.socket.remoteAddress ?? '';
  const loopbackAddress = address === '::1' || /^(::ffff:)?127\./u.test(address);
  let host = '';
  try {
    host = new URL(`http://${req.headers.host ?? ''}`).hostname;
  } catch {
    return false;
  }
  const loopbackHost = host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/u.test(host);
  const forwarded = req.headers.forwarded !== undefined || req.headers['x-forwarded-for'] !== undefined;
  return loopbackAddress && loopbackHost && !forwarded;
}

/**
 * CORS for the allow-listed origins; answers preflights. Returns true when the request was answered.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string[]} origins
 */
export function cors(req, res, origins) {
  const origin = req.headers.origin;
  if (!origin) return false;
  const allowed = origins.includes(origin);
  if (allowed) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    // Not CORS-safelisted: without this a cross-origin assistant could not honour Retry-After.
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Idempotent-Replayed');
  }
  if (req.method !== 'OPTIONS') return false;
  if (!allowed) send(res, 403, { error: `The origin ${origin} may not send submissions to this intake.` });
  else {
    // POST only: reading (GET with Authorization) is never allowed from another site's page.
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept',
      'Access-Control-Max-Age': '600',
    });
    res.end();
  }
  return true;
}
