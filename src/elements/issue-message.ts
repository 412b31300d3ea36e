import type { Definition, Field } from '../definition/schema.js';
import type { Translator } from '../i18n/translator.js';
import type { FieldIssue } from '../model/validate-field.js';

/** The words for an issue: a cross-field rule's own message from the definition, else the UI message. */
export function issueMessage(definition: Definition, field: Field, issue: FieldIssue, t: Translator): string {
  if (issue.code === 'rule') {
    const rule = definition.steps.flatMap((step) => step.rules ?? []).find((r) => r.id === issue.params?.rule);
    if (rule) return t.text(rule.message);
  }
  if (issue.code === 'postalCodeArea' && field.type === 'address' && field.postalCodeMessage) return t.text(field.postalCodeMessage);
  return t.issue(field, issue);
}
