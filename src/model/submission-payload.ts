import type { Definition, Field } from '../definition/schema.js';
import { allFields } from './derive.js';
import { isEmpty, type FieldValue, type Values } from './field-value.js';
import type { Snapshot } from './snapshot.js';
import { parseNumber, validateField, type FieldIssue } from './validate-field.js';

/** A JSON value an answer becomes in the payload. */
export type AnswerValue = string | number | boolean | readonly string[];

/** What is posted to the intake endpoint (see ARCHITECTURE.md, "The submission contract"). */
export interface SubmissionPayload {
  submissionId: string;
  form: { id: string; version: string };
  submittedAt: string;
  language: string;
  data: Record<string, AnswerValue>;
  computed: Record<string, number>;
  attachments: never[];
}

/** Builds the payload from the answers: unanswered optional fields are left out, numbers become numbers. */
export function toSubmissionPayload(
  definition: Definition,
  snapshot: Pick<Snapshot, 'submissionId' | 'values'>,
  options: { language: string; now?: Date },
): SubmissionPayload {
  const data: Record<string, AnswerValue> = {};
  for (const field of allFields(definition)) {
    const value = snapshot.values[field.id];
    if (value === undefined || isEmpty(value)) continue;
    data[field.id] = toAnswer(field, value);
  }
  return {
    submissionId: snapshot.submissionId,
    form: { id: definition.id, version: definition.version },
    submittedAt: (options.now ?? new Date()).toISOString(),
    language: options.language,
    data,
    computed: {},
    attachments: [],
  };
}

function toAnswer(field: Field, value: FieldValue): AnswerValue {
  if (typeof value === 'string') {
    if (field.type === 'number') return parseNumber(value) ?? value;
    return value.trim();
  }
  return value;
}

function fromAnswer(field: Field, answer: unknown): FieldValue | undefined {
  if (field.type === 'number' && typeof answer === 'number' && Number.isFinite(answer)) return String(answer);
  if (typeof answer === 'string' || typeof answer === 'boolean') return answer;
  if (Array.isArray(answer) && answer.every((item) => typeof item === 'string')) return answer;
  return undefined;
}

/** A problem the intake found in a payload: a field issue, or one about the payload as a whole. */
export type SubmissionIssue =
  FieldIssue | { fieldId?: undefined; code: 'form' | 'unknownField' | 'shape'; params?: Record<string, string> };

/**
 * Re-checks a received payload with the same rules the assistant used; runs in Node without a DOM,
 * so an intake server never trusts the browser.
 */
export function validateSubmission(definition: Definition, payload: unknown): { ok: boolean; issues: SubmissionIssue[] } {
  const issues: SubmissionIssue[] = [];
  if (payload === null || typeof payload !== 'object') return { ok: false, issues: [{ code: 'shape' }] };
  const { form, data, submissionId } = payload as Partial<Record<keyof SubmissionPayload, unknown>>;
  const formRef = form as { id?: unknown; version?: unknown } | undefined;
  if (formRef?.id !== definition.id || formRef?.version !== definition.version) {
    issues.push({ code: 'form', params: { expected: `${definition.id}@${definition.version}` } });
  }
  if (typeof submissionId !== 'string' || !/^[0-9a-f-]{36}$/u.test(submissionId))
    issues.push({ code: 'shape', params: { property: 'submissionId' } });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, issues: [...issues, { code: 'shape', params: { property: 'data' } }] };
  }
  const fields = allFields(definition);
  const known = new Set(fields.map((field) => field.id));
  for (const key of Object.keys(data)) if (!known.has(key)) issues.push({ code: 'unknownField', params: { field: key } });
  const values: Record<string, FieldValue | undefined> = {};
  for (const field of fields) {
    const answer = Object.hasOwn(data, field.id) ? (data as Record<string, unknown>)[field.id] : undefined;
    values[field.id] = answer === undefined ? undefined : fromAnswer(field, answer);
    if (answer !== undefined && values[field.id] === undefined) issues.push({ fieldId: field.id, code: 'type' });
  }
  for (const field of fields) {
    if (issues.some((issue) => issue.fieldId === field.id)) continue;
    const issue = validateField(field, values[field.id]);
    if (issue) issues.push(issue);
  }
  return { ok: issues.length === 0, issues };
}

export type { Values };
