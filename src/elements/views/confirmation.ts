import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../../i18n/translator.js';

/** Opens the folded summary first: a closed <details> prints only its title. */
function printSummary(event: Event): void {
  const root = event.currentTarget instanceof Node ? event.currentTarget.getRootNode() : undefined;
  const details = root instanceof ShadowRoot ? root.querySelector<HTMLDetailsElement>('.confirmation-summary') : null;
  if (details) details.open = true;
  window.print();
}

/** The confirmation page: reference number, what happens next, and the answers to keep or print. */
export function renderConfirmation(
  reference: string | undefined,
  confirmationText: string,
  summary: TemplateResult,
  t: Translator,
): TemplateResult {
  return html`<div class="confirmation" part="confirmation">
      <h3 id="view-heading" tabindex="-1">${t.t('confirmation.title')}</h3>
      ${reference ? html`<p class="reference">${t.t('confirmation.reference', { reference })}</p>` : nothing}
    </div>
    ${reference ? html`<p>${t.t('confirmation.keep')}</p>` : nothing} ${confirmationText ? html`<p>${confirmationText}</p>` : nothing}
    <slot name="confirmation"></slot>
    <details class="confirmation-summary" part="confirmation-summary">
      <summary>${t.t('confirmation.summary')}</summary>
      ${summary}
    </details>
    <div class="nav">
      <button type="button" class="button secondary" part="button" @click=${printSummary}>${t.t('confirmation.print')}</button>
    </div>`;
}
