import { withoutGroups } from '../definition/field-tree.js';
import type { Definition, Field, RepeatField } from '../definition/schema.js';
import { emptyValue, type FieldValue, type RepeatItem, type Values } from './field-value.js';
import { itemId, parseFieldPath } from './field-path.js';
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
  if (!path.item) return Object.hasOwn(values, id) ? values[id] : undefined;
  const item = Object.hasOwn(values, path.top) ? itemsOf(values[path.top])[path.item.index] : undefined;
  return item && Object.hasOwn(item, path.item.field) ? item[path.item.field] : undefined;
}

/** Returns new values with one value replaced, following item paths. */
export function withValue(values: Values, id: string, value: FieldValue): Values {
  const path = parseFieldPath(id);
  if (!path) return values;
  if (!path.item) return { ...values, [id]: value };
  const { index, field } = path.item;
  const items = [...itemsOf(values[path.top])];
  const item = items[index];
  if (!item) return values;
  items[index] = { ...item, [field]: value };
  return { ...values, [path.top]: items };
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
