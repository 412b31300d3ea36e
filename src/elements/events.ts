import type { DefinitionIssue } from '../definition/definition-issue.js';
import type { SubmissionFailure } from '../model/snapshot.js';
import type { SubmissionPayload } from '../model/submission-payload.js';
import type { ContrastIssue } from '../theme/contrast.js';
import type { IntakeReceipt } from '../submission/send-submission.js';

/** The detail of `antrag-submit`: what is about to be sent, and how a host page takes over delivery. */
export interface SubmitDetail {
  payload: SubmissionPayload;
  /** Attachment contents by attachment id. */
  files: ReadonlyMap<string, Blob>;
  /**
   * Delivers the submission the host page's way instead: the assistant waits for the promise, shows the
   * confirmation when it fulfils and "noch nicht gesendet" when it rejects. Call it synchronously in the listener.
   */
  respondWith(delivery: Promise<IntakeReceipt>): void;
}

/** The `detail` of each event `<antrag-assistant>` fires. All bubble and cross the shadow boundary. */
export interface AntragEventDetails {
  'antrag-ready': { formId: string; version: string };
  'antrag-step-change': { step: string | 'review' | 'confirmation'; index: number };
  /** Cancelable: `preventDefault()` alone stops sending (the citizen stays on the review page); see `respondWith`. */
  'antrag-submit': SubmitDetail;
  /** `payment`: the intake asks for an online payment (see docs/payment.md). */
  'antrag-submitted': IntakeReceipt & { payload: SubmissionPayload };
  'antrag-submit-error': { failure: SubmissionFailure };
  'antrag-definition-error': { issues: readonly DefinitionIssue[] };
  /** A municipality's own theme had unknown or malformed tokens, or colours failing WCAG contrast (replaced). */
  'antrag-theme-error': { issues: readonly string[]; contrast: readonly ContrastIssue[] };
}

export type AntragEventName = keyof AntragEventDetails;

/** Each event `<antrag-assistant>` fires, by name, as the `CustomEvent` a listener receives. */
export type AntragEventMap = { [N in AntragEventName]: CustomEvent<AntragEventDetails[N]> };

/** Creates a bubbling, composed event, so host pages can listen on the element or on `document`. */
export function antragEvent<N extends AntragEventName>(name: N, detail: AntragEventDetails[N]): CustomEvent<AntragEventDetails[N]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: name === 'antrag-submit' });
}

declare global {
  // `addEventListener('antrag-submitted', (e) => e.detail.reference)` is typed on the element and on `document`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends AntragEventMap {}
}
