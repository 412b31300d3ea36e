import { isRecord } from '../definition/json-value.js';
import { withoutGroups } from '../definition/field-tree.js';
import type { Field, FieldType } from '../definition/schema.js';

/** The parts of an address answer. */
export const addressParts = ['strasse', 'hausnummer', 'plz', 'ort'] as const;
export type AddressPart = (typeof addressParts)[number];

/**
 * What an answer holds while the citizen edits it: the text typed, a checked state, chosen options,
 * or the parts of a compound answer (an address).
 */
export type FieldValue =
  string | boolean | readonly string[] | Readonly<Partial<Record<string, string>>> | readonly RepeatItem[] | readonly FileRef[];

/** An uploaded file as the answer holds it: its description. The content stays at the edge (the element). */
export interface FileRef {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  /** Hex SHA-256 of the content, so the intake can check what it received. */
  readonly sha256: string;
}

/** One item of a repeated group: its answers by question id. */
export interface RepeatItem {
  readonly [fieldId: string]: FieldValue;
}

/** A compound answer's parts (an address, a position), each as typed. */
export type PartsAnswer = Readonly<Partial<Record<string, string>>>;

/** What an answer holds for each field type: the compiler checks every table over field types against it. */
export interface AnswerTypes {
  text: string;
  email: string;
  tel: string;
  number: string;
  date: string;
  time: string;
  textarea: string;
  select: string;
  radio: string;
  iban: string;
  bic: string;
  checkbox: boolean;
  consent: boolean;
  checkboxes: readonly string[];
  file: readonly FileRef[];
  address: PartsAnswer;
  location: PartsAnswer;
  repeat: readonly RepeatItem[];
  /** A notice asks nothing: its answer stays empty. */
  notice: '';
  /** A group has no answer of its own: its questions have theirs. */
  group: '';
}

/** The answer of a field of type `T`. */
export type AnswerOf<T extends FieldType> = AnswerTypes[T];

export { isRecord };

/** The text of a text-like answer ('' for anything else). */
export const textOf = (value: FieldValue | undefined): string => (typeof value === 'string' ? value : '');
/** The chosen options of a checkboxes answer. */
export const listOf = (value: FieldValue | undefined): readonly string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
/** The parts of a compound answer (text parts only). */
export function partsOf(value: unknown): PartsAnswer {
  if (!isRecord(value)) return {};
  const parts: Record<string, string> = {};
  for (const [key, part] of Object.entries(value)) if (typeof part === 'string') parts[key] = part;
  return parts;
}
/** The files of a file answer. */
export const filesOf = (value: FieldValue | undefined): readonly FileRef[] => (Array.isArray(value) ? value.filter(isFileLike) : []);

function isFileLike(value: unknown): value is FileRef {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string' && typeof value.size === 'number';
}

/** Answers by field id. */
export type Values = Readonly<Record<string, FieldValue>>;

const noText = (): '' => '';
/** A text-like answer starts as the definition's `default` (FIM `inhalt`), or empty. */
const byDefault = (field: Field): string => ('default' in field && typeof field.default === 'string' ? field.default : '');
const unchecked = () => false;
const noneChosen = () => [];
/** What each type of question starts with; the compiler lists a type that has none. */
const emptyAnswers = {
  text: byDefault,
  email: byDefault,
  tel: byDefault,
  number: byDefault,
  date: byDefault,
  time: byDefault,
  textarea: byDefault,
  select: byDefault,
  radio: byDefault,
  iban: byDefault,
  bic: byDefault,
  notice: noText,
  group: noText,
  checkbox: unchecked,
  consent: unchecked,
  checkboxes: noneChosen,
  file: noneChosen,
  address: () => ({ strasse: '', hausnummer: '', plz: '', ort: '' }),
  location: () => ({}),
  repeat: (field) => {
    if (field.type !== 'repeat') return [];
    const item = Object.fromEntries(withoutGroups(field.fields).map((inner) => [inner.id, emptyValue(inner)]));
    return Array.from({ length: field.min ?? 1 }, () => ({ ...item }));
  },
} satisfies { [T in FieldType]: (field: Field) => AnswerOf<T> };

/** The value a field starts with before the citizen answers. */
export function emptyValue(field: Field): FieldValue {
  return emptyAnswers[field.type](field);
}

/** True when the citizen has not answered (blank text, unchecked box, nothing chosen). */
export function isEmpty(value: FieldValue | undefined): boolean {
  if (value === undefined || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.values(value).every((part) => !part || (typeof part === 'string' && part.trim() === ''));
}

/** Two answers are the same (order of chosen options matters, as the UI keeps definition order). */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  // Answers are plain JSON-like data built by the model, so their JSON text is a faithful comparison.
  return typeof a === 'object' || typeof b === 'object' ? JSON.stringify(a) === JSON.stringify(b) : a === b;
}
