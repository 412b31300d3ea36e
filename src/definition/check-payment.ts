import { checkExpression, type ValueShape } from './check-expression.js';
import type { DefinitionIssue } from './definition-issue.js';
import type { Definition, FieldType } from './schema.js';
import { withoutGroups } from './field-tree.js';

/** What each type of answer is in rule data, as check-rules.ts counts it. */
const shapes: Partial<Record<FieldType, ValueShape>> = { checkboxes: 'list', file: 'list', repeat: 'items', address: 'record', location: 'record' };

/** XBezahldienste allows at most 27 characters for the purpose line. */
const PURPOSE_MAX = 27;
/** What `{reference}` is counted as: a reference of the reference intake, "HST-2026-000123". */
const REFERENCE_LENGTH = 15;

/**
 * Checks the `payment` section: exactly one of `computed` (an existing computed value shown in euros) and
 * `amount`; rules that use only answers and computed values; a purpose that fits XBezahldienste's 27 characters.
 */
export function checkPayment(definition: Definition, issues: DefinitionIssue[]): void {
  const payment = definition.payment;
  if (!payment || typeof payment !== 'object') return;
  const add = (pointer: string, message: string) => issues.push({ pointer: `/payment${pointer}`, message });
  const computed = definition.computed ?? [];
  const names = new Map<string, ValueShape>([
    ...definition.steps.flatMap((step) => withoutGroups(step.fields).map((field): [string, ValueShape] => [field.id, shapes[field.type] ?? 'scalar'])),
    ...computed.map((c): [string, ValueShape] => [c.id, 'scalar']),
  ]);
  if ((payment.computed === undefined) === (payment.amount === undefined))
    add('', 'Give the amount either as "computed" (the id of a computed value) or as "amount" (a rule), not both and not neither.');
  if (payment.computed !== undefined) {
    const target = computed.find((c) => c.id === payment.computed);
    if (!target) add('/computed', `There is no computed value "${payment.computed}".`);
    else if (target.format !== 'currency') add('/computed', `The computed value "${payment.computed}" is not shown in euros ("format": "currency").`);
  }
  if (payment.amount !== undefined) issues.push(...checkExpression(payment.amount, '/payment/amount', names));
  if (payment.payableIf !== undefined) issues.push(...checkExpression(payment.payableIf, '/payment/payableIf', names));
  if (typeof payment.purpose === 'string') {
    const length = [...payment.purpose.replaceAll('{reference}', 'X'.repeat(REFERENCE_LENGTH))].length;
    if (length > PURPOSE_MAX)
      add('/purpose', `The purpose has ${length} characters with a reference filled in; XBezahldienste allows ${PURPOSE_MAX}.`);
  }
}
