import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/messages-de.js';
import type { Translator } from '../../i18n/translator.js';
import type { PaymentStatus, PaymentView } from '../controllers/payment.js';

/** "Jetzt bezahlen" or "Erneut versuchen": a link to the intake, which hands over to the payment provider. */
function payLink(href: string, key: 'payment.pay' | 'payment.retry', t: Translator): TemplateResult {
  return html`<div class="nav"><a class="button primary pay-link" part="button" href=${href}>${t.t(key)}</a></div>`;
}

/** On the confirmation page: received, not yet paid, and the way to pay. */
export function renderPaymentDue(view: PaymentView | undefined, t: Translator): TemplateResult | typeof nothing {
  if (view?.kind !== 'due') return nothing;
  return html`<section class="payment" part="payment" aria-labelledby="payment-heading">
    <h4 id="payment-heading">${t.t('payment.title')}</h4>
    <p class="payment-state">${t.t('payment.due')}</p>
    <p>${t.t('payment.dueHint')}</p>
    ${payLink(view.href, 'payment.pay', t)}
  </section>`;
}

/** A message naming the reference, which stays one isolated piece that moves to the next line whole (as on the confirmation). */
function withReference(key: MessageKey, reference: string, t: Translator): TemplateResult {
  const marker = '\u0000';
  const [before = '', ...after] = t.t(key, { reference: marker }).split(marker);
  return after.length === 0 ? html`${before}` : html`${before}<bdi class="reference-number">${reference}</bdi>${after.join('')}`;
}

const MESSAGES: Record<PaymentStatus, MessageKey> = {
  OPEN: 'payment.open',
  INITIAL: 'payment.open',
  PAYED: 'payment.paid',
  FAILED: 'payment.failed',
  CANCELED: 'payment.canceled',
};

/**
 * The page the citizen comes back to from the payment provider: the status the intake reports (in a status
 * region, so screen readers hear it when the answer arrives), and the way to pay again unless it is paid.
 */
export function renderPaymentReturn(view: PaymentView, t: Translator, feedback: unknown): TemplateResult {
  const key = view.kind === 'result' ? MESSAGES[view.status] : view.kind === 'unknown' ? 'payment.unknown' : 'payment.checking';
  const again = view.kind === 'result' && view.status === 'FAILED' ? 'payment.retry' : 'payment.pay';
  const paid = view.kind === 'result' && view.status === 'PAYED';
  return html`<div class="payment-return" part="payment">
      <h3 id="view-heading" tabindex="-1">${t.t('payment.title')}</h3>
      <div role="status">
        <p class="payment-state ${paid ? 'paid' : ''}">${withReference(key, view.reference, t)}</p>
        ${view.kind === 'result' && view.amount !== undefined ? html`<p>${t.t('payment.amount', { amount: t.formatCurrency(view.amount) })}</p>` : nothing}
      </div>
      ${view.kind !== 'checking' && !paid ? payLink(view.href, again, t) : nothing}
    </div>
    ${feedback}`;
}
