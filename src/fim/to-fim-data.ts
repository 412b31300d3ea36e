import type { Definition, Field, ItemField } from '../definition/schema.js';

/** Answers keyed by FIM ids, nested by FIM group: `{"G05000000496": {"F05000000059": "Mustermann"}}`. */
export type FimData = { [id: string]: FimValue };
type FimValue = string | number | boolean | null | FimData | FimValue[];

/**
 * The submitted answers keyed by the FIM schema the form was imported from (what specialist systems,
 * "Fachverfahren", expect): each answer under its field's FIM id, inside its groups' ids; repeats as lists.
 * Answers of questions without a FIM origin are left out: among them the radio the importer writes for an
 * Auswahlgruppe (choice-group.ts), whose chosen alternative's answers stand under the group's id like any other.
 */
export function toFimData(definition: Definition, payload: { data: Readonly<Record<string, unknown>> }): FimData {
  const root: FimData = {};
  for (const step of definition.steps) placeAll(root, step.fields, payload.data, step.fim ? [step.fim.id] : []);
  return root;
}

/** Places the answers of `fields` (keyed by their ids in `answers`) under the FIM group ids `path`; a group adds its own. */
function placeAll(container: FimData, fields: readonly Field[], answers: Readonly<Record<string, unknown>>, path: readonly string[]): void {
  for (const field of fields) {
    if (field.type !== 'group') place(container, field, Object.hasOwn(answers, field.id) ? answers[field.id] : undefined, path);
    else placeAll(container, field.fields, answers, field.fim ? [...path, ...(field.fim.groups ?? []), field.fim.id] : path);
  }
}

function place(container: FimData, field: Field, answer: unknown, path: readonly string[]): void {
  if (answer === undefined || !field.fim || field.type === 'group') return;
  const target = into(container, [...path, ...(field.fim.groups ?? [])]);
  if (field.type !== 'repeat') {
    setOwn(target, field.fim.id, convert(field, answer));
    return;
  }
  const items = Array.isArray(answer) ? answer : [];
  const only = field.fields[0];
  // A repeat of one FIM field (several first names) is a list of values; a repeated group a list of objects.
  if (field.fim.id.startsWith('F') && only && only.type !== 'group' && only.type !== 'repeat' && field.fields.length === 1) {
    setOwn(target, field.fim.id, items.map((item) => convert(only, isRecord(item) && Object.hasOwn(item, only.id) ? item[only.id] : undefined)));
    return;
  }
  setOwn(target, field.fim.id, items.map((item) => {
    const nested: FimData = {};
    if (isRecord(item)) placeAll(nested, field.fields, item, []);
    return nested;
  }));
}

/** The answer in the FIM data type: yes/no as booleans, a one-value list as its value. */
function convert(field: ItemField, answer: unknown): FimValue {
  if (field.type === 'radio' && field.options.length === 2 && field.options[0]?.value === 'true') return answer === 'true';
  if (field.type === 'checkboxes' && field.maxSelected === 1 && Array.isArray(answer)) return json(answer[0] ?? null);
  return json(answer);
}

function json(value: unknown): FimValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(json);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, json(v)]));
  return null;
}

/**
 * The container at `path`, made where missing. Own properties only, read and written as such: an id like
 * `__proto__` (refused by the definition's schema, but this may get other input) never reaches a prototype.
 */
function into(container: FimData, path: readonly string[]): FimData {
  let here = container;
  for (const id of path) {
    const next = Object.hasOwn(here, id) ? here[id] : undefined;
    if (isRecord(next)) here = next;
    else {
      const made: FimData = {};
      setOwn(here, id, made);
      here = made;
    }
  }
  return here;
}

function setOwn(target: FimData, key: string, value: FimValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isRecord(value: unknown): value is FimData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
