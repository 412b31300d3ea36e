import type { Definition, Field } from '../definition/schema.js';
import type { FieldValue, Values } from './field-value.js';
import { topId } from './field-path.js';
import { formIndex } from './form-index.js';
import { forEachAnswer, putValue, valueAt } from './repeat.js';
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
export function allFields(definition: Definition): readonly Field[] {
  return formIndex(definition).fields;
}

/**
 * The last results per definition, so that work follows the change: rules are re-evaluated only where an
 * answer they read changed, and an answer is validated again only when it (or its required-ness) changed.
 * Results are the same as computing everything anew.
 */
interface Memo {
  rules?: { values: Values; state: RuleState };
  /** The last derivation: a snapshot that differs from its one only in the error summary derives the same. */
  derived?: { snapshot: Snapshot; result: Derived };
  issues: Map<string, { value: FieldValue | undefined; required: boolean; issue: FieldIssue | undefined }>;
}
const memos = new WeakMap<Definition, Memo>();
function memoOf(definition: Definition): Memo {
  let memo = memos.get(definition);
  if (!memo) memos.set(definition, (memo = { issues: new Map() }));
  return memo;
}

/** The rules' state for `values`, re-using the last evaluation where it can. */
export function rulesFor(definition: Definition, values: Values): RuleState {
  const memo = memoOf(definition);
  const state = evaluateRules(definition, values, memo.rules);
  memo.rules = { values, state };
  return state;
}

/**
 * One answer's issue (its own checks and rule-decided date bounds). With `remember` (the browser's
 * model, never an intake), validated again only when the answer or its required-ness changed.
 */
function issueOf(
  definition: Definition,
  field: Field,
  value: FieldValue | undefined,
  rules: RuleState,
  remember: boolean,
): FieldIssue | undefined {
  const required = rules.required.has(field.id);
  if (!remember || (field.type === 'date' && (field.earliest !== undefined || field.latest !== undefined)))
    return validateField(field, value, required) ?? dateBoundIssue(field, value, rules);
  const issues = memoOf(definition).issues;
  const known = issues.get(field.id);
  if (known && known.value === value && known.required === required) return known.issue;
  const issue = validateField(field, value, required);
  issues.set(field.id, { value, required, issue });
  return issue;
}

/** How {@link stepIssues} checks: `only` the answers whose feedback is due; `remember` results (the browser's model). */
export interface StepCheck {
  only?: (id: string) => boolean;
  remember?: boolean;
}

/** The issues of one step on the given answers: what blocks "Weiter". Hidden fields are not checked. */
export function stepIssues(
  definition: Definition,
  values: Values,
  index: number,
  rules = evaluateRules(definition, values),
  { only = () => true, remember = false }: StepCheck = {},
): FieldIssue[] {
  const step = definition.steps[index];
  if (!step || !rules.visibleSteps.includes(index)) return [];
  const issues: FieldIssue[] = [];
  const check = (field: Field, value: FieldValue | undefined) => {
    if (!rules.visible.has(field.id) || !only(field.id)) return;
    const issue = issueOf(definition, field, value, rules, remember);
    if (issue) issues.push(issue);
  };
  forEachAnswer(step.fields, values, (field, value) => {
    check(field, value);
    return rules.visible.has(field.id);
  });
  const fieldsWithIssues = new Set(issues.map((issue) => issue.fieldId));
  return [...issues, ...ruleIssues(definition, rules, index).filter((issue) => !fieldsWithIssues.has(issue.fieldId))];
}

/**
 * The answers with each checked value put back (item answers by their path id). A repeat's own entry
 * only marks it as checked: its items are added and removed with buttons, never by typing.
 */
export function applyChecked(definition: Definition, values: Values, checked: Values): Values {
  // Usually the citizen has not typed since the check: the answers are the checked ones, and copying
  // hundreds of them (twice per "Weiter") would be most of its time.
  const ids = Object.keys(checked).filter((id) => checked[id] !== valueAt(values, id));
  if (ids.length === 0) return values;
  const index = formIndex(definition);
  const result: Record<string, FieldValue> = { ...values };
  for (const id of ids) {
    const value = checked[id];
    const field = index.field(id);
    if (value === undefined || !field || field.type === 'repeat') continue;
    if (id.includes('.')) putValue(result, id, value);
    else result[id] = value;
  }
  return result;
}

/** Derives visibility, feedback, the error summary and progress from the snapshot. */
export function derive(definition: Definition, snapshot: Snapshot): Derived {
  const memo = memoOf(definition);
  const last = memo.derived;
  // A failed "Weiter" writes the summary from a derivation of the snapshot without it: not derived twice.
  if (last && derivesAlike(last.snapshot, snapshot))
    return { ...last.result, summary: (snapshot.view.kind === 'step' && snapshot.summary) || [] };
  const result = deriveAnew(definition, snapshot);
  memo.derived = { snapshot, result };
  return result;
}

/** Snapshots that derive the same: they differ at most in the error summary. */
const derivesAlike = (a: Snapshot, b: Snapshot) =>
  a.values === b.values && a.checked === b.checked && a.serverIssues === b.serverIssues && a.view === b.view;

function deriveAnew(definition: Definition, snapshot: Snapshot): Derived {
  const rules = rulesFor(definition, snapshot.values);
  // Feedback is judged on the answers as they were when it became due, so typing never changes it.
  const asChecked = applyChecked(definition, snapshot.values, snapshot.checked);
  // The checked answers differ from the current ones only where the citizen typed since: start from `rules`.
  const checkedRules =
    asChecked === snapshot.values ? rules : evaluateRules(definition, asChecked, { values: snapshot.values, state: rules });
  const shownIssues = new Map<string, FieldIssue>();
  const isChecked = (id: string) => Object.hasOwn(snapshot.checked, id);
  const anyChecked = Object.keys(snapshot.checked).length > 0;
  const index = formIndex(definition);
  for (const step of anyChecked ? rules.visibleSteps : []) {
    const issues = stepIssues(definition, asChecked, step, checkedRules, { only: isChecked, remember: true });
    const due = ruleIssues(definition, checkedRules, step, (fields) => fields.every(isChecked));
    const failingNow = ruleIssues(definition, rules, step);
    /** An issue shown since the last submit goes away as soon as typing makes the answer valid (never the other way). */
    const fixed = (issue: FieldIssue) => {
      if (issue.code === 'rule') return !failingNow.some((now) => now.params?.rule === issue.params?.rule);
      const field = index.field(issue.fieldId);
      return !field || issueOf(definition, field, valueAt(snapshot.values, issue.fieldId), rules, true) === undefined;
    };
    for (const issue of issues) {
      const dueRule = issue.code === 'rule' && due.some((d) => d.params?.rule === issue.params?.rule);
      if (
        rules.visible.has(issue.fieldId) &&
        (issue.code === 'rule' ? dueRule : isChecked(issue.fieldId)) &&
        !shownIssues.has(issue.fieldId) &&
        !fixed(issue)
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
  const current = view.kind === 'step' ? view.index : -1;
  const summary = (view.kind === 'step' && snapshot.summary) || [];
  const position = rules.visibleSteps.indexOf(current);
  return {
    rules,
    shownIssues,
    summary,
    progress: { current: position >= 0 ? position + 1 : rules.visibleSteps.length, total: rules.visibleSteps.length },
  };
}

/** The problems the error summary lists when the citizen submits the current step: its shown issues, in field order. */
export function summaryOf(definition: Definition, snapshot: Snapshot): readonly FieldIssue[] {
  const view = snapshot.view;
  if (view.kind !== 'step') return [];
  const { stepOf } = formIndex(definition);
  return [...derive(definition, snapshot).shownIssues.values()].filter((issue) => stepOf.get(topId(issue.fieldId)) === view.index);
}
