/** How often and how long the intake client tries before it tells the citizen that sending failed. */
export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** No new attempt starts later than this many milliseconds after the first one. */
  maxTotalMs: number;
  /** Give up on one attempt after this many milliseconds. */
  timeoutMs: number;
  /** The backoff before retry n is drawn from [0, min(capMs, baseMs · 2ⁿ⁻¹)) ("full jitter"). */
  baseMs: number;
  capMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, maxTotalMs: 60_000, timeoutMs: 30_000, baseMs: 500, capMs: 15_000 };

/**
 * Answers worth trying again with the same Idempotency-Key: the request may not have been processed, or
 * (409) an earlier attempt with that key is still in progress — it ends or is released within seconds.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 425 || status === 429 || status >= 500;
}

/**
 * The wait before retry number `retry` (1 for the first retry): full jitter as in the AWS architecture
 * blog's "Exponential Backoff and Jitter", so that many clients failing together do not retry together.
 */
export function backoffMs(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.capMs, policy.baseMs * 2 ** (retry - 1)));
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/u.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
