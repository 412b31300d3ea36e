import { CompactEncrypt, importJWK, type JWK } from 'jose';
import type { Encrypter, EncrypterFactory } from './encryption-registry.js';

/** The algorithms FIT-Connect uses: RSA-OAEP with SHA-256 wraps a fresh AES-256-GCM key per message. */
const ALG = 'RSA-OAEP-256';
const ENC = 'A256GCM';

/**
 * Reads the public key from a JWK (JSON text) or a JWKS URL (the first RSA key meant for encryption) and
 * returns an encrypter producing JWE compact strings with `alg: RSA-OAEP-256`, `enc: A256GCM` and the key's `kid`.
 */
export const createJweEncrypter: EncrypterFactory = async (keySource, { fetch }) => {
  const jwk = keySource.trim().startsWith('{') ? (JSON.parse(keySource) as JWK) : await keyFromJwks(keySource, fetch);
  if (jwk.kty !== 'RSA' || 'd' in jwk) throw new Error('The encryption key must be a public RSA key (JWK with kty "RSA", without "d").');
  const key = await importJWK({ ...jwk, alg: ALG }, ALG);
  const header = { alg: ALG, enc: ENC, ...(jwk.kid && { kid: jwk.kid }) };
  const encrypter: Encrypter = {
    encrypt: (plaintext) => new CompactEncrypt(plaintext).setProtectedHeader(header).encrypt(key),
  };
  return encrypter;
};

async function keyFromJwks(url: string, fetch: typeof globalThis.fetch): Promise<JWK> {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The encryption key could not be loaded from ${url}: HTTP ${response.status}.`);
  const { keys } = (await response.json()) as { keys?: JWK[] };
  const jwk = keys?.find((k) => k.kty === 'RSA' && (k.use === undefined || k.use === 'enc') && (k.alg === undefined || k.alg === ALG));
  if (!jwk) throw new Error(`${url} holds no RSA key for ${ALG} encryption.`);
  return jwk;
}
