import { withoutGroups } from '../definition/field-tree.js';
import type { Definition, Field, RepeatField } from '../definition/schema.js';
import { emptyValue, type FieldValue, type RepeatItem, type Values } from './field-value.js';
import { itemId, parseFieldPath, type FieldPath } from './field-path.js';
import { formIndex } from './form-index.js';

/**
 * Repeated items are addressed by path ids (see field-path.ts); values stay nested (`hunde: [{…}, {…}]`).
 * These helpers read, write and list them.
 */

export { itemId };

/** An item question with its path id, so validation, feedback and focus treat it as one field. */
export function itemField<F extends Field>(repeat: RepeatField, index: number, field: F): F {
  return { ...field, id: itemId(repeat.id, index, field.id) };
}

/** The minimum number of items (default 1). */
export const minItems = (repeat: RepeatField) => repeat.min ?? 1;

/** An item with every question unanswered. */
export function emptyItem(repeat: RepeatField): RepeatItem {
  return Object.fromEntries(withoutGroups(repeat.fields).map((field) => [field.id, emptyValue(field)]));
}

const isItem = (item: unknown): item is RepeatItem => item !== null && typeof item === 'object' && !Array.isArray(item);

/** The items of a repeat answer (none when the answer is not a list of items). */
export function itemsOf(value: FieldValue | undefined): readonly RepeatItem[] {
  const list: readonly unknown[] = Array.isArray(value) ? value : [];
  return list.every(isItem) ? list : [];
}

/** Reads a value by id, following item paths; own properties only. */
export function valueAt(values: Values, id: string): FieldValue | undefined {
  const path = parseFieldPath(id);
  if (!path) return undefined;
  let value = Object.hasOwn(values, path.top) ? values[path.top] : undefined;
  for (const { index, field } of path.items) {
    const item = itemsOf(value)[index];
    value = item && Object.hasOwn(item, field) ? item[field] : undefined;
  }
  return value;
}

/** Returns new values with one value replaced, following item paths (unchanged when an item is missing). */
export function withValue(values: Values, id: string, value: FieldValue): Values {
  const path = parseFieldPath(id);
  const changed = path && replaced(values[path.top], path.items, value);
  return path && changed !== undefined ? { ...values, [path.top]: changed } : values;
}

/** Replaces one value in answers being built (a fresh object), following item paths; nothing when an item is missing. */
export function putValue(target: Record<string, FieldValue>, id: string, value: FieldValue): void {
  const path = parseFieldPath(id);
  const changed = path && replaced(target[path.top], path.items, value);
  if (path && changed !== undefined) target[path.top] = changed;
}

/** `current` with the answer at `items` (a path inside it) replaced; undefined when an item is missing. */
function replaced(current: FieldValue | undefined, items: FieldPath['items'], value: FieldValue): FieldValue | undefined {
  const [first, ...rest] = items;
  if (!first) return value;
  const list = [...itemsOf(current)];
  const item = list[first.index];
  const inner = item && replaced(item[first.field], rest, value);
  if (!item || inner === undefined) return undefined;
  list[first.index] = { ...item, [first.field]: inner };
  return list;
}

/** The field for an id, item questions included (with their path id); undefined when there is none. */
export function fieldById(definition: Definition, id: string): Field | undefined {
  return formIndex(definition).field(id);
}

/**
 * Visits every question under `fields` with its path id and its answer in `answers`: groups opened, and
 * the items of a repeat entered when `visit` returns true for the repeat. `item` is the item `answers` belong to.
 */
export function forEachAnswer(
  fields: readonly Field[],
  answers: Readonly<Record<string, FieldValue>>,
  visit: (field: Field, value: FieldValue | undefined) => boolean,
  item?: { repeat: string; index: number },
): void {
  for (const own of withoutGroups(fields)) {
    const field = item ? { ...own, id: itemId(item.repeat, item.index, own.id) } : own;
    const value = Object.hasOwn(answers, own.id) ? answers[own.id] : undefined;
    if (!visit(field, value) || field.type !== 'repeat') continue;
    itemsOf(value).forEach((answers, index) => forEachAnswer(field.fields, answers, visit, { repeat: field.id, index }));
  }
}
