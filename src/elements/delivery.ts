import type { AssistantModel, NavigationResult } from '../model/assistant-model.js';
import type { SubmissionFailure } from '../model/snapshot.js';
import { createSubmissionId } from '../model/submission-id.js';
import { toSubmissionPayload, type SubmissionPayload } from '../model/submission-payload.js';
import type { PendingSubmission } from '../submission/drafts.js';
import { registeredEncryption, type Encrypter } from '../submission/encryption-registry.js';
import { IntakeRejectedError, SetupError } from '../submission/intake-errors.js';
import type { RetryPolicy } from '../submission/retry-policy.js';
import { deliver, prepareSubmission, type IntakeReceipt, type PreparedSubmission } from '../submission/send-submission.js';
import { antragEvent } from './events.js';

/** What delivery needs from the element that owns it. */
export interface DeliveryHost {
  element: HTMLElement;
  model(): AssistantModel;
  language(): string;
  files(): ReadonlyMap<string, Blob>;
  settings(): { endpoint: string | undefined; encryptionKey: string | undefined; retry: Partial<RetryPolicy> };
  /** Moves on after sending; `focus` false leaves focus where it is (a resend the citizen did not start). */
  navigate(result: NavigationResult, focus: 'heading' | 'summary' | 'failure' | false): void;
  /** The outbox changed: keep it with the draft (undefined: delivered). */
  pendingChanged(pending: PendingSubmission | undefined): void;
}

/**
 * Sends the application: one submission at a time, built once and re-sent unchanged (same body, same
 * Idempotency-Key) until the intake confirms it — after retries, a click on "Erneut senden", the network
 * coming back or a reload. Answers are never cleared before the intake confirmed.
 */
export class Delivery {
  #pending: PendingSubmission | undefined;
  /** The request body of the pending submission: encrypted once, so every attempt sends the same bytes. */
  #prepared: { payload: SubmissionPayload; request: PreparedSubmission } | undefined;
  #encrypter: { source: string; encrypter: Promise<Encrypter> } | undefined;
  #stop = new AbortController();

  constructor(private readonly host: DeliveryHost) {}

  get pending(): PendingSubmission | undefined {
    return this.#pending;
  }

  /** Takes over a submission left pending by an earlier page (from the draft). */
  restore(pending: PendingSubmission | undefined): void {
    this.#pending = pending;
  }

  /** Stops waiting between attempts (the element left the page); the submission stays pending. */
  stop(): void {
    this.#stop.abort();
    this.#stop = new AbortController();
  }

  /** "Absenden" / "Erneut senden", or a resend the citizen did not start (`byCitizen` false). */
  async submit(byCitizen = true): Promise<void> {
    const model = this.host.model();
    // While sending, beginSubmit ignores every further click or Enter: one request, whatever the citizen does.
    const result = model.beginSubmit();
    if (result !== 'moved') return this.host.navigate(result, byCitizen && 'summary');
    const pending = this.#next(toSubmissionPayload(model.definition, model.getSnapshot(), { language: this.host.language() }));
    // Kept before the first byte leaves: a reload while sending finds it and sends it again, with the same key.
    this.host.pendingChanged(pending);
    let takeover: Promise<IntakeReceipt> | undefined;
    const event = antragEvent('antrag-submit', {
      payload: pending.payload,
      files: this.host.files(),
      respondWith: (delivery) => void (takeover = delivery),
    });
    this.host.element.dispatchEvent(event);
    if (event.defaultPrevented && !takeover) return model.submitCancelled();
    const focusAfter = byCitizen || this.host.element.matches(':focus-within');
    try {
      const receipt = await (takeover ?? this.#send(pending.payload, model));
      this.#pending = this.#prepared = undefined;
      this.host.pendingChanged(undefined);
      model.submitSucceeded(receipt.reference);
      this.host.navigate('moved', focusAfter && 'heading');
      this.host.element.dispatchEvent(antragEvent('antrag-submitted', { ...receipt, payload: pending.payload }));
    } catch (error) {
      this.#failed(error, pending, model, focusAfter);
    }
  }

  /** The pending submission if the answers are still the same; otherwise a new one with a new key. */
  #next(fresh: SubmissionPayload): PendingSubmission {
    const earlier = this.#pending;
    if (earlier && sameContent(earlier.payload, fresh)) return earlier;
    // A different body under a key already used would be refused by the intake (and may have been stored).
    this.#pending = { payload: earlier ? { ...fresh, submissionId: createSubmissionId() } : fresh };
    return this.#pending;
  }

  async #send(payload: SubmissionPayload, model: AssistantModel): Promise<IntakeReceipt> {
    const { endpoint, encryptionKey, retry } = this.host.settings();
    if (!endpoint) throw new SetupError('<antrag-assistant> has no "endpoint" attribute to send the application to.');
    if (this.#prepared?.payload !== payload) {
      const encrypter = encryptionKey ? await this.#encrypterFor(encryptionKey) : undefined;
      this.#prepared = {
        payload,
        request: await prepareSubmission(payload, { files: this.host.files(), ...(encrypter && { encrypter }) }),
      };
    }
    return deliver(endpoint, this.#prepared.request, {
      retry,
      signal: this.#stop.signal,
      onAttempt: (attempt, policy) => attempt > 1 && model.submitAttempt(attempt, policy.maxAttempts),
    });
  }

  /** Never sends in clear what was meant to be encrypted: without the module or a usable key, nothing leaves. */
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
      throw new SetupError(`The encryption key could not be used: ${(error as Error).message}`, { cause: error });
    }
  }

  #failed(error: unknown, pending: PendingSubmission, model: AssistantModel, focusAfter: boolean): void {
    if (error instanceof IntakeRejectedError && error.status === 422 && error.fieldErrors.length > 0) {
      model.submitRejected(error.fieldErrors, error.status);
      // The page changed to the step concerned (a step change), with the error summary in focus.
      if (model.getSnapshot().view.kind === 'step') return this.host.navigate('moved', focusAfter && 'summary');
    }
    const failure: SubmissionFailure =
      error instanceof IntakeRejectedError
        ? { reason: error.status >= 500 || [408, 425, 429].includes(error.status) ? 'server' : 'rejected', status: error.status }
        : error instanceof SetupError
          ? { reason: 'setup' }
          : { reason: 'network' };
    if (!(error instanceof IntakeRejectedError)) console.error(error);
    pending.failure = failure;
    this.host.pendingChanged(pending);
    if (model.getSnapshot().submission.status === 'sending') model.submitFailed(failure);
    this.host.navigate('moved', focusAfter && 'failure');
    this.host.element.dispatchEvent(antragEvent('antrag-submit-error', { failure }));
  }
}

/** Whether two payloads send the same answers (their id and time aside). */
function sameContent(a: SubmissionPayload, b: SubmissionPayload): boolean {
  const content = ({ submissionId: _id, submittedAt: _at, ...rest }: SubmissionPayload) => JSON.stringify(rest);
  return content(a) === content(b);
}
