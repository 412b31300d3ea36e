import { computedOrder } from '../definition/check-rules.js';
import { iteratingOperators } from '../definition/expression-contract.js';
import { childFields, withoutGroups } from '../definition/field-tree.js';
import type { Computed, Definition, Field } from '../definition/schema.js';
import { itemId, parseFieldPath } from './field-path.js';

/**
 * A definition compiled once for the model to read: questions by id and path, the step each belongs to,
 * the order of computed values, and which answers the rules read — so typing in a question no rule
 * reads re-derives nothing but that answer.
 */
export interface FormIndex {
  readonly definition: Definition;
  /** The form's questions in order, groups opened (item questions are inside their repeat). */
  readonly fields: readonly Field[];
  /** The step index of each of the form's questions and groups. */
  readonly stepOf: ReadonlyMap<string, number>;
  readonly computed: readonly Computed[];
  /** Whether a change of this question's answer can change what rules decide (visibility, required-ness, amounts). */
  readsAnswer(id: string): boolean;
  /** The question for an id, item questions with their path id; undefined when there is none. */
  field(id: string): Field | undefined;
}

const compiled = new WeakMap<Definition, FormIndex>();

/** The index of a definition, compiled on first use and kept as long as the definition lives. */
export function formIndex(definition: Definition): FormIndex {
  let index = compiled.get(definition);
  if (!index) compiled.set(definition, (index = compile(definition)));
  return index;
}

function compile(definition: Definition): FormIndex {
  const fields = definition.steps.flatMap((step) => withoutGroups(step.fields));
  const top = new Map(fields.map((field) => [field.id, field]));
  const stepOf = new Map(
    definition.steps.flatMap((step, index) => [...step.fields, ...withoutGroups(step.fields)].map((field) => [field.id, index] as const)),
  );
  const byOrder = new Map((definition.computed ?? []).map((c) => [c.id, c]));
  const computed = (computedOrder(definition) ?? []).flatMap((id) => byOrder.get(id) ?? []);
  const reads = answersRead(definition);
  const items = new Map<string, Field>();
  return {
    definition,
    fields,
    stepOf,
    computed,
    readsAnswer: (id) => reads === 'all' || reads.has(id) || top.get(id)?.type === 'repeat',
    field(id) {
      // A question of the form itself needs no path parsed: asked for each answer at every "Weiter".
      const known = top.get(id) ?? items.get(id);
      if (known) return known;
      const path = parseFieldPath(id);
      let field = path && top.get(path.top);
      if (!path || path.items.length === 0) return field;
      // Each step of the path: a question of the item of the repeat before it, named by its path id.
      for (const { index, field: inner } of path.items) {
        const found = field?.type === 'repeat' ? withoutGroups(field.fields).find((f) => f.id === inner) : undefined;
        field = field && found && { ...found, id: itemId(field.id, index, found.id) };
      }
      if (field) items.set(id, field);
      return field;
    },
  };
}

/** Every name a rule of the definition reads with `var`; 'all' when a rule builds a name at run time. */
function answersRead(definition: Definition): ReadonlySet<string> | 'all' {
  const names = new Set<string>();
  let all = false;
  const walk = (node: unknown, itemScope: boolean): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item) => walk(item, itemScope));
    for (const [name, raw] of Object.entries(node)) {
      const args = Array.isArray(raw) ? raw : [raw];
      if (name === 'var' && !itemScope) {
        const first: unknown = args[0];
        if ((typeof first === 'string' && first !== '') || typeof first === 'number') names.add(String(first).split('.')[0] ?? '');
        else all = true;
      }
      // `missing` and `missing_some` read the answers they name (possibly built at run time).
      if ((name === 'missing' || name === 'missing_some') && !itemScope) all = true;
      args.forEach((arg, i) => walk(arg, itemScope || (iteratingOperators.has(name) && i === 1)));
    }
  };
  const expressions = (field: Field): unknown[] => [
    field.visibleIf,
    'requiredIf' in field ? field.requiredIf : undefined,
    ...(field.type === 'date' ? [field.earliest, field.latest] : []),
    ...childFields(field).flatMap(expressions),
  ];
  for (const step of definition.steps) {
    walk([step.visibleIf, ...(step.rules ?? []).map((rule) => rule.check), ...step.fields.flatMap(expressions)], false);
  }
  for (const c of definition.computed ?? []) walk([c.value, ...(c.breakdown ?? []).flatMap((line) => [line.value, line.visibleIf])], false);
  return all ? 'all' : names;
}
