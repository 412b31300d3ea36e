import { html, nothing, type TemplateResult } from 'lit';
import type { AssistantModel } from '../../model/assistant-model.js';
import { parseFieldPath } from '../../model/field-path.js';
import type { Translator } from '../../i18n/translator.js';
import type { FieldIssue } from '../../model/validate-field.js';
import { issueMessage } from '../issue-message.js';
import { focusTargetId } from '../fields/render-field.js';

/**
 * The GOV.UK error summary: focusable container, an inner `role="alert"` (announced by NVDA and JAWS when
 * it appears), one link per problem. `onLink` focuses the field; hrefs stay for copy/paste and middle-click.
 */
export function renderErrorSummary(
  model: AssistantModel,
  issues: readonly FieldIssue[],
  t: Translator,
  onLink: (fieldId: string, part?: string) => void,
): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  // A repeated item's question names its item, since "Name des Hundes" alone does not say which dog.
  const itemName = (fieldId: string) => {
    const path = parseFieldPath(fieldId);
    const repeat = path?.item && model.field(path.top);
    return path?.item && repeat?.type === 'repeat' ? `${t.text(repeat.itemLabel)} ${t.formatNumber(path.item.index + 1)}: ` : '';
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      <h3 class="error-summary-title" id="error-summary-title">${t.t('errorSummary.title')}</h3>
      <ul class="error-summary-list">
        ${issues.map((issue) => {
          const field = model.field(issue.fieldId);
          if (!field) return nothing;
          const follow = (e: Event) => {
            e.preventDefault();
            onLink(issue.fieldId, issue.part);
          };
          return html`<li>
            <a href="#${focusTargetId(field, issue.part)}" @click=${follow}
              >${itemName(issue.fieldId)}${issueMessage(model.definition, field, issue, t)}</a
            >
          </li>`;
        })}
      </ul>
    </div>
  </div>`;
}
