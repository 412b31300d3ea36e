import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../../i18n/translator.js';
import type { AssistantModel } from '../../model/assistant-model.js';
import type { Derived } from '../../model/derive.js';
import type { Snapshot } from '../../model/snapshot.js';
import { renderErrorSummary } from './error-summary.js';
import { renderReview } from './review.js';
import { renderDraftChoice, renderDraftNotice } from './draft.js';
import { renderSubmissionStatus } from './submission-status.js';
import { resendWillHelp } from '../../submission/outbox.js';
import { renderStepFields, type StepCommands } from './step-fields.js';
import { definitionText } from '../definition-text.js';

/** What the form sends besides the questions' commands: navigation, the summary's links, the draft choice. */
export interface FormCommands extends StepCommands {
  submit(event: Event): void;
  back(): void;
  edit(fieldId: string): void;
  focusField(fieldId: string, part?: string): void;
  chooseDevice(keep: boolean): void;
}

/** A step or the review page: notices, progress, error summary, heading, questions or answers, and the buttons. */
export function renderForm(
  model: AssistantModel,
  snapshot: Snapshot,
  derived: Derived,
  t: Translator,
  commands: FormCommands,
  deviceExpiry: number | undefined,
): TemplateResult {
  const { definition } = model;
  const view = snapshot.view;
  const step = view.kind === 'step' ? definition.steps[view.index] : undefined;
  const sending = snapshot.submission.status === 'sending';
  const notice = snapshot.draft.notice;
  // A step's heading says its title, then the progress ("Angaben zur Verbrennung Schritt 1 von 3") as text of
  // its own, visually hidden: the focus moving there after "Weiter" says the step in every screen reader, with or
  // without manage-title (Orca reads a heading's text, not an aria-labelledby name). The visible progress above
  // is hidden from them, so it is not read twice.
  const progress = step ? t.t('progress', derived.progress) : '';
  // After a refusal that sending again cannot mend there is no "Erneut senden" (the status says whom to ask).
  const failed = snapshot.submission.status === 'failed' ? snapshot.submission.failure : undefined;
  return html`<form novalidate @submit=${commands.submit} part="step">
    ${notice ? renderDraftNotice(notice, t) : nothing}
    ${step && derived.progress.current === 1 && definition.description ? html`<p class="lead">${definitionText(t, definition.description)}</p>` : nothing}
    <p class="progress" aria-hidden="true">${progress}</p>
    ${renderErrorSummary(model, derived.summary, t, commands.focusField)}
    <h3 id="view-heading" tabindex="-1">${step ? definitionText(t, step.title) : t.t('review.title')}${progress ? html`<span class="visually-hidden"> ${progress}</span>` : nothing}</h3>
    ${
      step
        ? renderStepFields(model, step, snapshot, derived, t, commands)
        : html`${renderReview(
            definition,
            snapshot.values,
            derived.rules,
            t,
            // While sending, nothing offers to leave the page: no "Ändern".
            sending ? undefined : commands.edit,
          )}
          ${renderSubmissionStatus(snapshot.submission, definition, t)}`
    }
    <div class="nav" part="nav">
      ${
        view.kind === 'review' || derived.progress.current > 1
          ? html`<button type="button" class="button secondary" part="button" aria-disabled=${sending ? 'true' : 'false'} @click=${commands.back}>
              ${t.t('back')}
            </button>`
          : nothing
      }
      ${
        step || !failed || resendWillHelp(failed)
          ? html`<button type="submit" class="button primary" part="button" aria-disabled=${sending ? 'true' : 'false'}>
              ${step ? t.t(snapshot.returnToReview ? 'backToReview' : 'next') : t.t(failed ? 'retry' : 'submit')}
            </button>`
          : nothing
      }
    </div>
    ${deviceExpiry !== undefined ? renderDraftChoice(definition, snapshot.draft.onDevice, deviceExpiry, t, commands.chooseDevice) : nothing}
  </form>`;
}
