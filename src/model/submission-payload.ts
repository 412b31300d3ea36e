import { withoutGroups } from '../definition/field-tree.js';
import type { Definition, Field, LocalizedText } from '../definition/schema.js';
import { allFields, stepIssues } from './derive.js';
import { filesOf, isEmpty, isRecord, partsOf, type FieldValue, type FileRef, type Values } from './field-value.js';
import { isFileRef } from './file-ref.js';
import { forEachAnswer, itemId, valueAt } from './repeat.js';
import { evaluateRules, toAnswer, type AnswerValue, type RuleState } from './rule-state.js';
import type { Snapshot } from './snapshot.js';
import type { FieldIssue } from './validate-field.js';

export type { AnswerValue };

/** An uploaded file in the payload; its content is the multipart part named by `id`. */
export interface Attachment extends FileRef {
  field: string;
}

/** What is posted to the intake endpoint (see ARCHITECTURE.md, "The submission contract"). */
export interface SubmissionPayload {
  submissionId: string;
  form: { id: string; version: string };
  submittedAt: string;
  language: string;
  data: Record<string, AnswerValue>;
  computed: Record<string, number | null>;
  /** How each computed value came about, line by line, with labels in the submission's language. */
  breakdown: Record<string, Array<{ id: string; label: string; value: number | null }>>;
  /** Every uploaded file: its description and the (path) id of the question it answers. */
  attachments: Attachment[];
}

/**
 * Builds the payload from the answers: only visible, answered fields; numbers become numbers; computed
 * values with their breakdown. `label` turns a definition text into the submission language.
 */
export function toSubmissionPayload(
  definition: Definition,
  snapshot: Pick<Snapshot, 'submissionId' | 'values'>,
  options: { language: string; now?: Date; label?: (text: LocalizedText) => string },
): SubmissionPayload {
  const rules = evaluateRules(definition, snapshot.values);
  const data: Record<string, AnswerValue> = {};
  for (const field of allFields(definition)) {
    const value = snapshot.values[field.id];
    if (!rules.visible.has(field.id)) continue;
    // A repeat's items come from the rule evaluation: visible, answered item questions only.
    if (field.type === 'repeat') data[field.id] = itemAnswers(rules.data[field.id]);
    else if (value !== undefined && !isEmpty(value)) data[field.id] = toAnswer(field, value);
  }
  const language = formLanguage(definition.languages, options.language);
  const label = options.label ?? ((text) => (typeof text === 'string' ? text : (text[language] ?? Object.values(text)[0] ?? '')));
  const breakdown: SubmissionPayload['breakdown'] = {};
  for (const [id, lines] of Object.entries(rules.breakdown)) breakdown[id] = lines.map((line) => ({ ...line, label: label(line.label) }));
  return {
    submissionId: snapshot.submissionId,
    form: { id: definition.id, version: definition.version },
    submittedAt: (options.now ?? new Date()).toISOString(),
    language,
    data,
    computed: { ...rules.computed },
    breakdown,
    attachments: collectAttachments(definition, snapshot.values, rules),
  };
}

/** A repeat's answers as the rules collected them: one object of answers per item. */
function itemAnswers(collected: unknown): AnswerValue {
  return Array.isArray(collected) ? collected.filter(isRecord) : [];
}

/** The files of every visible file question, item questions included. */
function collectAttachments(definition: Definition, values: Values, rules: RuleState): Attachment[] {
  const attachments: Attachment[] = [];
  const add = (id: string) => {
    const value = valueAt(values, id);
    if (rules.visible.has(id)) for (const file of filesOf(value)) attachments.push({ ...file, field: id });
  };
  for (const step of definition.steps) {
    forEachAnswer(step.fields, values, (field) => {
      if (field.type === 'file') add(field.id);
      return true;
    });
  }
  return attachments;
}

function fromAnswer(field: Field, answer: unknown, id: string, attachments: ReadonlyMap<string, Attachment>): FieldValue | undefined {
  if (field.type === 'file') {
    if (!Array.isArray(answer)) return undefined;
    const files = answer.map((fileId) => (typeof fileId === 'string' ? attachments.get(fileId) : undefined));
    if (!files.every((file): file is Attachment => file !== undefined && file.field === id)) return undefined;
    return files.map(({ field: _field, ...file }) => file);
  }
  if (field.type === 'number' && typeof answer === 'number' && Number.isFinite(answer)) return String(answer);
  if (typeof answer === 'string' || typeof answer === 'boolean') return answer;
  if (Array.isArray(answer)) return answer.every((item) => typeof item === 'string') ? answer : undefined;
  if (field.type === 'location' && isRecord(answer)) {
    if (!Object.values(answer).every((part) => typeof part === 'number' && Number.isFinite(part))) return undefined;
    return Object.fromEntries(Object.entries(answer).map(([key, part]) => [key, String(part)]));
  }
  const isParts = isRecord(answer) && Object.values(answer).every((part) => typeof part === 'string');
  return field.type === 'address' && isParts ? partsOf(answer) : undefined;
}

/** A problem the intake found in a payload: a field issue, or one about the payload as a whole. */
export type SubmissionIssue =
  FieldIssue | { fieldId?: undefined; code: 'form' | 'unknownField' | 'shape' | 'computed' | 'rules'; params?: Record<string, string> };

/**
 * Re-checks a received payload with the same rules the assistant used (visibility, required-ness,
 * cross-field rules, computed values); runs in Node without a DOM, so an intake never trusts the browser.
 */
export function validateSubmission(definition: Definition, payload: unknown): { ok: boolean; issues: SubmissionIssue[] } {
  const issues: SubmissionIssue[] = [];
  if (payload === null || typeof payload !== 'object') return { ok: false, issues: [{ code: 'shape' }] };
  if (!isRecord(payload)) return { ok: false, issues: [{ code: 'shape' }] };
  const { form, data, submissionId, computed } = payload;
  const formRef = isRecord(form) ? form : {};
  if (formRef.id !== definition.id || formRef.version !== definition.version) {
    issues.push({ code: 'form', params: { expected: `${definition.id}@${definition.version}` } });
  }
  if (typeof submissionId !== 'string' || !/^[0-9a-f-]{36}$/u.test(submissionId))
    issues.push({ code: 'shape', params: { property: 'submissionId' } });
  if (!isRecord(data)) {
    return { ok: false, issues: [...issues, { code: 'shape', params: { property: 'data' } }] };
  }
  const fields = allFields(definition);
  const known = new Set(fields.map((field) => field.id));
  for (const key of Object.keys(data)) if (!known.has(key)) issues.push({ code: 'unknownField', params: { field: key } });
  const values: Record<string, FieldValue> = {};
  /** Ids of the answers the payload carries, item answers by path id, to find hidden ones below. */
  const sent: string[] = [];
  const attachmentList: readonly unknown[] = Array.isArray(payload.attachments) ? payload.attachments : [];
  const attachments = new Map<string, Attachment>();
  for (const attachment of attachmentList) {
    if (isFileRef(attachment) && isRecord(attachment) && typeof attachment.field === 'string')
      attachments.set(attachment.id, { ...attachment, field: attachment.field });
    else issues.push({ code: 'shape', params: { property: 'attachments' } });
  }
  /** An answer as the model holds it (a repeat's items converted question by question, at any depth). */
  const take = (field: Field, id: string, answer: unknown): FieldValue | undefined => {
    if (field.type === 'repeat') {
      if (!Array.isArray(answer) || !answer.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
        issues.push({ fieldId: id, code: 'type' });
        return undefined;
      }
      sent.push(id);
      const known = new Map(withoutGroups(field.fields).map((inner) => [inner.id, inner]));
      return answer.filter(isRecord).map((item, index) => {
        for (const key of Object.keys(item)) if (!known.has(key)) issues.push({ code: 'unknownField', params: { field: itemId(id, index, key) } });
        const converted: Record<string, FieldValue> = {};
        for (const [key, inner] of known) {
          const value = Object.hasOwn(item, key) ? take(inner, itemId(id, index, key), item[key]) : undefined;
          if (value !== undefined) converted[key] = value;
        }
        return converted;
      });
    }
    const value = fromAnswer(field, answer, id, attachments);
    if (value === undefined) issues.push({ fieldId: id, code: 'type' });
    else sent.push(id);
    return value;
  };
  for (const field of fields) {
    const answer = Object.hasOwn(data, field.id) ? data[field.id] : undefined;
    const value = answer === undefined ? undefined : take(field, field.id, answer);
    if (value !== undefined) values[field.id] = value;
  }
  const rules = evaluateRules(definition, values);
  // Rules that ran out of steps fell back to showing more and requiring less: not a basis to accept anything.
  if (rules.incomplete) issues.push({ code: 'rules' });
  for (const id of sent) if (!rules.visible.has(id)) issues.push({ fieldId: id, code: 'hidden' });
  const reported = new Set(issues.map((issue) => issue.fieldId));
  for (const index of rules.visibleSteps) {
    for (const issue of stepIssues(definition, values, index, rules)) if (!reported.has(issue.fieldId)) issues.push(issue);
  }
  const sentComputed = isRecord(computed) ? computed : {};
  for (const [id, value] of Object.entries(rules.computed)) {
    if (sentComputed[id] !== value) issues.push({ code: 'computed', params: { computed: id } });
  }
  return { ok: issues.length === 0, issues };
}

/**
 * The definition language whose texts the citizen read: the page's language, else its base ("en-US", what
 * WordPress prints, reads the "en" texts), else the form's first language (an Arabic page showing a form
 * written in German and English). The intake accepts only the form's languages.
 */
export function formLanguage(languages: readonly string[], language: string): string {
  const base = language.split('-')[0] ?? language;
  return languages.includes(language) ? language : languages.includes(base) ? base : (languages[0] ?? language);
}
