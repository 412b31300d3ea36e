import type { Field } from '../definition/schema.js';

/** What an answer holds while the citizen edits it: the text typed, a checked state, or chosen options. */
export type FieldValue = string | boolean | readonly string[];

/** Answers by field id. */
export type Values = Readonly<Record<string, FieldValue>>;

/** The value a field starts with before the citizen answers. */
export function emptyValue(field: Field): FieldValue {
  if (field.type === 'checkbox') return false;
  if (field.type === 'checkboxes') return [];
  return '';
}

/** True when the citizen has not answered (blank text, unchecked box, nothing chosen). */
export function isEmpty(value: FieldValue | undefined): boolean {
  if (value === undefined || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** Two answers are the same (order of chosen options matters, as the UI keeps definition order). */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}
