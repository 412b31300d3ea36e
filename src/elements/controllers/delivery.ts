import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AssistantModel } from '../../model/assistant-model.js';
import { IntakeRejectedError, SetupError } from '../../submission/intake-errors.js';
import { failureOf, OutboxSender, resendWillHelp } from '../../submission/outbox.js';
import type { IntakeReceipt } from '../../submission/send-submission.js';
import { antragEvent } from '../events.js';
import type { SessionController } from './session.js';

const NO_ENDPOINT =
  '<antrag-assistant> has no "endpoint" attribute, so answers cannot be sent: set endpoint="https://…" to the intake URL. ' +
  'The citizen is told that the form cannot be sent right now and may still fill it in.';

/** What delivery reads from its element. */
export interface DeliveryHost extends ReactiveControllerHost, HTMLElement {
  endpoint: string | undefined;
  encryptionKey: string | undefined;
  maxAttempts: number | undefined;
  maxWait: number | undefined;
  requestTimeout: number | undefined;
}

/**
 * Sends the application from the model's outbox: on "Absenden" / "Erneut senden", when the network comes
 * back, and after a reload that found an unsent submission. One submission at a time; answers are never
 * cleared before the intake confirmed.
 */
export class DeliveryController implements ReactiveController {
  readonly #sender = new OutboxSender();
  #stop = new AbortController();
  #online = () => {
    const snapshot = this.session.model?.getSnapshot();
    if (snapshot?.outbox && snapshot.submission.status === 'failed' && resendWillHelp(snapshot.submission.failure)) void this.submit(false);
  };

  constructor(
    private readonly host: DeliveryHost,
    private readonly session: SessionController,
    /** The interface language (sent with the submission) and the chosen files' contents. */
    private readonly language: { readonly t: { readonly language: string } },
    private readonly effects: { readonly files: ReadonlyMap<string, Blob> },
  ) {
    host.addController(this);
    session.listen({
      started: (model) =>
        void host.updateComplete.then(() => {
          // The developer learns of a missing endpoint when the form shows, not the citizen at "Absenden".
          // Checked after the first update, so that a framework setting `endpoint` with `definition` is in time.
          if (!host.endpoint) console.error(new SetupError(NO_ENDPOINT));
          // A submission left unsent by an earlier page is sent again once the form shows.
          if (model.getSnapshot().outbox) void this.submit(false);
        }),
    });
  }

  hostConnected(): void {
    window.addEventListener('online', this.#online);
  }

  /** Stops waiting between attempts (the element left the page); the submission stays in the outbox. */
  hostDisconnected(): void {
    window.removeEventListener('online', this.#online);
    this.#stop.abort();
    this.#stop = new AbortController();
  }

  /** "Absenden" / "Erneut senden", or a resend the citizen did not start (`byCitizen` false). */
  async submit(byCitizen = true): Promise<void> {
    const model = this.session.model;
    if (!model) return;
    // Focus moves only for what the citizen started, or while they are in the form anyway.
    const quiet = !byCitizen && !this.host.matches(':focus-within');
    // While sending, beginSubmit ignores every further click or Enter: one request, whatever the citizen does.
    if (model.beginSubmit({ language: this.language.t.language, quiet }).kind !== 'sending') return;
    const outbox = model.getSnapshot().outbox;
    if (!outbox) return;
    let takeover: Promise<IntakeReceipt> | undefined;
    const event = antragEvent('antrag-submit', {
      payload: outbox.payload,
      files: this.effects.files,
      respondWith: (delivery) => void (takeover = delivery),
    });
    this.host.dispatchEvent(event);
    if (event.defaultPrevented && !takeover) return void model.submitCancelled();
    try {
      const receipt = await (takeover ?? this.#send(model));
      model.submitSucceeded(receipt.reference, quiet);
      this.host.dispatchEvent(antragEvent('antrag-submitted', { ...receipt, payload: outbox.payload }));
    } catch (error) {
      this.#failed(error, model, quiet);
    }
  }

  #send(model: AssistantModel): Promise<IntakeReceipt> {
    const { payload } = model.getSnapshot().outbox ?? {};
    if (!payload) return Promise.reject(new Error('Nothing to send.'));
    const { maxAttempts = 0, maxWait = -1, requestTimeout = 0 } = this.host;
    return this.#sender.send(payload, {
      endpoint: this.host.endpoint,
      encryptionKey: this.host.encryptionKey || undefined,
      retry: {
        ...(maxAttempts > 0 && { maxAttempts }),
        ...(maxWait >= 0 && { maxTotalMs: maxWait * 1000 }),
        ...(requestTimeout > 0 && { timeoutMs: requestTimeout * 1000 }),
      },
      files: this.effects.files,
      signal: this.#stop.signal,
      onAttempt: (attempt, of) => model.submitAttempt(attempt, of),
    });
  }

  #failed(error: unknown, model: AssistantModel, quiet: boolean): void {
    // A 422 naming fields opens the step concerned with the error summary, like the browser's own issues.
    if (error instanceof IntakeRejectedError && error.status === 422 && error.fieldErrors.length > 0) {
      if (model.submitRejected(error.fieldErrors, error.status, quiet).kind === 'rejected') return;
    } else {
      // What exactly went wrong (status, the answer's first words, the CORS hint) is for the developer's console.
      console.error(error);
      model.submitFailed(failureOf(error), quiet);
    }
    const submission = model.getSnapshot().submission;
    if (submission.status === 'failed') this.host.dispatchEvent(antragEvent('antrag-submit-error', { failure: submission.failure }));
  }
}
