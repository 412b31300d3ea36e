import { html, type TemplateResult } from 'lit';
import type { DefinitionIssue } from '../../definition/definition-issue.js';
import type { Translator } from '../../i18n/translator.js';
import { renderContact, type AuthorityContact } from './contact.js';

/**
 * What a broken definition shows: a short notice for citizens with the authority's contact when the
 * definition names it, and, folded away for the municipal developer, every problem with its JSON pointer
 * (also logged to the console).
 */
export function renderBroken(issues: readonly DefinitionIssue[], authority: AuthorityContact, t: Translator): TemplateResult {
  return html`<div class="status-panel" role="alert" part="definition-error">
    <h3>${t.t('broken.title')}</h3>
    <p>${t.t('broken.text')}</p>
    ${renderContact(authority, t)}
    <details class="developer-details">
      <summary>${t.t('broken.details', { count: issues.length })}</summary>
      <ul class="developer-issues" dir="ltr">
        ${issues.map((issue) => html`<li><code>${issue.pointer || '/'}</code>: ${issue.message}</li>`)}
      </ul>
    </details>
  </div>`;
}

/**
 * The notice on every page while the element has no `endpoint`: the citizen may fill in the form (the
 * answers are kept like any draft) but learns before "Absenden" that it cannot be sent now, and whom to ask.
 */
export function renderSetupNotice(authority: AuthorityContact, t: Translator): TemplateResult {
  return html`<div class="status-panel" part="status" role="region" aria-labelledby="setup-title">
    <h3 id="setup-title">${t.t('setup.title')}</h3>
    <p>${t.t('setup.text')}</p>
    <p>${t.t('broken.text')}</p>
    ${renderContact(authority, t)}
  </div>`;
}
