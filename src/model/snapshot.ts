import type { FieldValue, Values } from './field-value.js';
import type { FieldIssue } from './validate-field.js';

/** Which page the assistant shows. */
export type View = { kind: 'step'; index: number } | { kind: 'review' } | { kind: 'confirmation' };

/** Why the last attempt to send failed, in terms the UI can explain. */
export interface SubmissionFailure {
  /** network: no answer; server: the intake is unavailable (5xx, 408, 429); rejected: any other 4xx; setup: the page is not set up to send. */
  reason: 'network' | 'server' | 'rejected' | 'setup';
  status?: number;
}

/** Where sending stands; answers are never cleared before `sent`. */
export type SubmissionState =
  | { status: 'idle' }
  /** `attempt` of `of`: retries after a network error or a busy server are told to the citizen. */
  | { status: 'sending'; attempt?: number; of?: number }
  | { status: 'failed'; failure: SubmissionFailure }
  | { status: 'sent'; reference?: string };

/** The whole working state of one assistant. Immutable: the model replaces it, nothing mutates it. */
export interface Snapshot {
  readonly submissionId: string;
  readonly values: Values;
  /** The value each field had when its feedback became due (left after a change, or a failed "Weiter"). */
  readonly checked: Values;
  readonly view: View;
  /** The error summary is shown for the current step after a failed "Weiter" or submit. */
  readonly summaryShown: boolean;
  /** The step was opened with "Ändern" from the review page; "Weiter" returns there. */
  readonly returnToReview: boolean;
  readonly submission: SubmissionState;
  /** Field errors the intake returned with a 422, by field id; each goes away when its answer changes. */
  readonly serverIssues: Readonly<Record<string, FieldIssue>>;
}

export type { FieldValue, Values };
