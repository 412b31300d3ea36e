import type { Definition, Field, FieldType, LocalizedText } from '../definition/schema.js';
import { evaluate, type RuleBudget } from '../rules/evaluate.js';
import { truthy } from '../rules/operators.js';
import { filesOf, isEmpty, listOf, partsOf, textOf, type FieldValue, type Values } from './field-value.js';
import { normalizeIban } from './iban.js';
import { itemId } from './field-path.js';
import { formIndex } from './form-index.js';
import { itemsOf } from './repeat.js';
import { normalizeDate, parseNumber, withoutSpaces, type FieldIssue } from './validate-field.js';

/** A JSON value an answer becomes in the payload and in rule data. */
export type AnswerValue =
  | string
  | number
  | boolean
  | readonly string[]
  | Readonly<Record<string, string>>
  | Readonly<Record<string, number>>
  /** A repeat: each item's answers by question id. */
  | ReadonlyArray<Readonly<Record<string, unknown>>>;

/** One line of a computed value's breakdown. */
export interface BreakdownLine {
  id: string;
  label: LocalizedText;
  value: number | null;
}

/** What the rules say about a set of answers: what is shown, what is required, what is computed. */
export interface RuleState {
  visibleSteps: readonly number[];
  visible: ReadonlySet<string>;
  required: ReadonlySet<string>;
  /** Answers of visible fields as payload values, plus computed values: what rules read with `var`. */
  data: Readonly<Record<string, unknown>>;
  computed: Readonly<Record<string, number | null>>;
  breakdown: Readonly<Record<string, readonly BreakdownLine[]>>;
  /** Set when the step budget ran out: later conditions fell back to "shown" and "not required". */
  incomplete?: true;
}

const trimmed = (value: FieldValue) => textOf(value).trim();
const normalized = (value: FieldValue) => normalizeIban(textOf(value));
const ticked = (value: FieldValue) => value === true;
/** How each type of answer goes into the payload and rule data; the compiler lists a type that has none. */
const toAnswers = {
  text: trimmed,
  email: trimmed,
  tel: trimmed,
  textarea: trimmed,
  time: trimmed,
  select: trimmed,
  radio: trimmed,
  notice: trimmed,
  group: trimmed,
  repeat: () => [],
  number: (value) => parseNumber(textOf(value)) ?? textOf(value),
  date: (value) => normalizeDate(textOf(value)),
  iban: normalized,
  bic: normalized,
  checkbox: ticked,
  consent: ticked,
  checkboxes: listOf,
  file: (value) => filesOf(value).map((file) => file.id),
  address: (value) => Object.fromEntries(Object.entries(partsOf(value)).map(([key, part]) => [key, (part ?? '').trim()])),
  location: (value) => {
    const parts = partsOf(value);
    return { latitude: Number(parts.latitude), longitude: Number(parts.longitude), accuracy: Number(parts.accuracy) };
  },
} satisfies Record<FieldType, (value: FieldValue) => AnswerValue>;

/** An answer as the payload carries it: numbers as numbers, text trimmed (and without spaces where `removeSpaces`). */
export function toAnswer(field: Field, value: FieldValue): AnswerValue {
  if (field.type === 'text' && field.removeSpaces) return withoutSpaces(textOf(value));
  return toAnswers[field.type](value);
}

// A definition that passed parseDefinition has only known operators and names; a RuleError here means
// a limit was hit by the data. Conditions then fail towards showing more, never towards hiding a question.
let lastWarning: unknown;
function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    // A spent step budget fails every later rule with the same error: say so once, not once per rule.
    if (error !== lastWarning) console.warn('Antrag: a rule could not be evaluated:', error);
    lastWarning = error;
    return fallback;
  }
}

const asNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 100) / 100 : null;

/**
 * Evaluates visibility, required-ness and computed values in document order: a condition sees only the
 * answers to earlier visible questions, so hidden answers never leak into rules, fees or the payload.
 * Given the state of `previous` answers, a change to answers no rule reads re-derives only those answers.
 */
export function evaluateRules(definition: Definition, values: Values, previous?: { values: Values; state: RuleState }): RuleState {
  const index = formIndex(definition);
  if (previous) {
    const changed = index.fields.filter((field) => values[field.id] !== previous.values[field.id]);
    if (changed.length === 0) return previous.state;
    if (!changed.some((field) => index.readsAnswer(field.id))) {
      const data: Record<string, unknown> = { ...previous.state.data };
      for (const field of changed) {
        const value = values[field.id];
        if (previous.state.visible.has(field.id) && value !== undefined && !isEmpty(value)) data[field.id] = toAnswer(field, value);
        else delete data[field.id];
      }
      return { ...previous.state, data };
    }
  }
  // One step budget for every rule of this evaluation: a form cannot multiply the limit by its number of rules.
  const budget: RuleBudget = { steps: 0 };
  const data: Record<string, unknown> = {};
  const visible = new Set<string>();
  const required = new Set<string>();
  const visibleSteps: number[] = [];
  /**
   * Records the visibility, required-ness and answers of `fields` (a hidden group hides its questions),
   * answers under their own ids in `into`; `path` gives an item question its path id.
   */
  const collect = (
    fields: readonly Field[],
    answers: Readonly<Record<string, FieldValue>>,
    into: Record<string, unknown>,
    scope: () => unknown,
    path: (id: string) => string,
  ): void => {
    for (const field of fields) {
      const id = path(field.id);
      if (field.visibleIf !== undefined && !holds(field.visibleIf, scope(), true, budget)) continue;
      visible.add(id);
      if (field.type === 'group') collect(field.fields, answers, into, scope, path);
      if (field.type === 'group' || field.type === 'notice') continue;
      const value = Object.hasOwn(answers, field.id) ? answers[field.id] : undefined;
      if (field.type === 'repeat') {
        // Each item's questions see the answers before the repeat and the item's own earlier answers.
        into[field.id] = itemsOf(value).map((item, index) => {
          const own: Record<string, unknown> = {};
          collect(field.fields, item, own, () => ({ ...(scope() ?? {}), ...own }), (inner) => itemId(id, index, inner));
          return own;
        });
        continue;
      }
      if (field.required || (field.requiredIf !== undefined && holds(field.requiredIf, scope(), false, budget))) required.add(id);
      if (value !== undefined && !isEmpty(value)) into[field.id] = toAnswer(field, value);
    }
  };
  definition.steps.forEach((step, index) => {
    if (step.visibleIf !== undefined && !holds(step.visibleIf, data, true, budget)) return;
    visibleSteps.push(index);
    collect(step.fields, values, data, () => data, (id) => id);
  });
  const computed: Record<string, number | null> = {};
  const breakdown: Record<string, BreakdownLine[]> = {};
  for (const c of index.computed) {
    computed[c.id] = safely(() => asNumber(evaluate(c.value, data, budget)), null);
    data[c.id] = computed[c.id];
    breakdown[c.id] = (c.breakdown ?? [])
      .filter((item) => item.visibleIf === undefined || holds(item.visibleIf, data, true, budget))
      .map((item) => ({ id: item.id, label: item.label, value: safely(() => asNumber(evaluate(item.value, data, budget)), null) }));
  }
  return { visibleSteps, visible, required, data, computed, breakdown, ...(budget.spent && { incomplete: true as const }) };
}

/** Whether a condition holds; `otherwise` when it cannot be evaluated. */
const holds = (expression: unknown, data: unknown, otherwise: boolean, budget?: RuleBudget) =>
  safely(() => truthy(evaluate(expression, data, budget)), otherwise);

/**
 * Date bounds that rules decide (`earliest`, `latest`, e.g. "at least 3 working days ahead"), checked
 * once the answer is a valid date; reported with the same codes as fixed `min`/`max`.
 */
export function dateBoundIssue(field: Field, raw: FieldValue | undefined, state: RuleState): FieldIssue | undefined {
  const value = typeof raw === 'string' ? normalizeDate(raw) : undefined;
  if (field.type !== 'date' || !value || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return undefined;
  const bound = (expression: unknown) => {
    const result = expression === undefined ? undefined : safely(() => evaluate(expression, state.data), undefined);
    return typeof result === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(result) ? result : undefined;
  };
  const earliest = bound(field.earliest);
  if (earliest && value < earliest) return { fieldId: field.id, code: 'min', params: { min: earliest } };
  const latest = bound(field.latest);
  if (latest && value > latest) return { fieldId: field.id, code: 'max', params: { max: latest } };
  return undefined;
}

/** Cross-field rules of a visible step that do not hold, as issues on the first field each names. */
export function ruleIssues(
  definition: Definition,
  state: RuleState,
  index: number,
  due: (fields: readonly string[]) => boolean = () => true,
): FieldIssue[] {
  if (!state.visibleSteps.includes(index)) return [];
  const budget: RuleBudget = { steps: 0 };
  return (definition.steps[index]?.rules ?? [])
    .filter((rule) => due(rule.fields))
    .filter((rule) => !holds(rule.check, state.data, false, budget))
    .map((rule) => ({ fieldId: rule.fields[0] ?? '', code: 'rule' as const, params: { rule: rule.id } }));
}
