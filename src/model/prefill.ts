import type { Definition, Field } from '../definition/schema.js';
import { addressParts, emptyValue, isRecord, partsOf, type FieldValue, type Values } from './field-value.js';
import { readOwnPath } from '../definition/json-value.js';
import { fieldById } from './repeat.js';

/** Where a prefilled answer came from; the assistant says so next to the field. */
export type PrefillSource = 'claims' | 'host' | 'query';

/** Prefilled answers and their sources. */
export interface Prefill {
  values: Values;
  sources: Readonly<Record<string, PrefillSource>>;
}

/** The inputs a host page can give: its own answers, the page URL's query, identity claims. */
export interface PrefillInput {
  host?: unknown;
  query?: string | URLSearchParams;
  claims?: unknown;
}

/** A text answer as the field type needs it, or undefined when it does not fit the field. */
function fromText(field: Field, text: string): FieldValue | undefined {
  const value = text.trim();
  if (value === '' || value.length > 1000) return undefined;
  if (field.type === 'select' || field.type === 'radio') return field.options.some((o) => o.value === value) ? value : undefined;
  if (field.type === 'checkbox' || field.type === 'consent') return undefined; // a declaration is never ticked for the citizen
  if (field.type === 'checkboxes' || field.type === 'address' || field.type === 'repeat' || field.type === 'notice') return undefined;
  return value;
}

/** A host-given answer if it has the shape of the field's answer. */
function fromHost(field: Field, value: unknown): FieldValue | undefined {
  if (typeof value === 'string') return fromText(field, value);
  if (typeof value === 'number' && field.type === 'number' && Number.isFinite(value)) return String(value);
  if (field.type === 'checkboxes' && Array.isArray(value)) {
    const allowed = new Set(field.options.map((o) => o.value));
    const chosen = value.filter((v): v is string => typeof v === 'string' && allowed.has(v));
    return chosen.length === value.length ? chosen : undefined;
  }
  if (field.type === 'address' && isRecord(value)) {
    const parts: Record<string, string> = {};
    for (const part of addressParts) {
      const text = Object.hasOwn(value, part) ? value[part] : undefined;
      parts[part] = typeof text === 'string' ? text.trim() : '';
    }
    return parts;
  }
  return undefined;
}

/**
 * Resolves prefilled answers (once-only principle): the page URL's query for the fields the definition
 * allows, then the host page's own answers, then identity claims, each overriding the one before.
 * Anything that does not fit a field is ignored; declarations are never ticked for the citizen.
 */
export function resolvePrefill(definition: Definition, input: PrefillInput): Prefill {
  const values: Record<string, FieldValue> = {};
  const sources: Record<string, PrefillSource> = {};
  const set = (id: string, value: FieldValue | undefined, source: PrefillSource) => {
    if (value === undefined) return;
    values[id] = value;
    sources[id] = source;
  };
  const query = typeof input.query === 'string' ? new URLSearchParams(input.query) : input.query;
  for (const id of definition.prefill?.query ?? []) {
    const field = fieldById(definition, id);
    const text = query?.get(id);
    if (field && text) set(id, fromText(field, text), 'query');
  }
  if (input.host !== null && typeof input.host === 'object') {
    for (const [id, value] of Object.entries(input.host)) {
      const field = fieldById(definition, id);
      if (field && !id.includes('.')) set(id, fromHost(field, value), 'host');
    }
  }
  for (const [claim, target] of Object.entries(definition.prefill?.claims ?? {})) {
    const claimed = readOwnPath(input.claims, claim.split('.'));
    if (typeof claimed !== 'string') continue;
    const [id = '', part] = target.split('.');
    const field = fieldById(definition, id);
    if (!field) continue;
    if (part && field.type === 'address') {
      set(id, { ...partsOf(values[id] ?? emptyValue(field)), [part]: claimed.trim() }, 'claims');
    } else if (!part) set(id, fromText(field, claimed), 'claims');
  }
  return { values, sources };
}
