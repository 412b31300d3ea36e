import { html, nothing, type TemplateResult } from 'lit';
import type { DefinitionIssue } from '../../definition/definition-issue.js';
import type { Translator } from '../../i18n/translator.js';
import type { SubmissionState } from '../../model/snapshot.js';
import type { DraftNotice } from '../../model/snapshot.js';

/** Sending and failure notices on the review page. The failure panel takes focus, so it is read at once. */
export function renderSubmissionStatus(submission: SubmissionState, t: Translator): TemplateResult | typeof nothing {
  if (submission.status === 'sending') {
    const again = submission.attempt !== undefined && submission.attempt > 1;
    // Announced through the element's light-DOM live region (see antrag-assistant.ts), not from here.
    return html`<div class="status-panel info" part="status">
      ${again ? t.t('sendingAgain', { attempt: submission.attempt ?? '', of: submission.of ?? '' }) : t.t('sending')}
    </div>`;
  }
  if (submission.status !== 'failed') return nothing;
  const { reason, status } = submission.failure;
  return html`<div class="status-panel" id="submit-failed" tabindex="-1" part="status" role="region" aria-labelledby="submit-failed-title">
    <h3 id="submit-failed-title">${t.t('failed.title')}</h3>
    <p>${t.t(`failed.${reason}`, { status: status ?? '' })}</p>
  </div>`;
}

/** What became of an earlier draft: restored (and which files to add again), expired or no longer fitting. */
export function renderDraftNotice(draft: DraftNotice, t: Translator): TemplateResult {
  return html`<div class="status-panel info" part="draft-notice">
    ${draft.notice ? html`<p>${t.t(`draft.${draft.notice}`)}</p>` : html`<p>${t.t('draft.restored')}</p>`}
    ${draft.filesDropped ? html`<p>${t.t('draft.filesAgain')}</p>` : nothing}
  </div>`;
}

/** The citizen's choice to keep a draft on this device (`drafts="device"`), with what it means. */
export function renderDraftChoice(onDevice: boolean, expiresAt: number, t: Translator, choose: (keep: boolean) => void): TemplateResult {
  return html`<div class="field draft-choice" part="draft">
    <div class="choice">
      <input
        type="checkbox"
        id="draft-device"
        .checked=${onDevice}
        aria-describedby="draft-device-hint"
        @change=${(e: Event) => choose(e.target instanceof HTMLInputElement && e.target.checked)}
      />
      <label for="draft-device">${t.t('draft.device')}</label>
    </div>
    <p class="hint" id="draft-device-hint">
      ${t.t('draft.deviceHint', { date: t.formatDate(new Date(expiresAt).toISOString().slice(0, 10)) })}
    </p>
  </div>`;
}

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

/**
 * What a broken definition shows: a short notice for citizens and, for the municipal developer, every
 * problem with its JSON pointer (also logged to the console).
 */
export function renderBroken(issues: readonly DefinitionIssue[], t: Translator): TemplateResult {
  return html`<div class="status-panel" role="alert" part="definition-error">
    <h3>${t.t('broken.title')}</h3>
    <p>${t.t('broken.text')}</p>
    <details open>
      <summary>${t.t('broken.details', { count: issues.length })}</summary>
      <ul class="developer-issues">
        ${issues.map((issue) => html`<li><code>${issue.pointer || '/'}</code>: ${issue.message}</li>`)}
      </ul>
    </details>
  </div>`;
}
