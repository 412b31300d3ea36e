/**
 * The DOM-free part of Antrag, for Node: parse definitions, build and re-validate submissions.
 * An intake server imports `antrag/core` to check a payload with the same rules the browser used.
 */
export { parseDefinition, type ParseResult } from './definition/parse-definition.js';
export { DefinitionError, type DefinitionIssue } from './definition/definition-issue.js';
/** The "checked" stamp `antrag validate --stamp` writes (decision 0024). */
export { definitionStamp, stampHolds, stampedText, CHECK_VERSION } from './definition/check-stamp.js';
export { withoutGroups } from './definition/field-tree.js';
export {
  DefinitionSchema,
  fieldTypes,
  type Definition,
  type Field,
  type FieldType,
  type Step,
  type LocalizedText,
} from './definition/schema.js';
/**
 * Evaluates a rule of a definition (a condition, check or computed value) against data, exactly as the
 * assistant and `validateSubmission` do: JSON Logic as json-logic-js 2.0.5 means it, plus Antrag's date
 * operations. Throws a `RuleError` for an unknown operator or a rule past the limits.
 */
export { evaluate as evaluateRule, type Expression } from './rules/evaluate.js';
export { RuleError } from './rules/rule-error.js';
/** JSON Logic truthiness (an empty list is false): whether a condition's result holds. */
export { truthy } from './rules/operators.js';
export { createAssistantModel, type AssistantModel, type AssistantModelOptions, } from './model/assistant-model.js';
export { derive, type Derived } from './model/derive.js';
export { validateField, type FieldIssue, type IssueCode } from './model/validate-field.js';
export { toSubmissionPayload, validateSubmission, type SubmissionPayload, type SubmissionIssue } from './model/submission-payload.js';
export type { Snapshot, View, SubmissionState, SubmissionFailure, Transition, Outbox } from './model/snapshot.js';
