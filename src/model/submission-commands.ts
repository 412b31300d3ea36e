import type { Definition } from '../definition/schema.js';
import { rulesFor, stepIssues } from './derive.js';
import { topId } from './field-path.js';
import { formIndex } from './form-index.js';
import { forEachAnswer } from './repeat.js';
import { emptyValue } from './field-value.js';
import type { Outbox, Snapshot, SubmissionFailure, Transition } from './snapshot.js';
import { createSubmissionId } from './submission-id.js';
import { toSubmissionPayload, type SubmissionPayload } from './submission-payload.js';
import { issueCodes, type FieldIssue, type IssueCode } from './validate-field.js';

/** A field error as an intake returns it with a 422. */
export interface RejectedField {
  field: string;
  code: string;
  params?: Readonly<Record<string, string | number>>;
}

/** A command's result: the change to the snapshot (none: nothing happens) and what it did. */
export type Step = [patch: Partial<Snapshot> | undefined, transition: Transition];

const ignored: Step = [undefined, { kind: 'ignored' }];

/**
 * "Absenden": opens the first invalid step, or builds the submission and starts sending. An unchanged
 * submission in the outbox is sent again as it is (same body, same key); changed answers get a new key,
 * as the intake refuses a different body under a key it has seen.
 */
export function beginSubmit(definition: Definition, snapshot: Snapshot, language: string, quiet: boolean): Step {
  if (snapshot.view.kind !== 'review' || busy(snapshot)) return ignored;
  const rules = rulesFor(definition, snapshot.values);
  const invalid = rules.visibleSteps.find((index) => stepIssues(definition, snapshot.values, index, rules, { remember: true }).length > 0);
  if (invalid !== undefined) {
    const checked = checkStep(definition, snapshot, invalid);
    return [{ view: { kind: 'step', index: invalid }, checked, returnToReview: true }, { kind: 'invalid', quiet }];
  }
  const fresh = toSubmissionPayload(definition, snapshot, { language });
  const earlier = snapshot.outbox;
  const outbox: Outbox =
    earlier && sameContent(earlier.payload, fresh) ? earlier : { payload: earlier ? { ...fresh, submissionId: createSubmissionId() } : fresh };
  return [{ submission: { status: 'sending' }, outbox, submissionId: outbox.payload.submissionId }, { kind: 'sending', quiet }];
}

/** The intake confirmed: the confirmation page; the outbox is empty. */
export function submitSucceeded(reference: string | undefined, quiet: boolean): Step {
  const submission = { status: 'sent' as const, ...(reference !== undefined && { reference }) };
  return [{ submission, outbox: undefined, view: { kind: 'confirmation' } }, { kind: 'sent', quiet }];
}

/** Sending failed for good (for now): the review page says why; the outbox keeps the submission. */
export function submitFailed(snapshot: Snapshot, failure: SubmissionFailure, quiet: boolean): Step {
  const outbox = snapshot.outbox && { ...snapshot.outbox, failure };
  return [{ submission: { status: 'failed', failure }, outbox }, { kind: 'failed', quiet }];
}

/** The intake rejected answers (422): shown like the browser's own issues, on the first step concerned. */
export function submitRejected(definition: Definition, snapshot: Snapshot, rejected: readonly RejectedField[], status: number, quiet: boolean): Step {
  const index = formIndex(definition);
  const serverIssues: Record<string, FieldIssue> = {};
  for (const { field, code, params } of rejected) {
    if (!index.field(field)) continue;
    // Codes the browser has no words for are worded as 'server' by the translator.
    serverIssues[field] = { fieldId: field, code: toIssueCode(code), ...(params && { params }) };
  }
  const steps = Object.keys(serverIssues).flatMap((id) => index.stepOf.get(topId(id)) ?? []);
  if (steps.length === 0) return submitFailed(snapshot, { reason: 'rejected', status }, quiet);
  const view = { kind: 'step' as const, index: Math.min(...steps) };
  return [{ submission: { status: 'idle' }, serverIssues, view, returnToReview: true }, { kind: 'rejected', quiet }];
}

/** Marks every field of a step as due for feedback, with the values as they are now. */
export function checkStep(definition: Definition, snapshot: Snapshot, index: number): Snapshot['checked'] {
  const checked = { ...snapshot.checked };
  forEachAnswer(definition.steps[index]?.fields ?? [], snapshot.values, (field, value) => {
    checked[field.id] = value ?? emptyValue(field);
    return true;
  });
  return Object.freeze(checked);
}

/** While sending, and once sent, nothing changes the answers or the page but the delivery itself. */
export const busy = (snapshot: Snapshot) => snapshot.submission.status === 'sending' || snapshot.submission.status === 'sent';

/** Whether two payloads send the same answers (their id and time aside). */
function sameContent(a: SubmissionPayload, b: SubmissionPayload): boolean {
  const content = ({ submissionId: _id, submittedAt: _at, ...rest }: SubmissionPayload) => JSON.stringify(rest);
  return content(a) === content(b);
}

const knownCodes: ReadonlySet<string> = new Set(issueCodes);
const isIssueCode = (code: string): code is IssueCode => knownCodes.has(code);
/** An intake's code as the browser knows it; others become 'server' (worded from the intake's message). */
const toIssueCode = (code: string): IssueCode => (isIssueCode(code) ? code : 'server');
