import type { SubmissionFailure } from '../model/snapshot.js';
import type { SubmissionPayload } from '../model/submission-payload.js';
import { registeredEncryption, type Encrypter } from './encryption-registry.js';
import { IntakeRejectedError, SetupError } from './intake-errors.js';
import { isRetryableStatus, type RetryPolicy } from './retry-policy.js';
import { deliver, prepareSubmission, type IntakeReceipt, type PreparedSubmission } from './send-submission.js';

/** Where and how the outbox sends, as the embedding page configured it. */
export interface OutboxSettings {
  endpoint: string | undefined;
  /** A public key (JWK JSON) or JWKS URL: the body and files are sent as JWE. */
  encryptionKey: string | undefined;
  retry: Partial<RetryPolicy>;
  files: ReadonlyMap<string, Blob>;
  signal: AbortSignal;
  onAttempt(attempt: number, of: number): void;
}

/**
 * Sends the outbox's submission: the request body is made (and encrypted) once per payload, so every
 * attempt — after a retry, "Erneut senden" or the network coming back — sends the same bytes under the
 * same Idempotency-Key. Never sends in clear what was meant to be encrypted.
 */
export class OutboxSender {
  #prepared: { payload: SubmissionPayload; request: PreparedSubmission } | undefined;
  #encrypter: { source: string; encrypter: Promise<Encrypter> } | undefined;

  async send(payload: SubmissionPayload, settings: OutboxSettings): Promise<IntakeReceipt> {
    const { endpoint, encryptionKey, files } = settings;
    if (!endpoint) throw new SetupError('<antrag-assistant> has no "endpoint" attribute to send the application to. Nothing was sent.');
    if (this.#prepared?.payload !== payload) {
      const encrypter = encryptionKey ? await this.#encrypterFor(encryptionKey) : undefined;
      this.#prepared = { payload, request: await prepareSubmission(payload, { files, ...(encrypter && { encrypter }) }) };
    }
    return deliver(endpoint, this.#prepared.request, {
      retry: settings.retry,
      signal: settings.signal,
      onAttempt: (attempt, policy) => attempt > 1 && settings.onAttempt(attempt, policy.maxAttempts),
    });
  }

  async #encrypterFor(source: string): Promise<Encrypter> {
    const factory = registeredEncryption();
    if (!factory) {
      throw new SetupError(
        '<antrag-assistant> has an "encryption-key", but the encryption module is not loaded (add dist/antrag.encryption.js, or import "antrag/encryption"). Nothing was sent.',
      );
    }
    if (this.#encrypter?.source !== source)
      this.#encrypter = { source, encrypter: factory(source, { fetch: globalThis.fetch.bind(globalThis) }) };
    try {
      return await this.#encrypter.encrypter;
    } catch (error) {
      this.#encrypter = undefined; // a key that failed to load is fetched again on the next attempt
      throw new SetupError(`The encryption key could not be used: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  }
}

/**
 * Why sending failed, in the terms the citizen is told: the intake busy, refused, the page not set up (no
 * endpoint, no encryption module, an endpoint that refuses the page's origin), or no answer.
 */
export function failureOf(error: unknown): SubmissionFailure {
  if (error instanceof IntakeRejectedError)
    return { reason: isRetryableStatus(error.status) ? 'server' : 'rejected', status: error.status };
  return error instanceof SetupError ? { reason: 'setup' } : { reason: 'network' };
}

/**
 * Whether sending the same submission again may succeed: after no answer or a busy intake, yes; after a
 * refusal (a 4xx that is not 408/409/425/429) or a page that is not set up, not until someone fixes the intake
 * or the page — "Erneut senden" would only fail again.
 */
export function resendWillHelp(failure: SubmissionFailure): boolean {
  return failure.reason === 'network' || failure.reason === 'server';
}
