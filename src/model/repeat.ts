import type { Definition, Field, ItemField, RepeatField } from '../definition/schema.js';
import { emptyValue, type FieldValue, type RepeatItem, type Values } from './field-value.js';

/**
 * Repeated items are addressed by path ids: `hunde.1.name` is the `name` question of the second dog.
 * Values stay nested (`hunde: [{…}, {…}]`); these helpers read, write and list them.
 */

/** The id of an item question: `hunde.1.name`. */
export function itemId(repeatId: string, index: number, fieldId: string): string {
  return `${repeatId}.${index}.${fieldId}`;
}

/** An item question with its path id, so validation, feedback and focus treat it as one field. */
export function itemField(repeat: RepeatField, index: number, field: ItemField): ItemField {
  return { ...field, id: itemId(repeat.id, index, field.id) };
}

/** The minimum number of items (default 1). */
export const minItems = (repeat: RepeatField) => repeat.min ?? 1;

/** An item with every question unanswered. */
export function emptyItem(repeat: RepeatField): RepeatItem {
  return Object.fromEntries(repeat.fields.map((field) => [field.id, emptyValue(field)]));
}

/** The items of a repeat answer (none when the answer is not a list of items). */
export function itemsOf(value: FieldValue | undefined): readonly RepeatItem[] {
  return Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))
    ? (value as readonly RepeatItem[])
    : [];
}

/** Reads a value by id, following `repeat.index.field` paths. */
export function valueAt(values: Values, id: string): FieldValue | undefined {
  const [top, index, sub] = id.split('.');
  if (index === undefined) return Object.hasOwn(values, id) ? values[id] : undefined;
  const item = itemsOf(values[top!])[Number(index)];
  return item && Object.hasOwn(item, sub!) ? item[sub!] : undefined;
}

/** Returns new values with one value replaced, following `repeat.index.field` paths. */
export function withValue(values: Values, id: string, value: FieldValue): Values {
  const [top, index, sub] = id.split('.');
  if (index === undefined) return { ...values, [id]: value };
  const items = [...itemsOf(values[top!])];
  const at = Number(index);
  if (!items[at]) return values;
  items[at] = { ...items[at], [sub!]: value };
  return { ...values, [top!]: items };
}

/** The field for an id, item questions included (with their path id); undefined when there is none. */
export function fieldById(definition: Definition, id: string): Field | undefined {
  const [top, index, sub] = id.split('.');
  for (const step of definition.steps) {
    for (const field of step.fields) {
      if (field.id !== top) continue;
      if (index === undefined) return field;
      if (field.type !== 'repeat') return undefined;
      const inner = field.fields.find((f) => f.id === sub);
      return inner && itemField(field, Number(index), inner);
    }
  }
  return undefined;
}
