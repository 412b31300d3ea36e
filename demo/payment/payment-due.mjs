// @ts-check
/**
 * What a received submission has to pay, from its definition's `payment` section and the payload as the
 * intake accepted it (after `validateSubmission`, so its computed values are the intake's own): whether it is
 * payable at all, the amount in euros, the purpose line and the items of the fee breakdown.
 */
import { evaluateRule, truthy } from '../../dist/core.js';
import { purposeLine } from './xbezahldienste-client.mjs';

/** @typedef {import('./xbezahldienste-client.mjs').PaymentItem} PaymentItem */
/** @typedef {{ amount: number, purpose: string, items: PaymentItem[] }} PaymentDue */

/**
 * The payment a submission owes, or undefined when its form takes no payment, `payableIf` does not hold
 * (e.g. the citizen chose direct debit) or the amount is not above zero. Rules see the answers as sent plus
 * the computed values.
 * @param {any} definition a parsed definition @param {any} payload an accepted payload @param {string} reference
 * @returns {PaymentDue | undefined}
 */
export function paymentDue(definition, payload, reference) {
  const payment = definition.payment;
  if (!payment) return undefined;
  const computed = payload.computed ?? {};
  const data = { ...payload.data, ...computed };
  if (payment.payableIf !== undefined && !truthy(evaluateRule(payment.payableIf, data))) return undefined;
  const raw = payment.computed ? computed[payment.computed] : evaluateRule(payment.amount, data);
  const amount = typeof raw === 'number' && Number.isFinite(raw) ? Math.round(raw * 100) / 100 : 0;
  if (amount <= 0) return undefined;
  const purpose = purposeLine(payment.purpose.replaceAll('{reference}', reference));
  return { amount, purpose, items: itemsOf(payment, payload, amount, purpose) };
}

/**
 * The breakdown lines of the paid computed value as items when they add up to the amount (the intake does not
 * recompute each line), else one item for the whole amount. No tax: municipal fees are not subject to VAT.
 * @param {any} payment @param {any} payload @param {number} amount @param {string} purpose @returns {PaymentItem[]}
 */
function itemsOf(payment, payload, amount, purpose) {
  const item = (/** @type {string} */ id, /** @type {string} */ description, /** @type {number} */ value) => ({
    id,
    description: description.slice(0, 200),
    quantity: 1,
    singleNetAmount: value,
    totalNetAmount: value,
    taxRate: 0,
  });
  const lines = payment.computed ? payload.breakdown?.[payment.computed] : undefined;
  if (Array.isArray(lines)) {
    const paid = lines.filter((line) => typeof line.value === 'number' && line.value > 0);
    const cents = paid.reduce((sum, line) => sum + Math.round(line.value * 100), 0);
    if (paid.length > 0 && cents === Math.round(amount * 100))
      return paid.map((line) => item(String(line.id), String(line.label), Math.round(line.value * 100) / 100));
  }
  return [item('betrag', purpose, amount)];
}
