import type { TemplateResult } from 'lit';
import type { Translator } from '../../i18n/translator.js';
import { renderFeedback } from '../views/feedback.js';
import { renderPaymentDue, renderPaymentReturn } from '../views/payment.js';
import { FeedbackController, type FeedbackHost } from './feedback.js';
import { PaymentController, type PaymentHost } from './payment.js';
import type { SessionController } from './session.js';

/**
 * What follows a confirmed submission, for the shell in one place: paying online (see {@link PaymentController})
 * and the satisfaction question (see {@link FeedbackController}), on the confirmation page and on the page the
 * citizen comes back to from the payment provider — and nowhere else.
 */
export class FollowUpController {
  readonly payment: PaymentController;
  readonly feedback: FeedbackController;

  constructor(host: PaymentHost & FeedbackHost, session: SessionController, language: () => string) {
    this.payment = new PaymentController(host, session);
    this.feedback = new FeedbackController(host, session, language);
  }

  /** The parts of the confirmation page: the payment notice and the satisfaction question. */
  confirmation(t: Translator): { payment: unknown; feedback: unknown } {
    return { payment: renderPaymentDue(this.payment.view, t), feedback: this.#feedback(t) };
  }

  /** The page after coming back from the payment provider, shown instead of a new form; undefined otherwise. */
  page(t: Translator): TemplateResult | undefined {
    const view = this.payment.view;
    return view && this.payment.returning ? renderPaymentReturn(view, t, this.#feedback(t)) : undefined;
  }

  #feedback(t: Translator): TemplateResult | undefined {
    return this.feedback.enabled ? renderFeedback(this.feedback.state, this.feedback, t) : undefined;
  }
}
