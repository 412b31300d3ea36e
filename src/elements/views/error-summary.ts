import { html, nothing, type TemplateResult } from 'lit';
import type { AssistantModel } from '../../model/assistant-model.js';
import { itemId, parseFieldPath } from '../../model/field-path.js';
import type { Translator } from '../../i18n/translator.js';
import type { FieldIssue } from '../../model/validate-field.js';
import { issueMessage } from '../issue-message.js';
import { focusTargetId } from '../fields/render-field.js';
import { itemName } from '../fields/list-fields.js';

/**
 * The GOV.UK error summary, taking focus after a failed "Weiter": a group named by its title and described
 * by its list, so the focus alone says "Es gibt ein Problem" and then every problem, once and in order.
 * No `role="alert"` (GOV.UK keeps one inside): alert and focus raced, and Orca read the pieces in a
 * different order each time, most twice. `onLink` focuses the field. The hrefs make the links links
 * (focusable, announced, Enter follows them); copied or opened in a new tab they lead to the page only,
 * because a fragment does not reach into the shadow root where the fields live.
 */
export function renderErrorSummary(
  model: AssistantModel,
  issues: readonly FieldIssue[],
  t: Translator,
  onLink: (fieldId: string, part?: string) => void,
): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  // A repeated item's question names its item, since "Name des Hundes" alone does not say which dog
  // ("Kind 1, Schule 2: " inside a repeat in an item).
  const itemOf = (fieldId: string) => {
    const path = parseFieldPath(fieldId);
    const names: string[] = [];
    let holder = path?.top ?? '';
    for (const { index, field } of path?.items ?? []) {
      const repeat = model.field(holder);
      if (repeat?.type === 'repeat') names.push(itemName(repeat, index, t));
      holder = itemId(holder, index, field);
    }
    return names.length > 0 ? `${names.join(t.t('listSeparator'))}: ` : '';
  };
  return html`<div
    class="error-summary"
    part="error-summary"
    role="group"
    aria-labelledby="error-summary-title"
    aria-describedby="error-summary-list"
    tabindex="-1"
  >
    <h3 class="error-summary-title" id="error-summary-title">${t.t('errorSummary.title')}</h3>
    <ul class="error-summary-list" id="error-summary-list">
      ${issues.map((issue) => {
        const field = model.field(issue.fieldId);
        if (!field) return nothing;
        const follow = (e: Event) => {
          e.preventDefault();
          onLink(issue.fieldId, issue.part);
        };
        return html`<li>
          <a href="#${focusTargetId(field, issue.part)}" @click=${follow}
            >${itemOf(issue.fieldId)}${issueMessage(model.definition, field, issue, t)}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}
