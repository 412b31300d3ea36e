import { expect } from '@open-wc/testing';
import { backoffMs, defaultRetryPolicy, isRetryableStatus, retryAfterMs } from '../../src/submission/retry-policy.js';

describe('retry policy', () => {
  it('retries only what may not have been processed, or is still in progress: 408, 409, 425, 429 and 5xx', () => {
    expect([408, 409, 425, 429, 500, 502, 503, 504].every(isRetryableStatus)).to.equal(true);
    expect([400, 401, 403, 404, 410, 413, 415, 422].some(isRetryableStatus)).to.equal(false);
  });

  it('draws full-jitter backoff from [0, min(cap, base · 2ⁿ⁻¹))', () => {
    const policy = { ...defaultRetryPolicy, baseMs: 500, capMs: 3000 };
    expect(backoffMs(1, policy, () => 0)).to.equal(0);
    expect(backoffMs(1, policy, () => 0.999)).to.equal(499);
    expect(backoffMs(3, policy, () => 0.5)).to.equal(1000);
    expect(backoffMs(10, policy, () => 0.999)).to.equal(2997);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(retryAfterMs('1', now)).to.equal(1000);
    expect(retryAfterMs('Sun, 22 Nov 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(retryAfterMs('Sun, 22 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect(retryAfterMs('bald', now)).to.equal(undefined);
    expect(retryAfterMs(null, now)).to.equal(undefined);
  });
});
