import { html, nothing, type TemplateResult } from 'lit';
import type { Definition } from '../../definition/schema.js';
import type { Translator } from '../../i18n/translator.js';
import type { Derived } from '../../model/derive.js';
import type { Snapshot } from '../../model/snapshot.js';
import { definitionText } from '../definition-text.js';
import { renderReview } from './review.js';

/** Opens the folded summary first: a closed <details> prints only its title. */
function printSummary(event: Event): void {
  const root = event.currentTarget instanceof Node ? event.currentTarget.getRootNode() : undefined;
  const details = root instanceof ShadowRoot ? root.querySelector<HTMLDetailsElement>('.confirmation-summary') : null;
  if (details) details.open = true;
  window.print();
}

/**
 * "Ihr Aktenzeichen: HST-2026-000001", with the number as one isolated piece: in a right-to-left sentence it
 * keeps its order, and it moves to the next line whole rather than breaking at a hyphen.
 */
function renderReference(reference: string, t: Translator): TemplateResult {
  const marker = '\u0000';
  const [before = '', after = ''] = t.t('confirmation.reference', { reference: marker }).split(marker);
  return html`<p class="reference">${before}<bdi class="reference-number">${reference}</bdi>${after}</p>`;
}

/**
 * The confirmation page: reference number, what happens next, and the answers to keep or print; `payment`
 * (received but not paid) follows what happens next, `feedback` (the satisfaction question) comes last.
 */
export function renderConfirmation(
  definition: Definition,
  { snapshot, derived }: { snapshot: Snapshot; derived: Derived },
  t: Translator,
  { payment, feedback }: { payment?: unknown; feedback?: unknown } = {},
): TemplateResult {
  const reference = snapshot.submission.status === 'sent' ? snapshot.submission.reference : undefined;
  const confirmationText = definitionText(t, definition.confirmation);
  const summary = renderReview(definition, snapshot.values, derived.rules, t);
  return html`<div class="confirmation" part="confirmation">
      <h3 id="view-heading" tabindex="-1">${t.t('confirmation.title')}</h3>
      ${reference ? renderReference(reference, t) : nothing}
    </div>
    ${reference ? html`<p>${t.t('confirmation.keep')}</p>` : nothing} ${confirmationText ? html`<p>${confirmationText}</p>` : nothing}
    ${payment ?? nothing}
    <slot name="confirmation"></slot>
    <details class="confirmation-summary" part="confirmation-summary">
      <summary>${t.t('confirmation.summary')}</summary>
      ${summary}
    </details>
    <div class="nav">
      <button type="button" class="button secondary" part="button" @click=${printSummary}>${t.t('confirmation.print')}</button>
    </div>
    ${feedback ?? nothing}`;
}
