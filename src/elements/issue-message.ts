import type { Definition, Field, LocalizedText } from '../definition/schema.js';
import type { Translator } from '../i18n/translator.js';
import type { FieldIssue } from '../model/validate-field.js';

/**
 * The words for an issue, for the inline error and the error summary alike: a cross-field rule's own
 * message, else the field's own `messages` for the issue's code, else the UI message.
 */
export function issueMessage(definition: Definition, field: Field, issue: FieldIssue, t: Translator): string {
  if (issue.code === 'rule') {
    const rule = definition.steps.flatMap((step) => step.rules ?? []).find((r) => r.id === issue.params?.rule);
    if (rule) return t.text(rule.message);
  }
  const own: Readonly<Record<string, LocalizedText | undefined>> = ('messages' in field && field.messages) || {};
  // Own properties only: an intake's 422 may carry any code, "constructor" included.
  if (Object.hasOwn(own, issue.code)) return t.issue(field, issue, own[issue.code]);
  if (issue.code === 'postalCodeArea' && field.type === 'address' && field.postalCodeMessage) return t.text(field.postalCodeMessage);
  return t.issue(field, issue);
}
