/**
 * End-to-end encryption of submissions (JWE, RSA-OAEP-256 / A256GCM). Load it next to Antrag when an
 * assistant has an `encryption-key`: `dist/antrag.encryption.js` as a script tag, `antrag/encryption` for bundlers.
 */
import { registerEncryption } from './submission/encryption-registry.js';
import { createJweEncrypter } from './submission/jwe.js';

registerEncryption(createJweEncrypter);

export { createJweEncrypter };
