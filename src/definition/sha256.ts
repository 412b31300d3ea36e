/**
 * SHA-256 (FIPS 180-4) of bytes, synchronously. The "checked" stamp is verified with it rather than with
 * Web Crypto: `crypto.subtle` is missing on plain-HTTP intranet pages, and its digest is a round trip through
 * another thread before the form can show (decision 0024). A definition is tens of kilobytes: a millisecond.
 * Tested against Node's own SHA-256 (test/node/sha256.test.mjs).
 */

/** The first 32 bits of the fractional part of the square (2) or cube (3) root of `p`, exactly, in integers. */
function rootBits(p: number, n: 2 | 3): number {
  const target = BigInt(p) << BigInt(32 * n);
  let low = 0n;
  let high = 1n << 36n;
  while (high - low > 1n) {
    const mid = (low + high) >> 1n;
    if (mid ** BigInt(n) <= target) low = mid;
    else high = mid;
  }
  return Number(low & 0xffffffffn);
}

const primes: number[] = [];
for (let candidate = 2; primes.length < 64; candidate++) if (primes.every((prime) => candidate % prime)) primes.push(candidate);
/** The round constants: from the cube roots of the first 64 primes. The initial hash: square roots of the first 8. */
let constants: { k: Uint32Array; h: Uint32Array } | undefined;

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** The 32-byte digest of `data`. */
export function sha256(data: Uint8Array): Uint8Array {
  // The message, a 1 bit, zeros, and its length in bits (64 bits, big-endian), to a multiple of 64 bytes.
  const length = Math.ceil((data.length + 9) / 64) * 64;
  const message = new Uint8Array(length);
  message.set(data);
  message[data.length] = 0x80;
  const view = new DataView(message.buffer);
  // The length's upper 32 bits stay 0: a definition is far below 512 MB.
  view.setUint32(length - 4, data.length * 8);
  const { k: K, h } = (constants ??= {
    k: Uint32Array.from(primes, (p) => rootBits(p, 3)),
    h: Uint32Array.from(primes.slice(0, 8), (p) => rootBits(p, 2)),
  });
  const hash = h.slice();
  const w = new Uint32Array(64);
  for (let block = 0; block < length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] ?? 0;
      const b = w[i - 2] ?? 0;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = (w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1;
    }
    let [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = hash;
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K[i] ?? 0) + (w[i] ?? 0)) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, h].forEach((value, i) => (hash[i] = (hash[i] ?? 0) + value));
  }
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  hash.forEach((value, i) => out.setUint32(i * 4, value));
  return digest;
}
