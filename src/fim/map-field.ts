import type { ItemField, Option } from '../definition/schema.js';
import { codeValues, type CodeList } from './read-genericode.js';
import type { CodeValue, FimField } from './xdf-model.js';

/** What mapping a field needs from around it: its id, whether it is required, how often, the code lists. */
export interface FieldPlace {
  id: string;
  required: boolean;
  /** FIM maximum (null: "*"); above 1 a select becomes checkboxes, a file takes several files. */
  max: number | null;
  /** The FIM groups between the step or repeat and the field. */
  groups: string[];
  codeLists: readonly CodeList[];
  /** Adds a line to the report about this field. */
  warn(message: string): void;
  /** Notes a code list that is referenced but not given. */
  missingCodeList(uri: string, version: string): void;
}

/** Up to this many options are radio buttons, more a select (GOV.UK: radios for a few, a select for many). */
const MAX_RADIOS = 6;
const DEFAULT_ACCEPT = ['application/pdf', '.pdf', 'image/jpeg', '.jpg', '.jpeg', 'image/png', '.png'];
const MEDIA_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/u;

/** One line of text for people: FIM texts carry the line breaks and indentation of their XML. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Maps a FIM Datenfeld to an Antrag question (or a notice), or undefined when it has no place in a form
 * (`hidden`, `obj`), which the report then says.
 */
export function mapField(field: FimField, place: FieldPlace): ItemField | undefined {
  for (const message of field.warnings) place.warn(message);
  const label = oneLine(field.label) || oneLine(field.name) || field.id;
  const hint = oneLine(field.hint);
  const outputLabel = oneLine(field.outputLabel);
  const base = {
    id: place.id,
    label,
    ...(hint && hint !== label && { hint }),
    ...(place.required && { required: true }),
    ...(outputLabel && outputLabel !== label && { summaryLabel: outputLabel }),
    fim: { id: field.id, version: field.version, ...(place.groups.length > 0 && { groups: place.groups }) },
  };
  if (field.feldart === 'label') {
    const text = oneLine(field.content) || hint || label;
    return { id: place.id, type: 'notice', ...(text !== label && { label }), text, fim: base.fim };
  }
  if (field.feldart === 'hidden' && !oneLine(field.content)) {
    place.warn('Feldart "hidden" without a value (inhalt): left out of the form.');
    return undefined;
  }
  if (field.datentyp === 'obj') {
    place.warn('Datentyp "obj" (a static object such as an image) has no counterpart in a form; left out.');
    return undefined;
  }
  const mapped = field.feldart === 'select' || field.codeList || field.values ? choice(field, place, base) : typed(field, place, base);
  const result = withContent(field, mapped, place);
  if (field.feldart !== 'hidden' || ('constant' in result && result.constant)) return result;
  place.warn('Feldart "hidden" whose value does not fit its data type: left out of the form.');
  return undefined;
}

/** FIM `inhalt` on a question is its default value; `locked` shows it read-only (text-like questions only). */
function withContent(field: FimField, mapped: ItemField, place: FieldPlace): ItemField {
  const content = oneLine(field.content);
  const textLike = ['text', 'textarea', 'number', 'date', 'time', 'email', 'tel'].includes(mapped.type);
  const choosable = (mapped.type === 'radio' || mapped.type === 'select') && mapped.options.some((o) => o.value === content);
  if (field.feldart === 'locked' && !textLike) place.warn('Feldart "locked" on a choice: the citizen can change it (read-only is for text-like questions).');
  if (!content || mapped.type === 'notice') return mapped;
  if (!textLike && !choosable) {
    place.warn(`The default value "${content}" (inhalt) does not fit the question; not used.`);
    return mapped;
  }
  return {
    ...mapped,
    default: content,
    ...(field.feldart === 'locked' && textLike && { readonly: true }),
    // A hidden field's fixed value is sent, never shown.
    ...(field.feldart === 'hidden' && { constant: true, required: false }),
  };
}

type Base = Omit<Extract<ItemField, { type: 'text' }>, 'type'>;

function choice(field: FimField, place: FieldPlace, base: Base): ItemField {
  const values = field.values ?? resolve(field, place);
  if (!values) return typed({ ...field, datentyp: field.datentyp === 'bool' ? 'bool' : 'text' }, place, base);
  const options = toOptions(values, place);
  if (options.length === 0) {
    place.warn('The code list has no usable values; asked as a text field.');
    return { ...base, type: 'text' };
  }
  const several = place.max === null || place.max > 1;
  if (several || options.length === 1)
    return {
      ...base,
      type: 'checkboxes',
      options,
      // One FIM value: the payload's list of one is delivered as that value (toFimData).
      maxSelected: several ? Math.min(place.max ?? options.length, options.length) : 1,
    };
  if (options.length <= MAX_RADIOS) return { ...base, type: 'radio', options };
  if (options.some((o) => o.hint)) place.warn(`${options.length} options are a select, which cannot show their help texts.`);
  return { ...base, type: 'select', options };
}

function resolve(field: FimField, place: FieldPlace): CodeValue[] | undefined {
  const reference = field.codeList;
  if (!reference?.uri) {
    place.warn(`Feldart "select" without ${reference ? 'a code list named in its code list reference' : 'a code list or values'}; asked as a text field.`);
    return undefined;
  }
  const candidates = place.codeLists.filter((list) => list.uri === reference.uri);
  const list = candidates.find((c) => c.version === reference.version) ?? candidates[0];
  if (!list) {
    place.missingCodeList(reference.uri, reference.version);
    place.warn(`Code list "${reference.uri}" (${reference.version || 'no version'}) was not given; asked as a text field.`);
    return undefined;
  }
  if (list.version !== reference.version) place.warn(`Code list "${reference.uri}" is used in version ${list.version}, not ${reference.version}.`);
  return codeValues(list, reference);
}

function toOptions(values: readonly CodeValue[], place: FieldPlace): Option[] {
  const seen = new Set<string>();
  return values.flatMap((value): Option[] => {
    const code = value.code.trim().slice(0, 200);
    if (!code || seen.has(code)) {
      place.warn(`A code list value ${code ? `"${code}" appears twice` : 'has no code'}; left out.`);
      return [];
    }
    seen.add(code);
    const hint = value.hint && oneLine(value.hint);
    return [{ value: code, label: oneLine(value.name) || code, ...(hint && { hint }) }];
  });
}

function typed(field: FimField, place: FieldPlace, base: Base): ItemField {
  const { minLength, maxLength, minValue, maxValue, pattern } = field.precision;
  const number = (value: string | undefined) => (value !== undefined && value !== '' && Number.isFinite(Number(value)) ? Number(value) : undefined);
  const isoDate = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/u.test(value) ? value : undefined);
  switch (field.datentyp) {
    case 'bool':
      return {
        ...base,
        type: 'radio',
        options: [
          { value: 'true', label: 'Ja' },
          { value: 'false', label: 'Nein' },
        ],
      };
    case 'num':
    case 'num_int':
    case 'num_currency': {
      const [min, max] = [number(minValue), number(maxValue)];
      const step = field.datentyp === 'num_int' ? 1 : field.datentyp === 'num_currency' ? 0.01 : undefined;
      return {
        ...base,
        type: 'number',
        ...(min !== undefined && { min }),
        ...(max !== undefined && { max }),
        ...(step !== undefined && { step }),
        ...(field.datentyp === 'num_currency' && { unit: '€' }),
      };
    }
    case 'date':
    case 'datetime': {
      if (field.datentyp === 'datetime') place.warn('Datentyp "datetime" is asked as a date; the time of day is not asked.');
      const [min, max] = [isoDate(minValue), isoDate(maxValue)];
      return { ...base, type: 'date', ...(min && { min }), ...(max && { max }) };
    }
    case 'time':
      return { ...base, type: 'time' };
    case 'file': {
      const accept = field.mediaTypes.filter((type) => MEDIA_TYPE.test(type));
      if (accept.length === 0) place.warn('No media types given for the upload: PDF, JPEG and PNG are accepted.');
      const maxSizeMb = field.maxSize ? Math.min(100, Math.max(0.1, Math.round(field.maxSize / 1e5) / 10)) : 10;
      if (!field.maxSize) place.warn('No maximum size given for the upload: 10 MB per file.');
      const maxFiles = place.max === null ? 20 : Math.min(20, place.max);
      return { ...base, type: 'file', accept: accept.length > 0 ? accept : DEFAULT_ACCEPT, maxSizeMb, ...(maxFiles > 1 && { maxFiles }) };
    }
    default: {
      if (!['text', 'text_latin'].includes(field.datentyp)) place.warn(`Datentyp "${field.datentyp || '(none)'}" is unknown; asked as text.`);
      const lengths = {
        ...(minLength !== undefined && minLength > 0 && (maxLength === undefined || minLength <= maxLength) && { minLength }),
        ...(maxLength !== undefined && maxLength > 0 && { maxLength }),
      };
      if (maxLength !== undefined && maxLength > 200) return { ...base, type: 'textarea', ...lengths };
      return {
        ...base,
        type: 'text',
        ...lengths,
        ...(pattern && { pattern: { regex: pattern, message: 'Bitte prüfen Sie das Format.' } }),
        ...(field.datentyp === 'text_latin' && { charset: 'latin' as const }),
      };
    }
  }
}
