// @ts-check
/**
 * The reference intake's cheap checks, run before anything costly (decrypting files, `validateSubmission`):
 * how deep the JSON nests, which top-level keys a payload has and their shape, how many items and files it
 * claims against the form's limits, and that every file belongs to an answer. Each returns problems as the
 * intake answers them: `{field, code, params?}` ("" for the payload as a whole).
 */

import { withoutGroups } from '../dist/core.js';

/** @typedef {import('../dist/core.js').Definition} Definition */
/** @typedef {{field: string, code: string, params?: Record<string, string | number>}} Problem */

/** Deeper than any payload a form makes (payload → data → repeat → item → address is 5). */
export const MAX_DEPTH = 32;
/** A repeat without `max` still has the schema's ceiling. */
const REPEAT_CEILING = 50;
/** The keys a payload has (ARCHITECTURE.md, "The submission contract"); computed, breakdown and attachments may be left out. */
const TOP_LEVEL = new Set(['submissionId', 'form', 'submittedAt', 'language', 'data', 'computed', 'breakdown', 'attachments']);
const ATTACHMENT_KEYS = ['id', 'field', 'name', 'type', 'size', 'sha256'];
/** RFC 3339 date-time, as `Date.prototype.toISOString` writes it (offsets allowed). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/u;

/**
 * JSON text parsed, after a scan that refuses nesting deeper than {@link MAX_DEPTH} (a body of 100,000 `[`
 * parses, and then exhausts the stack of whatever walks it).
 * @param {string} text @returns {{value: unknown} | {error: string}}
 */
export function parseJson(text) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_DEPTH) return { error: `The submission nests deeper than ${MAX_DEPTH} levels.` };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: 'The submission is not valid JSON.' };
  }
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The payload's envelope against its form: only the known top-level keys, `form` as `{id, version}`,
 * `submittedAt` a date-time, `language` one of the form's languages (the one whose texts the citizen read), `computed` and `breakdown` only for the form's
 * computed values and in their shape, attachments well-formed, unique and no more than the form can hold, repeats within `max`.
 * @param {Record<string, unknown>} payload @param {Definition} definition @returns {Problem[]}
 */
export function checkEnvelope(payload, definition) {
  /** @type {Problem[]} */
  const problems = [];
  const whole = (/** @type {string} */ code, /** @type {Record<string, string | number>} */ params) => problems.push({ field: '', code, params });
  for (const key of Object.keys(payload)) if (!TOP_LEVEL.has(key)) whole('unknownProperty', { property: key.slice(0, 60) });
  const form = payload.form;
  if (!isObject(form) || Object.keys(form).some((k) => k !== 'id' && k !== 'version') || typeof form.version !== 'string')
    whole('shape', { property: 'form' });
  if (typeof payload.submittedAt !== 'string' || !DATE_TIME.test(payload.submittedAt) || Number.isNaN(Date.parse(payload.submittedAt)))
    whole('shape', { property: 'submittedAt' });
  if (typeof payload.language !== 'string' || !definition.languages.includes(payload.language)) whole('shape', { property: 'language' });
  checkComputed(payload, definition, whole);
  checkAttachments(payload.attachments, definition, problems);
  const data = isObject(payload.data) ? payload.data : {};
  /** Repeats within their `max`, inner ones in every item too. @param {readonly any[]} fields @param {Record<string, unknown>} answers @param {string} prefix */
  const items = (fields, answers, prefix) => {
    for (const field of withoutGroups(fields)) {
      const answer = Object.hasOwn(answers, field.id) ? answers[field.id] : undefined;
      if (field.type !== 'repeat' || !Array.isArray(answer)) continue;
      const max = field.max ?? REPEAT_CEILING;
      if (answer.length > max) problems.push({ field: `${prefix}${field.id}`, code: 'maxItems', params: { max } });
      else answer.forEach((item, index) => isObject(item) && items(field.fields, item, `${prefix}${field.id}.${index}.`));
    }
  };
  items(definition.steps.flatMap((step) => step.fields), data, '');
  return problems;
}

/**
 * `computed`: only the form's computed values, each a number or null; `breakdown`: per computed value with a
 * breakdown, a list of its lines `{id, label, value}`.
 * @param {Record<string, unknown>} payload @param {Definition} definition @param {(code: string, params: Record<string, string | number>) => void} whole
 */
function checkComputed(payload, definition, whole) {
  const computed = new Map((definition.computed ?? []).map((c) => [c.id, c]));
  const number = (/** @type {unknown} */ v) => v === null || (typeof v === 'number' && Number.isFinite(v));
  if (payload.computed !== undefined) {
    const values = payload.computed;
    if (!isObject(values) || Object.entries(values).some(([id, v]) => !computed.has(id) || !number(v)))
      whole('shape', { property: 'computed' });
  }
  if (payload.breakdown === undefined) return;
  const breakdown = payload.breakdown;
  const lineIds = (/** @type {string} */ id) => new Set((computed.get(id)?.breakdown ?? []).map((item) => item.id));
  const lineOk = (/** @type {unknown} */ line, /** @type {Set<string>} */ ids) =>
    isObject(line) &&
    Object.keys(line).length === 3 &&
    typeof line.id === 'string' &&
    ids.has(line.id) &&
    typeof line.label === 'string' &&
    line.label.length <= 1000 &&
    number(line.value);
  const ok =
    isObject(breakdown) &&
    Object.entries(breakdown).every(([id, lines]) => {
      const ids = lineIds(id);
      return Array.isArray(lines) && lines.length <= ids.size && lines.every((line) => lineOk(line, ids));
    });
  if (!ok) whole('shape', { property: 'breakdown' });
}

/**
 * Attachments: a list of `{id, field, name, type, size, sha256}`, each id once, no more than the form's file
 * questions can hold.
 * @param {unknown} attachments @param {Definition} definition @param {Problem[]} problems
 */
function checkAttachments(attachments, definition, problems) {
  if (attachments === undefined) return;
  if (!Array.isArray(attachments)) return void problems.push({ field: '', code: 'shape', params: { property: 'attachments' } });
  const capacity = fileCapacity(definition);
  if (attachments.length > capacity) return void problems.push({ field: '', code: 'maxFiles', params: { max: capacity } });
  const seen = new Set();
  for (const a of attachments) {
    const wellFormed =
      isObject(a) &&
      Object.keys(a).length === ATTACHMENT_KEYS.length &&
      ATTACHMENT_KEYS.every((key) => Object.hasOwn(a, key)) &&
      typeof a.id === 'string' &&
      /^[0-9a-f-]{36}$/u.test(a.id) &&
      typeof a.field === 'string' &&
      a.field.length <= 200 &&
      typeof a.type === 'string' &&
      a.type.length <= 255;
    if (!wellFormed) return void problems.push({ field: '', code: 'shape', params: { property: 'attachments' } });
    if (seen.has(a.id)) problems.push({ field: /** @type {string} */ (a.field), code: 'attachment', params: { duplicate: a.id } });
    seen.add(a.id);
  }
}

/** How many files a submission of this form can carry at most: every file question's `maxFiles`, repeats at their `max`. @param {Definition} definition */
export function fileCapacity(definition) {
  return capacityOf(definition.steps.flatMap((step) => step.fields));
}

/** Files `fields` can hold: in groups, and in repeats (inner ones too) times their `max`. @param {readonly any[]} fields @returns {number} */
function capacityOf(fields) {
  let capacity = 0;
  for (const field of withoutGroups(fields)) {
    if (field.type === 'file') capacity += field.maxFiles ?? 1;
    if (field.type === 'repeat') capacity += capacityOf(field.fields) * (field.max ?? REPEAT_CEILING);
  }
  return capacity;
}

/**
 * Every attachment is the answer to exactly one file question, the one its `field` names (validateSubmission
 * has checked the converse: every file answer names attachments of its own field).
 * @param {Record<string, any>} payload @param {Definition} definition @returns {Problem[]}
 */
export function checkReferences(payload, definition) {
  /** @type {string[]} */
  const referenced = [];
  const take = (/** @type {unknown} */ answer) => {
    if (Array.isArray(answer)) for (const id of answer) if (typeof id === 'string') referenced.push(id);
  };
  /** File answers of `fields`, in groups and in the items of repeats at any depth. @param {readonly any[]} fields @param {Record<string, unknown>} answers */
  const walk = (fields, answers) => {
    for (const field of withoutGroups(fields)) {
      const answer = Object.hasOwn(answers, field.id) ? answers[field.id] : undefined;
      if (field.type === 'file') take(answer);
      if (field.type === 'repeat' && Array.isArray(answer)) for (const item of answer) if (isObject(item)) walk(field.fields, item);
    }
  };
  walk(definition.steps.flatMap((step) => step.fields), isObject(payload.data) ? payload.data : {});
  const counts = new Map();
  for (const id of referenced) counts.set(id, (counts.get(id) ?? 0) + 1);
  /** @type {Problem[]} */
  const problems = [];
  for (const attachment of payload.attachments ?? []) {
    if (counts.get(attachment.id) !== 1) problems.push({ field: attachment.field, code: 'attachment', params: { unreferenced: attachment.id } });
  }
  return problems;
}

/**
 * Multipart parts against the payload's attachments, before any is decrypted: each part is a file named by an
 * attachment id, each id has exactly one part, and no part is larger than the file it claims to be (a JWE
 * grows by a third plus its header).
 * @param {Array<[string, FormDataEntryValue]>} parts the parts other than "submission"
 * @param {Array<{id: string, field: string, size: number}>} attachments @returns {Problem[]}
 */
export function checkParts(parts, attachments) {
  const byId = new Map(attachments.map((a) => [a.id, a]));
  const seen = new Set();
  /** @type {Problem[]} */
  const problems = [];
  for (const [name, part] of parts) {
    const attachment = byId.get(name);
    const bound = attachment && (part instanceof Blob && part.type.startsWith('application/jose') ? Math.ceil((attachment.size * 4) / 3) + 4096 : attachment.size);
    if (!attachment || seen.has(name) || !(part instanceof Blob) || part.size > /** @type {number} */ (bound))
      problems.push({ field: attachment?.field ?? '', code: 'attachment', params: { part: name.slice(0, 60) } });
    seen.add(name);
    if (problems.length >= 20) break;
  }
  return problems;
}
