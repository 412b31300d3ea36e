import type { Definition, Field } from '../definition/schema.js';
import type { Snapshot } from './snapshot.js';
import { validateField, type FieldIssue } from './validate-field.js';

/** What the view needs that follows from the definition and a snapshot. Pure; recomputed on every change. */
export interface Derived {
  /** The issue to show next to each field, if any; decided by the feedback rule, never while typing. */
  shownIssues: ReadonlyMap<string, FieldIssue>;
  /** The issues listed in the error summary, in field order. Empty when no summary is due. */
  summary: readonly FieldIssue[];
  /** 1-based step number and the number of steps, for "Schritt 2 von 4". */
  progress: { current: number; total: number };
}

/** Every field of the form, in order. */
export function allFields(definition: Definition): Field[] {
  return definition.steps.flatMap((step) => step.fields);
}

/** The issues of one step on the current answers: what blocks "Weiter". */
export function stepIssues(definition: Definition, values: Snapshot['values'], index: number): FieldIssue[] {
  const step = definition.steps[index];
  if (!step) return [];
  return step.fields.flatMap((field) => validateField(field, values[field.id]) ?? []);
}

/** Derives visibility of feedback, the error summary and progress from the snapshot. */
export function derive(definition: Definition, snapshot: Snapshot): Derived {
  const shownIssues = new Map<string, FieldIssue>();
  for (const field of allFields(definition)) {
    if (!Object.hasOwn(snapshot.checked, field.id)) continue;
    const issue = validateField(field, snapshot.checked[field.id]);
    if (issue) shownIssues.set(field.id, issue);
  }
  const view = snapshot.view;
  const index = view.kind === 'step' ? view.index : definition.steps.length - 1;
  const summary =
    snapshot.summaryShown && view.kind === 'step'
      ? (definition.steps[index]?.fields ?? []).flatMap((field) => shownIssues.get(field.id) ?? [])
      : [];
  return {
    shownIssues,
    summary,
    progress: { current: view.kind === 'step' ? index + 1 : definition.steps.length, total: definition.steps.length },
  };
}
