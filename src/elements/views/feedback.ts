import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translator } from '../../i18n/translator.js';
import type { FeedbackCommands, FeedbackState } from '../controllers/feedback.js';
import { valueOf } from '../fields/field-parts.js';

/** The scale, with the words for each point. */
const RATINGS = [
  [1, 'feedback.rating1'],
  [2, 'feedback.rating2'],
  [3, 'feedback.rating3'],
  [4, 'feedback.rating4'],
  [5, 'feedback.rating5'],
] as const;

/**
 * The optional satisfaction question after the confirmation: a 1–5 radio group, a free text with the note not to
 * enter personal data, and "Senden"; then thanks in place of the form. Native controls, GOV.UK anatomy: legend,
 * hint before the control, an error only after an empty "Senden".
 */
export function renderFeedback(state: FeedbackState, commands: FeedbackCommands, t: Translator): TemplateResult {
  const invalid = state.status === 'invalid';
  return html`<section class="feedback" part="feedback" aria-labelledby="feedback-heading">
    <h4 id="feedback-heading">${t.t('feedback.title')}</h4>
    ${
      state.status === 'sent'
        ? html`<p id="feedback-result" class="feedback-result" tabindex="-1" role="status">${t.t('feedback.sent')}</p>`
        : html`<form novalidate @submit=${commands.send}>
            <div class="field ${invalid ? 'has-error' : ''}" part="field">
              <fieldset class="fieldset" aria-describedby=${invalid ? 'feedback-error' : nothing}>
                <legend class="label" part="label">${t.t('feedback.question')}</legend>
                ${
                  invalid
                    ? html`<p class="error-message" id="feedback-error" part="error">
                        <span class="visually-hidden">${t.t('errorPrefix')}</span> ${t.t('feedback.required')}
                      </p>`
                    : nothing
                }
                <div class="choices radio">
                  ${RATINGS.map(
                    ([rating, words]) =>
                      html`<div class="choice">
                        <input
                          id=${`feedback-rating-${rating}`}
                          type="radio"
                          name="feedback-rating"
                          .checked=${live(state.rating === rating)}
                          aria-describedby=${invalid ? 'feedback-error' : nothing}
                          @change=${() => commands.rate(rating)}
                        />
                        <label for=${`feedback-rating-${rating}`}>${t.t(words)}</label>
                      </div>`,
                  )}
                </div>
              </fieldset>
            </div>
            <div class="field" part="field">
              <label class="label" for="feedback-text" part="label">${t.t('feedback.text')}</label>
              <div class="hint" id="feedback-hint" part="hint">${t.t('feedback.textHint')}</div>
              <textarea
                id="feedback-text"
                class="input"
                part="input"
                rows="3"
                maxlength="1000"
                aria-describedby="feedback-hint"
                .value=${live(state.text)}
                @input=${(event: Event) => commands.type(valueOf(event))}
              ></textarea>
            </div>
            ${
              state.status === 'failed'
                ? html`<p id="feedback-result" class="error-message" tabindex="-1" role="alert">${t.t('feedback.failed')}</p>`
                : nothing
            }
            <div class="nav">
              <button type="submit" class="button secondary" part="button" aria-disabled=${state.status === 'sending' ? 'true' : 'false'}>
                ${t.t('feedback.send')}
              </button>
            </div>
          </form>`
    }
  </section>`;
}
