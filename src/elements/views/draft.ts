import { html, nothing, type TemplateResult } from 'lit';
import type { Definition, Field, RepeatField } from '../../definition/schema.js';
import type { MessageKey } from '../../i18n/messages-de.js';
import type { Translator } from '../../i18n/translator.js';
import { allFields } from '../../model/derive.js';
import type { DraftNotice } from '../../model/snapshot.js';

/** What became of an earlier draft: restored (and which files to add again), expired or no longer fitting. */
export function renderDraftNotice(draft: DraftNotice, t: Translator): TemplateResult {
  return html`<div class="status-panel info" part="draft-notice">
    ${draft.notice ? html`<p>${t.t(`draft.${draft.notice}`)}</p>` : html`<p>${t.t('draft.restored')}</p>`}
    ${draft.filesDropped ? html`<p>${t.t('draft.filesAgain')}</p>` : nothing}
  </div>`;
}

type AnyField = Field | RepeatField['fields'][number];

/**
 * The sentences naming what a device draft leaves out, for the kinds of data this form asks for: files, and
 * answers marked `sensitive` (named bank details when one is an IBAN or BIC). None when it has neither.
 */
export function notKeptOnDevice(definition: Definition): MessageKey[] {
  const fields: AnyField[] = allFields(definition).flatMap((field) => (field.type === 'repeat' ? [field, ...field.fields] : [field]));
  const sensitive = fields.filter((field) => 'sensitive' in field && field.sensitive === true);
  const bank = sensitive.some((field) => field.type === 'iban' || field.type === 'bic');
  const keys: MessageKey[] = [];
  if (fields.some((field) => field.type === 'file')) keys.push('draft.notKept.files');
  if (sensitive.length > 0) keys.push(bank ? 'draft.notKept.bank' : 'draft.notKept.sensitive');
  return keys;
}

/** The citizen's choice to keep a draft on this device (`drafts="device"`), with what it means for this form. */
export function renderDraftChoice(
  definition: Definition,
  onDevice: boolean,
  expiresAt: number,
  t: Translator,
  choose: (keep: boolean) => void,
): TemplateResult {
  const notKept = notKeptOnDevice(definition).map((key) => t.t(key));
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
      ${t.t('draft.deviceHint', { date: t.formatDate(new Date(expiresAt).toISOString().slice(0, 10)), notKept: notKept.join(' ') })}
    </p>
  </div>`;
}
