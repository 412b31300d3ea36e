import type { Definition, Field } from '../definition/schema.js';
import type { FieldValue, Values } from './field-value.js';
import { fieldById, itemField, itemsOf, withValue } from './repeat.js';
import { dateBoundIssue, evaluateRules, ruleIssues, type RuleState } from './rule-state.js';
import type { Snapshot } from './snapshot.js';
import { validateField, type FieldIssue } from './validate-field.js';

/** What the view needs that follows from the definition and a snapshot. Pure; recomputed on every change. */
export interface Derived {
  /** Visibility, required-ness and computed values for the current answers. */
  rules: RuleState;
  /** The issue to show next to each field, if any; decided by the feedback rule, never while typing. */
  shownIssues: ReadonlyMap<string, FieldIssue>;
  /** The issues listed in the error summary, in field order. Empty when no summary is due. */
  summary: readonly FieldIssue[];
  /** Position among the visible steps and their number, for "Schritt 2 von 4". */
  progress: { current: number; total: number };
}

/** Every field of the form, in order. */
export function allFields(definition: Definition): Field[] {
  return definition.steps.flatMap((step) => step.fields);
}

/** The issues of one step on the given answers: what blocks "Weiter". Hidden fields are not checked. */
export function stepIssues(definition: Definition, values: Values, index: number, rules = evaluateRules(definition, values)): FieldIssue[] {
  const step = definition.steps[index];
  if (!step || !rules.visibleSteps.includes(index)) return [];
  const check = (field: Field, value: FieldValue | undefined) =>
    validateField(field, value, rules.required.has(field.id)) ?? dateBoundIssue(field, value, rules) ?? [];
  const fieldIssues = step.fields
    .filter((field) => rules.visible.has(field.id))
    .flatMap((field) => {
      const own = check(field, values[field.id]);
      if (field.type !== 'repeat') return own;
      const inner = itemsOf(values[field.id]).flatMap((item, index) =>
        field.fields
          .map((f) => itemField(field, index, f))
          .flatMap((f, i) => (rules.visible.has(f.id) ? check(f, item[field.fields[i]!.id]) : [])),
      );
      return [...[own].flat(), ...inner];
    });
  const fieldsWithIssues = new Set(fieldIssues.map((issue) => issue.fieldId));
  return [...fieldIssues, ...ruleIssues(definition, rules, index).filter((issue) => !fieldsWithIssues.has(issue.fieldId))];
}

/**
 * The answers with each checked value put back (item answers by their path id). A repeat's own entry
 * only marks it as checked: its items are added and removed with buttons, never by typing.
 */
export function applyChecked(definition: Definition, values: Values, checked: Values): Values {
  let result = values;
  for (const [id, value] of Object.entries(checked)) {
    if (fieldById(definition, id)?.type !== 'repeat') result = withValue(result, id, value);
  }
  return result;
}

/** Derives visibility, feedback, the error summary and progress from the snapshot. */
export function derive(definition: Definition, snapshot: Snapshot): Derived {
  const rules = evaluateRules(definition, snapshot.values);
  // Feedback is judged on the answers as they were when it became due, so typing never changes it.
  const asChecked = applyChecked(definition, snapshot.values, snapshot.checked);
  const checkedRules = evaluateRules(definition, asChecked);
  const shownIssues = new Map<string, FieldIssue>();
  const isChecked = (id: string) => Object.hasOwn(snapshot.checked, id);
  for (const index of rules.visibleSteps) {
    const issues = stepIssues(definition, asChecked, index, checkedRules);
    const due = ruleIssues(definition, checkedRules, index, (fields) => fields.every(isChecked));
    for (const issue of issues) {
      const dueRule = issue.code === 'rule' && due.some((d) => d.params?.rule === issue.params?.rule);
      if (
        rules.visible.has(issue.fieldId) &&
        (issue.code === 'rule' ? dueRule : isChecked(issue.fieldId)) &&
        !shownIssues.has(issue.fieldId)
      ) {
        shownIssues.set(issue.fieldId, issue);
      }
    }
  }
  // What the intake rejected shows like the browser's own issues, until the answer changes.
  for (const issue of Object.values(snapshot.serverIssues)) {
    if (rules.visible.has(issue.fieldId) && !shownIssues.has(issue.fieldId)) shownIssues.set(issue.fieldId, issue);
  }
  const view = snapshot.view;
  const index = view.kind === 'step' ? view.index : -1;
  const summary =
    snapshot.summaryShown && view.kind === 'step'
      ? [...shownIssues.values()].filter((issue) =>
          definition.steps[index]?.fields.some((field) => field.id === issue.fieldId.split('.')[0]),
        )
      : [];
  const position = rules.visibleSteps.indexOf(index);
  return {
    rules,
    shownIssues,
    summary,
    progress: { current: position >= 0 ? position + 1 : rules.visibleSteps.length, total: rules.visibleSteps.length },
  };
}
