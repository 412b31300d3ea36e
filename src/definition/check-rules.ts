import { checkExpression, referencedNames, type ValueShape } from './check-expression.js';
import type { DefinitionIssue } from './definition-issue.js';
import { withoutGroups } from './field-tree.js';
import type { Definition, Field, FieldType } from './schema.js';

/** What each type of answer is in rule data (see toAnswer in src/model/rule-state.ts); the rest are single values. */
const shapes: Partial<Record<FieldType, ValueShape>> = { checkboxes: 'list', file: 'list', repeat: 'items', address: 'record', location: 'record' };
const shapeOf = (field: { type: FieldType }): ValueShape => shapes[field.type] ?? 'scalar';

const EARLIER = ' Conditions may only use answers to questions that come before them.';

/**
 * Checks every rule in a definition: conditions use only earlier answers (so visibility never depends on
 * itself), cross-field rules name fields of their own step, computed values exist and do not form cycles.
 */
export function checkRules(definition: Definition, issues: DefinitionIssue[]): void {
  const add = (found: DefinitionIssue[]) => issues.push(...found);
  const computedIds = (definition.computed ?? []).map((c) => c.id);
  const allNames = new Map<string, ValueShape>([
    ...definition.steps.flatMap((step) => withoutGroups(step.fields).map((f): [string, ValueShape] => [f.id, shapeOf(f)])),
    ...computedIds.map((id): [string, ValueShape] => [id, 'scalar']),
  ]);
  const earlier = new Map<string, ValueShape>();

  definition.steps.forEach((step, s) => {
    const at = `/steps/${s}`;
    if (step.visibleIf !== undefined) add(checkExpression(step.visibleIf, `${at}/visibleIf`, new Map(earlier), EARLIER));
    const checkConditions = (field: object, pointer: string, names: ReadonlyMap<string, ValueShape>) => {
      for (const key of ['visibleIf', 'requiredIf', 'earliest', 'latest'] as const) {
        const expression: unknown = Reflect.get(field, key);
        if (expression !== undefined) add(checkExpression(expression, `${pointer}/${key}`, new Map(names), EARLIER));
      }
    };
    /** Checks the conditions of `fields` against the answers before them (`names`, extended as they go). */
    const walk = (fields: readonly Field[], pointer: string, names: Map<string, ValueShape>): void =>
      fields.forEach((field, f) => {
        const here = `${pointer}/fields/${f}`;
        checkConditions(field, here, names);
        // A group's questions are answers of the form like the others; it has no answer of its own.
        if (field.type === 'group') return walk(field.fields, here, names);
        // Inside an item, conditions see the answers before the repeat and the item's own earlier answers.
        if (field.type === 'repeat') walk(field.fields, here, new Map(names));
        names.set(field.id, shapeOf(field));
      });
    walk(step.fields, at, earlier);
    const stepFields = new Set(withoutGroups(step.fields).map((field) => field.id));
    (step.rules ?? []).forEach((rule, r) => {
      add(checkExpression(rule.check, `${at}/rules/${r}/check`, allNames));
      rule.fields.forEach((id, i) => {
        if (!stepFields.has(id))
          issues.push({ pointer: `${at}/rules/${r}/fields/${i}`, message: `The field "${id}" is not on this step.` });
      });
    });
  });

  const seen = new Set<string>();
  (definition.computed ?? []).forEach((computed, c) => {
    const at = `/computed/${c}`;
    if (seen.has(computed.id) || earlier.has(computed.id))
      issues.push({ pointer: `${at}/id`, message: `The id "${computed.id}" is already used by a field or computed value.` });
    seen.add(computed.id);
    add(checkExpression(computed.value, `${at}/value`, allNames));
    (computed.breakdown ?? []).forEach((item, b) => {
      add(checkExpression(item.value, `${at}/breakdown/${b}/value`, allNames));
      if (item.visibleIf !== undefined) add(checkExpression(item.visibleIf, `${at}/breakdown/${b}/visibleIf`, allNames));
    });
    const stepIds = new Set(definition.steps.map((step) => step.id));
    (computed.showOn ?? []).forEach((id, i) => {
      if (!stepIds.has(id)) issues.push({ pointer: `${at}/showOn/${i}`, message: `There is no step "${id}".` });
    });
  });
  const cycle = findComputedCycle(definition);
  if (cycle)
    issues.push({
      pointer: `/computed/${cycle.index}/value`,
      message: `Computed values depend on each other in a cycle: ${cycle.path.join(' → ')}.`,
    });
}

/** Computed ids in an order where each comes after those it reads; undefined when they form a cycle. */
export function computedOrder(definition: Definition): string[] | undefined {
  return findComputedCycle(definition) ? undefined : order(definition).sorted;
}

function order(definition: Definition): { sorted: string[]; cycle?: string[] } {
  const computed = new Map((definition.computed ?? []).map((c) => [c.id, c]));
  const dependencies = (id: string) => {
    const c = computed.get(id)!;
    const names = referencedNames([c.value, ...(c.breakdown ?? []).flatMap((item) => [item.value, item.visibleIf])]);
    return [...names].filter((name) => computed.has(name));
  };
  const sorted: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    for (const dependency of dependencies(id)) {
      const cycle = visit(dependency, [...path, id]);
      if (cycle) return cycle;
    }
    state.set(id, 'done');
    sorted.push(id);
    return undefined;
  };
  for (const id of computed.keys()) {
    const cycle = visit(id, []);
    if (cycle) return { sorted, cycle };
  }
  return { sorted };
}

function findComputedCycle(definition: Definition): { index: number; path: string[] } | undefined {
  const { cycle } = order(definition);
  if (!cycle) return undefined;
  return { index: (definition.computed ?? []).findIndex((c) => c.id === cycle[0]), path: cycle };
}
