// @ts-check
/**
 * JWE for the reference intake: decrypts what an assistant with `encryption-key` sends (RSA-OAEP-256 /
 * A256GCM, as FIT-Connect), and publishes the public key as a JWKS. With jose, not hand-made crypto.
 */
import { calculateJwkThumbprint, compactDecrypt, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK } from 'jose';

const ALG = 'RSA-OAEP-256';
const ENC = 'A256GCM';

/** A fresh key pair (for the demo and the tests); production intakes configure their own private key. */
export async function generateIntakeKey() {
  const { privateKey } = await generateKeyPair(ALG, { extractable: true });
  return exportJWK(privateKey);
}

/** Thrown when a JWE cannot be read: wrong algorithms, wrong key, tampered. The intake answers 400. */
export class DecryptionError extends Error {}

/** @param {import('jose').JWK} privateJwk */
export async function createDecrypter(privateJwk) {
  const key = await importJWK({ ...privateJwk, alg: ALG }, ALG);
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  const kid = publicJwk.kid ?? (await calculateJwkThumbprint(publicJwk));
  return {
    jwks: { keys: [{ ...publicJwk, kid, alg: ALG, use: 'enc' }] },
    /** @param {string} jwe @returns {Promise<Uint8Array>} */
    async decrypt(jwe) {
      // Named before decrypting, so that a client with the wrong algorithms learns which ones it must use.
      const { alg, enc } = protectedHeader(jwe);
      if (alg !== ALG || enc !== ENC)
        throw new DecryptionError(`This intake accepts only JWE with alg ${ALG} and enc ${ENC}, not alg ${alg} and enc ${enc}.`);
      try {
        const { plaintext } = await compactDecrypt(jwe.trim(), key, {
          keyManagementAlgorithms: [ALG],
          contentEncryptionAlgorithms: [ENC],
        });
        return plaintext;
      } catch (error) {
        throw new DecryptionError(
          `The JWE could not be decrypted with this intake's key (another key, or altered): ${/** @type {Error} */ (error).message}`,
        );
      }
    },
  };
}

/** @param {string} jwe */
function protectedHeader(jwe) {
  try {
    return decodeProtectedHeader(jwe.trim());
  } catch {
    throw new DecryptionError('The body is not a JWE in compact serialization.');
  }
}
