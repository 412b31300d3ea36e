/** Encrypts one message (the submission JSON or an attachment's bytes) to a JWE compact string. */
export interface Encrypter {
  encrypt(plaintext: Uint8Array): Promise<string>;
}

/** Makes an {@link Encrypter} from the `encryption-key` attribute: a public JWK as JSON, or the URL of a JWKS. */
export type EncrypterFactory = (keySource: string, options: { fetch: typeof fetch }) => Promise<Encrypter>;

// The JOSE library is ~8 KB gzip, needed only where a municipality encrypts: it lives in its own file
// (`antrag/encryption`, `dist/antrag.encryption.js`) that registers itself here, shared by every copy of Antrag.
const REGISTRY = Symbol.for('antrag.encryption.v1');

/** Called by the encryption module when it loads. */
export function registerEncryption(factory: EncrypterFactory): void {
  (globalThis as typeof globalThis & { [REGISTRY]?: EncrypterFactory })[REGISTRY] = factory;
}

/** The registered factory, if the encryption module was loaded. */
export function registeredEncryption(): EncrypterFactory | undefined {
  return (globalThis as typeof globalThis & { [REGISTRY]?: EncrypterFactory })[REGISTRY];
}
