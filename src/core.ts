/**
 * The DOM-free part of Antrag, for Node: parse definitions, build and re-validate submissions.
 * An intake server imports `antrag/core` to check a payload with the same rules the browser used.
 */
export { parseDefinition, type ParseResult } from './definition/parse-definition.js';
export { DefinitionError, type DefinitionIssue } from './definition/definition-issue.js';
export {
  DefinitionSchema,
  fieldTypes,
  type Definition,
  type Field,
  type FieldType,
  type Step,
  type LocalizedText,
} from './definition/schema.js';
export { createAssistantModel, type AssistantModel, type AssistantModelOptions, } from './model/assistant-model.js';
export { derive, type Derived } from './model/derive.js';
export { validateField, type FieldIssue, type IssueCode } from './model/validate-field.js';
export { toSubmissionPayload, validateSubmission, type SubmissionPayload, type SubmissionIssue } from './model/submission-payload.js';
export type { Snapshot, View, SubmissionState, SubmissionFailure, Transition, Outbox } from './model/snapshot.js';
