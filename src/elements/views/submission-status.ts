import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../../i18n/translator.js';
import type { SubmissionState } from '../../model/snapshot.js';
import { resendWillHelp } from '../../submission/outbox.js';
import { renderContact, type AuthorityContact } from './contact.js';

/**
 * Sending and failure notices on the review page. The failure panel takes focus, so it is read at once.
 * A failure that sending again will not mend (the intake refuses, the page is not set up) says so without
 * blaming the citizen and gives the authority's contact; the form then offers no "Erneut senden".
 */
export function renderSubmissionStatus(
  submission: SubmissionState,
  authority: AuthorityContact,
  t: Translator,
): TemplateResult | typeof nothing {
  if (submission.status === 'sending') {
    const again = submission.attempt !== undefined && submission.attempt > 1;
    // Announced through the element's light-DOM live region (controllers/announcer.ts), not from here.
    return html`<div class="status-panel info" part="status">
      ${again ? t.t('sendingAgain', { attempt: submission.attempt ?? '', of: submission.of ?? '' }) : t.t('sending')}
    </div>`;
  }
  if (submission.status !== 'failed') return nothing;
  const { reason, status } = submission.failure;
  const permanent = !resendWillHelp(submission.failure);
  return html`<div class="status-panel" id="submit-failed" tabindex="-1" part="status" role="region" aria-labelledby="submit-failed-title">
    <h3 id="submit-failed-title">${t.t('failed.title')}</h3>
    <p>${t.t(`failed.${reason}`, { status: status ?? '' })}</p>
    ${
      permanent
        ? html`<p>${t.t('broken.text')}</p>
            ${renderContact(authority, t)}`
        : nothing
    }
  </div>`;
}
