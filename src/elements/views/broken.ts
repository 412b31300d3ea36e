import { html, type TemplateResult } from 'lit';
import type { DefinitionIssue } from '../../definition/definition-issue.js';
import type { Translator } from '../../i18n/translator.js';

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
