import type { Definition, Field } from '../definition/schema.js';
import { rulesFor, stepIssues, summaryOf } from './derive.js';
import { emptyValue, type FieldValue, type Values } from './field-value.js';
import { afterRemoval, parseFieldPath } from './field-path.js';
import { formIndex } from './form-index.js';
import type { PrefillSource } from './prefill.js';
import { emptyItem, itemsOf, minItems, valueAt, withValue } from './repeat.js';
import type { DraftState, FieldNote, Outbox, Snapshot, SubmissionFailure, Transition, View } from './snapshot.js';
import * as submission from './submission-commands.js';
import { createSubmissionId } from './submission-id.js';
import type { FieldIssue } from './validate-field.js';

export type { RejectedField } from './submission-commands.js';

/** Working state saved by a draft and given back after a reload. */
export interface RestoredState {
  values: Values;
  checked?: Values;
  view?: View;
  submissionId?: string;
  /** A submission left unconfirmed: the review page says "noch nicht gesendet", and it is sent again. */
  outbox?: Outbox;
}

/** Options for {@link createAssistantModel}. */
export interface AssistantModelOptions {
  /** Initial answers by field id; unknown ids are ignored. */
  prefill?: Values;
  /** Where each prefilled answer came from (see `resolvePrefill`), so the view can say so. */
  prefillSources?: Readonly<Record<string, PrefillSource>>;
  /** A draft to continue: answers, position and a pending submission. Wins over `prefill`. */
  restore?: RestoredState;
  /** Where the draft is kept, and what became of an earlier one. */
  draft?: DraftState;
}

/** The one writer of assistant state: commands in, immutable snapshots and transitions out. */
export interface AssistantModel {
  readonly definition: Definition;
  /** The prefilled answers and their sources; a field's note shows while its answer is unchanged. */
  readonly prefilled: { values: Values; sources: Readonly<Record<string, PrefillSource>> };
  getSnapshot(): Snapshot;
  /** The question for an id, item questions with their path id. */
  field(id: string): Field | undefined;
  /** Calls `listener` after every change with what changed it; returns the unsubscribe function. */
  subscribe(listener: (snapshot: Snapshot, transition: Transition) => void): () => void;
  /** The citizen changed an answer. Never shows or hides feedback by itself. */
  input(fieldId: string, value: FieldValue): Transition;
  /** The citizen left a field. Never changes feedback: errors show only after "Weiter" or "Absenden", so nothing moves under a pointer. */
  leave(fieldId: string): Transition;
  /** "Weiter": moves on when the step is valid, otherwise shows the error summary. */
  next(): Transition;
  /** "Zurück": the previous step (from review: the last step). */
  back(): Transition;
  /** Adds an empty item to a repeat (not above the maximum). */
  addItem(repeatId: string): Transition;
  /** Removes an item (not below the minimum). */
  removeItem(repeatId: string, index: number): Transition;
  /** "Ändern" on the review page: the step holding `fieldId`; "Weiter" then returns to the review. */
  edit(fieldId: string): Transition;
  /** "Absenden": sending starts when every step is valid (the payload is built here, once); otherwise the first invalid step opens. */
  beginSubmit(options: { language: string; quiet?: boolean }): Transition;
  /** Sending attempt `attempt` of at most `of` started. */
  submitAttempt(attempt: number, of: number): Transition;
  submitSucceeded(reference?: string, quiet?: boolean): Transition;
  submitFailed(failure: SubmissionFailure, quiet?: boolean): Transition;
  /** The host page cancelled the `antrag-submit` event: back to the review, nothing sent. */
  submitCancelled(): Transition;
  /** The intake rejected answers (422): shows them like the browser's own issues, on the first step concerned. */
  submitRejected(fields: readonly submission.RejectedField[], status: number, quiet?: boolean): Transition;
  /** The citizen chose whether to keep the draft on this device. */
  chooseDevice(keep: boolean): Transition;
  /** Shows (or, without `note`, removes) a passing note next to a question. */
  note(fieldId: string, note?: FieldNote): Transition;
}

/** Creates the state store for one assistant over a parsed definition. */
export function createAssistantModel(definition: Definition, options: AssistantModelOptions = {}): AssistantModel {
  const index = formIndex(definition);
  const initial: Record<string, FieldValue> = {};
  const restored = options.restore;
  for (const field of index.fields) {
    const value = restored?.values[field.id] ?? options.prefill?.[field.id];
    initial[field.id] = value !== undefined && typeof value === typeof emptyValue(field) ? value : emptyValue(field);
  }
  const view = restored?.view;
  const outbox = restored?.outbox;
  let snapshot: Snapshot = Object.freeze<Snapshot>({
    submissionId: outbox?.payload.submissionId ?? restored?.submissionId ?? createSubmissionId(),
    values: Object.freeze(initial),
    checked: Object.freeze({ ...restored?.checked }),
    // A draft never reopens the confirmation: it is deleted once the intake confirmed.
    view: outbox || view?.kind === 'review' ? { kind: 'review' } : view?.kind === 'step' && definition.steps[view.index] ? view : { kind: 'step', index: 0 },
    summary: undefined,
    returnToReview: false,
    submission: outbox ? { status: 'failed', failure: outbox.failure ?? { reason: 'network' } } : { status: 'idle' },
    outbox,
    serverIssues: Object.freeze({}),
    draft: options.draft ?? { onDevice: false },
    notes: Object.freeze({}),
  });
  const listeners = new Set<(snapshot: Snapshot, transition: Transition) => void>();
  const apply = ([patch, transition]: submission.Step): Transition => {
    if (!patch) return transition;
    // Moving on, and what sending brings, end what was said about an earlier draft.
    const notice = ['moved', 'sent', 'failed', 'rejected'].includes(transition.kind) && snapshot.draft.notice ? { draft: { onDevice: snapshot.draft.onDevice } } : {};
    snapshot = Object.freeze({ ...snapshot, ...patch, ...notice });
    // The error summary is written when the citizen submits a page and stays as it is until the next time:
    // fixing an answer hides its inline error, but nothing above the pointer moves.
    if (transition.kind === 'invalid' || transition.kind === 'rejected') snapshot = Object.freeze({ ...snapshot, summary: summaryOf(definition, snapshot) });
    for (const listener of listeners) listener(snapshot, transition);
    return transition;
  };
  const ignored: submission.Step = [undefined, { kind: 'ignored' }];
  const goTo = (view: View, returnToReview = false, field?: string): Transition =>
    apply([{ view, summary: undefined, returnToReview }, { kind: 'moved', ...(field && { field }) }]);
  const busy = () => submission.busy(snapshot);

  return {
    definition,
    prefilled: {
      values: Object.freeze(Object.fromEntries(Object.entries(initial).filter(([id]) => Object.hasOwn(options.prefillSources ?? {}, id)))),
      sources: Object.freeze({ ...options.prefillSources }),
    },
    getSnapshot: () => snapshot,
    field: (id) => index.field(id),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    input(fieldId, value) {
      if (busy() || !index.field(fieldId)) return ignored[1];
      const { [fieldId]: _answered, ...serverIssues } = snapshot.serverIssues;
      const values = Object.freeze(withValue(snapshot.values, fieldId, value));
      return apply([{ values, serverIssues: Object.freeze(serverIssues) }, { kind: 'changed', field: fieldId }]);
    },
    leave(fieldId) {
      // The draft is saved; feedback does not change (GOV.UK: errors only after the citizen submits the page).
      return index.field(fieldId) ? apply([{}, { kind: 'left', field: fieldId }]) : ignored[1];
    },
    next() {
      const view = snapshot.view;
      if (view.kind !== 'step' || busy()) return ignored[1];
      const rules = rulesFor(definition, snapshot.values);
      if (stepIssues(definition, snapshot.values, view.index, rules, { remember: true }).length > 0) {
        return apply([{ checked: submission.checkStep(definition, snapshot, view.index) }, { kind: 'invalid' }]);
      }
      const following = rules.visibleSteps.find((i) => i > view.index);
      return following === undefined || snapshot.returnToReview ? goTo({ kind: 'review' }) : goTo({ kind: 'step', index: following });
    },
    back() {
      const view = snapshot.view;
      if (busy() || view.kind === 'confirmation') return ignored[1];
      const current = view.kind === 'step' ? view.index : definition.steps.length;
      const previous = rulesFor(definition, snapshot.values).visibleSteps.filter((i) => i < current).at(-1);
      return previous === undefined ? ignored[1] : goTo({ kind: 'step', index: previous });
    },
    addItem(repeatId) {
      const field = index.field(repeatId);
      const items = itemsOf(valueAt(snapshot.values, repeatId));
      if (busy() || field?.type !== 'repeat' || (field.max !== undefined && items.length >= field.max)) return ignored[1];
      const values = Object.freeze(withValue(snapshot.values, repeatId, [...items, emptyItem(field)]));
      return apply([{ values }, { kind: 'itemAdded', repeat: repeatId, index: items.length }]);
    },
    removeItem(repeatId, at) {
      const field = index.field(repeatId);
      const items = itemsOf(valueAt(snapshot.values, repeatId));
      if (busy() || field?.type !== 'repeat' || items.length <= minItems(field) || !items[at]) return ignored[1];
      // Feedback state, the error summary and the intake's issues follow the items: later items move up one place.
      const checked: Record<string, FieldValue> = {};
      for (const [id, value] of Object.entries(snapshot.checked)) {
        const moved = afterRemoval(id, repeatId, at);
        if (moved !== undefined) checked[moved] = value;
      }
      const follow = (issue: FieldIssue): FieldIssue[] => {
        const moved = afterRemoval(issue.fieldId, repeatId, at);
        return moved === undefined ? [] : [{ ...issue, fieldId: moved }];
      };
      const summary = snapshot.summary && Object.freeze(snapshot.summary.flatMap(follow));
      const serverIssues = Object.freeze(Object.fromEntries(Object.values(snapshot.serverIssues).flatMap(follow).map((issue) => [issue.fieldId, issue])));
      const values = Object.freeze(withValue(snapshot.values, repeatId, items.filter((_, i) => i !== at)));
      return apply([{ values, checked: Object.freeze(checked), summary, serverIssues }, { kind: 'itemRemoved', repeat: repeatId, index: at }]);
    },
    edit(fieldId) {
      const step = index.stepOf.get(parseFieldPath(fieldId)?.top ?? '');
      if (step === undefined || busy() || !rulesFor(definition, snapshot.values).visibleSteps.includes(step)) return ignored[1];
      return goTo({ kind: 'step', index: step }, true, fieldId);
    },
    beginSubmit: ({ language, quiet = false }) => apply(submission.beginSubmit(definition, snapshot, language, quiet)),
    submitAttempt(attempt, of) {
      return apply(snapshot.submission.status === 'sending' ? [{ submission: { status: 'sending', attempt, of } }, { kind: 'attempt' }] : ignored);
    },
    submitSucceeded: (reference, quiet = false) => apply(submission.submitSucceeded(reference, quiet)),
    submitFailed: (failure, quiet = false) =>
      apply(snapshot.submission.status === 'sending' ? submission.submitFailed(snapshot, failure, quiet) : ignored),
    submitCancelled() {
      return apply(snapshot.submission.status === 'sending' ? [{ submission: { status: 'idle' } }, { kind: 'cancelled' }] : ignored);
    },
    submitRejected: (fields, status, quiet = false) => apply(submission.submitRejected(definition, snapshot, fields, status, quiet)),
    chooseDevice(keep) {
      return apply([{ draft: { ...snapshot.draft, onDevice: keep } }, { kind: 'draftChoice', keep }]);
    },
    note(fieldId, note) {
      const { [fieldId]: _old, ...notes } = snapshot.notes;
      return apply([{ notes: Object.freeze(note ? { ...notes, [fieldId]: note } : notes) }, { kind: 'noted', field: fieldId }]);
    },
  };
}
