import { html, nothing, type TemplateResult } from 'lit';
import type { Definition } from '../definition/schema.js';
import type { Translator } from '../i18n/translator.js';
import type { FieldIssue } from '../model/validate-field.js';
import { fieldById } from '../model/repeat.js';
import { issueMessage } from './issue-message.js';
import { controlId } from './render-field.js';

/**
 * The GOV.UK error summary: focusable container, an inner `role="alert"` (announced by NVDA and JAWS when
 * it appears), one link per problem. `onLink` focuses the field; hrefs stay for copy/paste and middle-click.
 */
export function renderErrorSummary(
  definition: Definition,
  issues: readonly FieldIssue[],
  t: Translator,
  onLink: (fieldId: string, part?: string) => void,
): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  // A repeated item's question names its item, since "Name des Hundes" alone does not say which dog.
  const itemName = (fieldId: string) => {
    const [top, index] = fieldId.split('.');
    const repeat = index === undefined ? undefined : fieldById(definition, top!);
    return repeat?.type === 'repeat' ? `${t.text(repeat.itemLabel)} ${t.formatNumber(Number(index) + 1)}: ` : '';
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      <h3 class="error-summary-title" id="error-summary-title">${t.t('errorSummary.title')}</h3>
      <ul class="error-summary-list">
        ${issues.map((issue) => {
          const field = fieldById(definition, issue.fieldId);
          if (!field) return nothing;
          const follow = (e: Event) => {
            e.preventDefault();
            onLink(issue.fieldId, issue.part);
          };
          return html`<li>
            <a href="#${controlId(field, issue.part)}" @click=${follow}
              >${itemName(issue.fieldId)}${issueMessage(definition, field, issue, t)}</a
            >
          </li>`;
        })}
      </ul>
    </div>
  </div>`;
}
