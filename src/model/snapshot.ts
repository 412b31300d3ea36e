import type { FieldValue, Values } from './field-value.js';
import type { SubmissionPayload } from './submission-payload.js';
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

/**
 * A submission not yet confirmed by the intake: built once, then re-sent unchanged (same body, same
 * Idempotency-Key) after retries, "Erneut senden", the network coming back or a reload.
 */
export interface Outbox {
  readonly payload: SubmissionPayload;
  readonly failure?: SubmissionFailure;
}

/** What became of an earlier draft, told once at the top of the form until the citizen moves on. */
export interface DraftNotice {
  readonly from?: 'session' | 'device';
  readonly notice?: 'expired' | 'incompatible';
  /** Files were answered before: their contents are never stored, so the citizen must add them again. */
  readonly filesDropped?: boolean;
}

/** Where the draft is kept: the citizen's choice to keep it on the device, and what became of an earlier one. */
export interface DraftState {
  readonly onDevice: boolean;
  readonly notice?: DraftNotice;
}

/** A passing note next to a question (a message key), not an answer and never sent. */
export type FieldNote = 'location.locating' | 'location.failed';

/** The whole working state of one assistant. Immutable: the model replaces it, nothing mutates it. */
export interface Snapshot {
  readonly submissionId: string;
  readonly values: Values;
  /** The value each field had when its feedback became due (left after a change, or a failed "Weiter"). */
  readonly checked: Values;
  readonly view: View;
  /**
   * The error summary of the current step: its problems as they were when the page was submitted (a failed
   * "Weiter" or submit, or the intake's 422), unchanged until the next submit; undefined when none shows.
   */
  readonly summary: readonly FieldIssue[] | undefined;
  /** The step was opened with "Ändern" from the review page; "Weiter" returns there. */
  readonly returnToReview: boolean;
  readonly submission: SubmissionState;
  /** The submission waiting for the intake's confirmation, if any. */
  readonly outbox: Outbox | undefined;
  /** Field errors the intake returned with a 422, by field id; each goes away when its answer changes. */
  readonly serverIssues: Readonly<Record<string, FieldIssue>>;
  readonly draft: DraftState;
  /** Notes next to questions, by field id (why a position could not be found). */
  readonly notes: Readonly<Record<string, FieldNote>>;
}

/**
 * What a command did, so that effects follow from it without reading the page: focus, announcements,
 * the page title, saving the draft and the `antrag-step-change` event. `quiet`: not started by the
 * citizen (a resend after a reload), so focus stays where it is.
 */
export type Transition =
  | { kind: 'ignored' }
  | { kind: 'changed'; field: string }
  | { kind: 'left'; field: string }
  /** Another page; `field` after "Ändern" (focus goes there instead of the heading). */
  | { kind: 'moved'; field?: string }
  /** A step with the error summary: after a failed "Weiter" or submit (`quiet`: a resend the citizen did not start). */
  | { kind: 'invalid'; quiet?: boolean }
  | { kind: 'itemAdded'; repeat: string; index: number }
  | { kind: 'itemRemoved'; repeat: string; index: number }
  | { kind: 'sending'; quiet: boolean }
  | { kind: 'attempt' }
  | { kind: 'sent'; quiet: boolean }
  | { kind: 'failed'; quiet: boolean }
  /** The intake rejected answers (422): the step concerned with the error summary. */
  | { kind: 'rejected'; quiet: boolean }
  | { kind: 'cancelled' }
  | { kind: 'draftChoice'; keep: boolean }
  | { kind: 'noted'; field: string };

export type { FieldValue, Values };
