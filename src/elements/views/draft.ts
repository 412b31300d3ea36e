import { html, nothing, type TemplateResult } from 'lit';
import type { Definition } from '../../definition/schema.js';
import type { MessageKey } from '../../i18n/messages-de.js';
import type { Translator } from '../../i18n/translator.js';
import type { DraftNotice } from '../../model/snapshot.js';
import { leftOffDevice } from '../../submission/drafts.js';

/** What became of an earlier draft: restored (and which files to add again), expired or no longer fitting. */
export function renderDraftNotice(draft: DraftNotice, t: Translator): TemplateResult {
  return html`<div class="status-panel info" part="draft-notice">
    ${draft.notice ? html`<p>${t.t(`draft.${draft.notice}`)}</p>` : html`<p>${t.t('draft.restored')}</p>`}
    ${draft.filesDropped ? html`<p>${t.t('draft.filesAgain')}</p>` : nothing}
  </div>`;
}

/** The sentences naming what a device draft of this form leaves out; none when it keeps everything. */
export function notKeptOnDevice(definition: Definition): MessageKey[] {
  const left = leftOffDevice(definition);
  const keys: MessageKey[] = [];
  if (left.files) keys.push('draft.notKept.files');
  if (left.sensitive) keys.push(left.bank ? 'draft.notKept.bank' : 'draft.notKept.sensitive');
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
