import type { Definition } from '../definition/schema.js';
import { allFields, stepIssues } from './derive.js';
import { emptyItem, fieldById, itemId, itemsOf, minItems, valueAt, withValue } from './repeat.js';
import type { PrefillSource } from './prefill.js';
import { evaluateRules } from './rule-state.js';
import { emptyValue, sameValue, type FieldValue, type Values } from './field-value.js';
import type { Snapshot, SubmissionFailure, SubmissionState, View } from './snapshot.js';
import { createSubmissionId } from './submission-id.js';
import type { FieldIssue, IssueCode } from './validate-field.js';

/** Working state saved by a draft and given back after a reload. */
export interface RestoredState {
  values: Values;
  checked?: Values;
  view?: View;
  submissionId?: string;
  submission?: SubmissionState;
}

/** A field error as an intake returns it with a 422. */
export interface RejectedField {
  field: string;
  code: string;
  params?: Readonly<Record<string, string | number>>;
}

/** Options for {@link createAssistantModel}. */
export interface AssistantModelOptions {
  /** Initial answers by field id; unknown ids are ignored. */
  prefill?: Values;
  /** Where each prefilled answer came from (see `resolvePrefill`), so the view can say so. */
  prefillSources?: Readonly<Record<string, PrefillSource>>;
  /** A draft to continue: answers, position and a pending submission. Wins over `prefill`. */
  restore?: RestoredState;
}

/** The outcome of a navigation command, so the element knows where focus belongs. */
export type NavigationResult = 'moved' | 'invalid' | 'ignored';

/** The one writer of assistant state: commands in, immutable snapshots out. */
export interface AssistantModel {
  readonly definition: Definition;
  /** The prefilled answers and their sources; a field's note shows while its answer is unchanged. */
  readonly prefilled: { values: Values; sources: Readonly<Record<string, PrefillSource>> };
  getSnapshot(): Snapshot;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (snapshot: Snapshot) => void): () => void;
  /** The citizen changed an answer. Never shows or hides feedback by itself. */
  input(fieldId: string, value: FieldValue): void;
  /** The citizen left a field; feedback becomes due if the answer changed from its initial value. */
  leave(fieldId: string): void;
  /** "Weiter": moves on when the step is valid, otherwise shows the error summary. */
  next(): NavigationResult;
  /** "Zurück": the previous step (from review: the last step). */
  back(): NavigationResult;
  /** Adds an empty item to a repeat; returns its index, or undefined at the maximum. */
  addItem(repeatId: string): number | undefined;
  /** Removes an item (not below the minimum); returns whether it did. */
  removeItem(repeatId: string, index: number): boolean;
  /** "Ändern" on the review page: the step holding `fieldId`; "Weiter" then returns to the review. */
  edit(fieldId: string): NavigationResult;
  /** "Absenden": 'moved' when every step is valid and sending may start; otherwise opens the first invalid step. */
  beginSubmit(): NavigationResult;
  /** Sending attempt `attempt` of at most `of` started. */
  submitAttempt(attempt: number, of: number): void;
  submitSucceeded(reference?: string): void;
  submitFailed(failure: SubmissionFailure): void;
  /** The host page cancelled the `antrag-submit` event: back to the review, nothing sent. */
  submitCancelled(): void;
  /** The intake rejected answers (422): shows them like the browser's own issues, on the first step concerned. */
  submitRejected(fields: readonly RejectedField[], status: number): void;
}

/** Creates the state store for one assistant over a parsed definition. */
export function createAssistantModel(definition: Definition, options: AssistantModelOptions = {}): AssistantModel {
  const fields = allFields(definition);
  const initial: Record<string, FieldValue> = {};
  const restored = options.restore;
  const given = (field: (typeof fields)[number]) => restored?.values[field.id] ?? options.prefill?.[field.id];
  for (const field of fields) {
    const value = given(field);
    initial[field.id] = value !== undefined && typeof value === typeof emptyValue(field) ? value : emptyValue(field);
  }
  const view = restored?.view;
  let snapshot: Snapshot = Object.freeze<Snapshot>({
    submissionId: restored?.submissionId ?? createSubmissionId(),
    values: Object.freeze(initial),
    checked: Object.freeze({ ...restored?.checked }),
    // A draft never reopens the confirmation: it is deleted once the intake confirmed.
    view: view?.kind === 'review' || (view?.kind === 'step' && definition.steps[view.index]) ? view : { kind: 'step', index: 0 },
    summaryShown: false,
    returnToReview: false,
    submission: restored?.submission?.status === 'failed' ? restored.submission : { status: 'idle' },
    serverIssues: Object.freeze({}),
  });
  const listeners = new Set<(snapshot: Snapshot) => void>();
  const update = (patch: Partial<Snapshot>) => {
    snapshot = Object.freeze({ ...snapshot, ...patch });
    for (const listener of listeners) listener(snapshot);
  };
  const goTo = (view: View, returnToReview = false): NavigationResult => {
    update({ view, summaryShown: false, returnToReview });
    return 'moved';
  };
  /** Marks every field of a step as due for feedback, with the values as they are now. */
  const checkStep = (index: number): Values => {
    const checked: Record<string, FieldValue> = { ...snapshot.checked };
    for (const field of definition.steps[index]?.fields ?? []) {
      checked[field.id] = snapshot.values[field.id] ?? emptyValue(field);
      if (field.type !== 'repeat') continue;
      itemsOf(snapshot.values[field.id]).forEach((item, i) => {
        for (const inner of field.fields) checked[itemId(field.id, i, inner.id)] = item[inner.id] ?? emptyValue(inner);
      });
    }
    return Object.freeze(checked);
  };
  const busy = () => snapshot.submission.status === 'sending' || snapshot.submission.status === 'sent';

  return {
    definition,
    prefilled: {
      values: Object.freeze(Object.fromEntries(Object.keys(options.prefillSources ?? {}).map((id) => [id, initial[id]!]))),
      sources: Object.freeze({ ...options.prefillSources }),
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    input(fieldId, value) {
      if (busy() || !fieldById(definition, fieldId)) return;
      const { [fieldId]: _answered, ...serverIssues } = snapshot.serverIssues;
      update({ values: Object.freeze(withValue(snapshot.values, fieldId, value)), serverIssues: Object.freeze(serverIssues) });
    },
    leave(fieldId) {
      const field = fieldById(definition, fieldId);
      if (!field) return;
      const value = valueAt(snapshot.values, fieldId);
      const start = Object.hasOwn(initial, fieldId) ? initial[fieldId] : emptyValue(field);
      const due = Object.hasOwn(snapshot.checked, fieldId) || !sameValue(value, start);
      if (due && !sameValue(snapshot.checked[fieldId], value)) {
        update({ checked: Object.freeze({ ...snapshot.checked, [fieldId]: value as FieldValue }) });
      }
    },
    next() {
      const view = snapshot.view;
      if (view.kind !== 'step' || busy()) return 'ignored';
      const rules = evaluateRules(definition, snapshot.values);
      if (stepIssues(definition, snapshot.values, view.index, rules).length > 0) {
        update({ checked: checkStep(view.index), summaryShown: true });
        return 'invalid';
      }
      const following = rules.visibleSteps.find((index) => index > view.index);
      return following === undefined || snapshot.returnToReview ? goTo({ kind: 'review' }) : goTo({ kind: 'step', index: following });
    },
    back() {
      const view = snapshot.view;
      if (busy()) return 'ignored';
      const steps = evaluateRules(definition, snapshot.values).visibleSteps;
      const current = view.kind === 'step' ? view.index : definition.steps.length;
      const previous = steps.filter((index) => index < current).at(-1);
      return previous === undefined || view.kind === 'confirmation' ? 'ignored' : goTo({ kind: 'step', index: previous });
    },
    addItem(repeatId) {
      const field = fieldById(definition, repeatId);
      const items = itemsOf(snapshot.values[repeatId]);
      if (busy() || field?.type !== 'repeat' || (field.max !== undefined && items.length >= field.max)) return undefined;
      update({ values: Object.freeze({ ...snapshot.values, [repeatId]: [...items, emptyItem(field)] }) });
      return items.length;
    },
    removeItem(repeatId, index) {
      const field = fieldById(definition, repeatId);
      const items = itemsOf(snapshot.values[repeatId]);
      if (busy() || field?.type !== 'repeat' || items.length <= minItems(field) || !items[index]) return false;
      // Feedback state follows the items: later items move up one place.
      const checked: Record<string, FieldValue> = {};
      for (const [id, value] of Object.entries(snapshot.checked)) {
        const [top, at, inner] = id.split('.');
        if (top !== repeatId || at === undefined) checked[id] = value;
        else if (Number(at) < index) checked[id] = value;
        else if (Number(at) > index) checked[itemId(repeatId, Number(at) - 1, inner!)] = value;
      }
      update({
        values: Object.freeze({ ...snapshot.values, [repeatId]: items.filter((_, i) => i !== index) }),
        checked: Object.freeze(checked),
      });
      return true;
    },
    edit(fieldId) {
      const top = fieldId.split('.')[0];
      const index = definition.steps.findIndex((step) => step.fields.some((field) => field.id === top));
      if (index < 0 || busy() || !evaluateRules(definition, snapshot.values).visibleSteps.includes(index)) return 'ignored';
      return goTo({ kind: 'step', index }, true);
    },
    beginSubmit() {
      if (snapshot.view.kind !== 'review' || busy()) return 'ignored';
      const rules = evaluateRules(definition, snapshot.values);
      const invalid = rules.visibleSteps.find((index) => stepIssues(definition, snapshot.values, index, rules).length > 0);
      if (invalid !== undefined) {
        update({ view: { kind: 'step', index: invalid }, checked: checkStep(invalid), summaryShown: true, returnToReview: true });
        return 'invalid';
      }
      update({ submission: { status: 'sending' } });
      return 'moved';
    },
    submitAttempt(attempt, of) {
      if (snapshot.submission.status === 'sending') update({ submission: { status: 'sending', attempt, of } });
    },
    submitSucceeded(reference) {
      update({ submission: { status: 'sent', ...(reference !== undefined && { reference }) }, view: { kind: 'confirmation' } });
    },
    submitFailed(failure) {
      update({ submission: { status: 'failed', failure } });
    },
    submitCancelled() {
      if (snapshot.submission.status === 'sending') update({ submission: { status: 'idle' } });
    },
    submitRejected(rejected, status) {
      const serverIssues: Record<string, FieldIssue> = {};
      for (const { field, code, params } of rejected) {
        if (!fieldById(definition, field)) continue;
        // Codes the browser has no words for are worded as 'server' by the translator.
        serverIssues[field] = { fieldId: field, code: code as IssueCode, ...(params && { params }) };
      }
      const top = (id: string) => id.split('.')[0];
      const index = definition.steps.findIndex((step) => step.fields.some((f) => Object.keys(serverIssues).some((id) => top(id) === f.id)));
      if (index < 0) return update({ submission: { status: 'failed', failure: { reason: 'rejected', status } } });
      update({
        submission: { status: 'idle' },
        serverIssues: Object.freeze(serverIssues),
        view: { kind: 'step', index },
        summaryShown: true,
        returnToReview: true,
      });
    },
  };
}
