import type { Field } from '../definition/schema.js';
import { addressParts, filesOf, isEmpty, isRecord, partsOf, type FieldValue } from './field-value.js';
import { acceptsFile, isFileRef } from './file-ref.js';
import { isValidBic, isValidIban } from './iban.js';
import { nonLatinCharacters } from './latin-characters.js';

/** Why an answer is not acceptable, as a code; words come from i18n at render time. `server`: the intake rejected the answer for a reason the browser cannot check. */
export const issueCodes = [
  'required',
  'type',
  'minLength',
  'maxLength',
  'pattern',
  'charset',
  'email',
  'tel',
  'number',
  'min',
  'max',
  'step',
  'date',
  'time',
  'option',
  'minSelected',
  'maxSelected',
  'rule',
  'hidden',
  'addressPart',
  'postalCode',
  'postalCodeArea',
  'iban',
  'bic',
  'minItems',
  'maxItems',
  'location',
  'fileType',
  'fileSize',
  'maxFiles',
  'server',
] as const;
export type IssueCode = (typeof issueCodes)[number];

/** One problem with one answer. */
export interface FieldIssue {
  fieldId: string;
  code: IssueCode;
  /** For compound answers (an address): the part the issue is about, so the summary link can focus it. */
  part?: string;
  params?: Readonly<Record<string, string | number>>;
}

// Deliberately lenient: one "@", something on both sides, a dot in the domain. Stricter checks reject
// real addresses (umlaut domains, plus-addressing); the confirmation mail is the real test.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const TEL = /^\+?[0-9 ()/-]{5,30}$/u;
const NUMBER = /^-?\d+([.,]\d+)?$/u;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/u;

/** A text answer without the spaces the definition says are not part of it (`removeSpaces`, a chip number). */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Parses a number as a German or English speaker types it ("2,5" or "2.5"). */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined;
}

/** "1980-5-7" (as typed in day/month/year fields) → "1980-05-07"; other text unchanged. */
export function normalizeDate(text: string): string {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(text.trim());
  const [, year, month = '', day = ''] = match ?? [];
  return match ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : text.trim();
}

/** True for a real calendar day written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks one answer against its field's rules; returns the first problem, or undefined. `required`
 * overrides the field's own flag when a `requiredIf` rule decides it.
 */
export function validateField(
  field: Field,
  value: FieldValue | undefined,
  required = 'required' in field && field.required === true,
): FieldIssue | undefined {
  if (field.type === 'notice' || field.type === 'group') return undefined;
  if (field.type === 'repeat') {
    // Only the number of items; each item's questions are checked as fields of their own (derive.ts).
    if (value !== undefined && !Array.isArray(value)) return { fieldId: field.id, code: 'type' };
    const count = Array.isArray(value) ? value.length : 0;
    if (count < (field.min ?? 1)) return { fieldId: field.id, code: 'minItems', params: { min: field.min ?? 1 } };
    if (field.max !== undefined && count > field.max) return { fieldId: field.id, code: 'maxItems', params: { max: field.max } };
    return undefined;
  }
  const issue = (code: IssueCode, params?: Record<string, string | number>): FieldIssue => ({
    fieldId: field.id,
    code,
    ...(params && { params }),
  });
  if (isEmpty(value)) return required ? issue('required') : undefined;

  if (field.type === 'checkbox' || field.type === 'consent') return typeof value === 'boolean' ? undefined : issue('type');
  if (field.type === 'location') {
    const keys = ['latitude', 'longitude', 'accuracy'];
    const parts = isRecord(value) ? value : {};
    const [lat = NaN, lon = NaN, acc = NaN] = keys.map((key) => Number(parts[key]));
    const valid = Object.keys(parts).every((key) => keys.includes(key));
    return valid && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && acc >= 0 ? undefined : issue('location');
  }
  if (field.type === 'address') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return issue('type');
    const known: readonly string[] = addressParts;
    if (Object.entries(value).some(([key, part]) => !known.includes(key) || typeof part !== 'string')) return issue('type');
    const parts = partsOf(value);
    const missing = addressParts.find((part) => !parts[part]?.trim());
    if (missing) return { fieldId: field.id, code: 'addressPart', part: missing };
    const plz = parts.plz?.trim() ?? '';
    if (!/^\d{5}$/u.test(plz)) return { fieldId: field.id, code: 'postalCode', part: 'plz' };
    if (field.postalCodes && !field.postalCodes.includes(plz)) return { fieldId: field.id, code: 'postalCodeArea', part: 'plz' };
    return undefined;
  }
  if (field.type === 'file') {
    if (!Array.isArray(value) || !value.every(isFileRef)) return issue('type');
    const files = filesOf(value);
    const wrongType = files.find((file) => !acceptsFile(field, file));
    if (wrongType) return issue('fileType', { name: wrongType.name, accept: field.accept.filter((a) => a.startsWith('.')).join(', ') });
    const tooLarge = files.find((file) => file.size > field.maxSizeMb * 1024 * 1024);
    if (tooLarge) return issue('fileSize', { name: tooLarge.name, max: field.maxSizeMb });
    if (files.length > (field.maxFiles ?? 1)) return issue('maxFiles', { max: field.maxFiles ?? 1 });
    return undefined;
  }
  if (field.type === 'checkboxes') {
    if (!Array.isArray(value)) return issue('type');
    const allowed = new Set(field.options.map((o) => o.value));
    if (value.some((v) => !allowed.has(v)) || new Set(value).size !== value.length) return issue('option');
    if (field.minSelected !== undefined && value.length < field.minSelected) return issue('minSelected', { min: field.minSelected });
    if (field.maxSelected !== undefined && value.length > field.maxSelected) return issue('maxSelected', { max: field.maxSelected });
    return undefined;
  }
  if (typeof value !== 'string') return issue('type');
  const text = field.type === 'text' && field.removeSpaces ? withoutSpaces(value) : value.trim();

  switch (field.type) {
    case 'text':
    case 'textarea':
      if (field.minLength !== undefined && text.length < field.minLength) return issue('minLength', { min: field.minLength });
      if (field.maxLength !== undefined && text.length > field.maxLength) return issue('maxLength', { max: field.maxLength });
      if (field.type === 'text' && field.pattern && !new RegExp(`^(?:${field.pattern.regex})$`, 'u').test(text)) return issue('pattern');
      if (field.type === 'text' && field.charset === 'latin' && nonLatinCharacters(text).length > 0)
        return issue('charset', { characters: nonLatinCharacters(text).join(' ') });
      return undefined;
    case 'email':
      return EMAIL.test(text) ? undefined : issue('email');
    case 'tel':
      return TEL.test(text) ? undefined : issue('tel');
    case 'number': {
      const number = parseNumber(text);
      if (number === undefined) return issue('number');
      if (field.min !== undefined && number < field.min) return issue('min', { min: field.min });
      if (field.max !== undefined && number > field.max) return issue('max', { max: field.max });
      if (field.step !== undefined && !isMultiple(number - (field.min ?? 0), field.step)) return issue('step', { step: field.step });
      return undefined;
    }
    case 'date': {
      const date = normalizeDate(text);
      if (!isIsoDate(date)) return issue('date');
      if (field.min !== undefined && date < field.min) return issue('min', { min: field.min });
      if (field.max !== undefined && date > field.max) return issue('max', { max: field.max });
      return undefined;
    }
    case 'time':
      if (!TIME.test(text)) return issue('time');
      if (field.min !== undefined && text < field.min) return issue('min', { min: field.min });
      if (field.max !== undefined && text > field.max) return issue('max', { max: field.max });
      return undefined;
    case 'select':
    case 'radio':
      return field.options.some((o) => o.value === text) ? undefined : issue('option');
    case 'iban':
      return isValidIban(text) ? undefined : issue('iban');
    case 'bic':
      return isValidBic(text) ? undefined : issue('bic');
    default:
      return field satisfies never;
  }
}

function isMultiple(value: number, step: number): boolean {
  const ratio = value / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}
