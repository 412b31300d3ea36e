import { addButtonId, controlId, hintId } from '../dom-ids.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { GroupField, LocalizedText, Option, Question } from '../../definition/schema.js';
import type { Translator } from '../../i18n/translator.js';
import { filesOf, listOf } from '../../model/field-value.js';
import { checkedOf, describedBy, hintAndError, labelText, partDescribedBy, text, type FieldContext } from './field-parts.js';
import { definitionText } from '../definition-text.js';

export function choices(field: Question & { options: readonly Option[] }, ctx: FieldContext, kind: 'radio' | 'checkbox'): TemplateResult {
  const selected = kind === 'radio' ? [text(ctx)] : listOf(ctx.value);
  const toggle = (value: string, checked: boolean) => {
    if (kind === 'radio') return ctx.input(field.id, value);
    const next = new Set(checked ? [...selected, value] : selected.filter((v) => v !== value));
    // Keep definition order, so the payload and the review page do not depend on click order.
    ctx.input(
      field.id,
      field.options.map((o) => o.value).filter((v) => next.has(v)),
    );
  };
  return html`<fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(field, ctx))}>
    <legend class="label" part="label">${labelText(field, ctx)}</legend>
    ${hintAndError(field, ctx)}
    <div class="choices ${kind}">
      ${field.options.map(
        (option, i) =>
          html`<div class="choice">
            <input
              id=${controlId(field.id, i)}
              type=${kind}
              name=${field.id}
              .value=${option.value}
              .checked=${live(selected.includes(option.value))}
              aria-describedby=${ifDefined(optionDescribedBy(option, controlId(field.id, i), partDescribedBy(field, ctx)))}
              aria-invalid=${ctx.error ? 'true' : 'false'}
              @change=${(e: Event) => toggle(option.value, checkedOf(e))}
            />
            ${option.hint
              ? html`<div>
                  <label for=${controlId(field.id, i)}>${definitionText(ctx.t, option.label)}</label>
                  <div class="hint choice-hint" id=${`${controlId(field.id, i)}-hint`} part="hint">${definitionText(ctx.t, option.hint)}</div>
                </div>`
              : html`<label for=${controlId(field.id, i)}>${definitionText(ctx.t, option.label)}</label>`}
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/** An option's own hint first (GOV.UK "radio items with hints"), then what the whole question's options share. */
function optionDescribedBy(option: Option, id: string, shared: string | undefined): string | undefined {
  return [option.hint ? `${id}-hint` : undefined, shared].filter(Boolean).join(' ') || undefined;
}

/** A file size as people read it: "850 KB", "1,2 MB". */
function fileSize(bytes: number, t: FieldContext['t']): string {
  return bytes < 1024 * 1024
    ? `${t.formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${t.formatNumber(Math.round(bytes / 104857.6) / 10)} MB`;
}

/**
 * GOV.UK file upload: a native file input, visually hidden but focusable, so Tab, Enter and Space and screen readers
 * reach the browser's own control; its visible face is a second `<label>` drawn as a button, in the form's language
 * ("Datei auswählen", not the browser's "Choose Files"), which also takes dropped files. Then the chosen files with
 * name, size and a remove button that names the file for screen readers. A name is a `<bdi>`, so
 * "2024-05-01 Schlagloch.jpg" keeps its order in the Arabic form.
 */
export function fileUpload(field: Question & { type: 'file' }, ctx: FieldContext): TemplateResult {
  const files = filesOf(ctx.value);
  const onChange = (e: Event) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement)) return;
    ctx.files?.add(field.id, [...(input.files ?? [])]);
    // Clear the input, so choosing the same file again after removing it fires "change" again.
    input.value = '';
  };
  // The native input took dropped files; hidden, it cannot, so its visible face does.
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    ctx.files?.add(field.id, [...(e.dataTransfer?.files ?? [])]);
  };
  const many = (field.maxFiles ?? 1) > 1;
  return html`<label class="label" for=${controlId(field.id)} part="label">${labelText(field, ctx)}</label>
    ${hintAndError(field, ctx)}
    <input
      id=${controlId(field.id)}
      class="file-input"
      part="input"
      type="file"
      name=${field.id}
      accept=${field.accept.join(',')}
      ?multiple=${many}
      aria-describedby=${ifDefined(describedBy(field, ctx))}
      aria-invalid=${ctx.error ? 'true' : 'false'}
      @change=${onChange}
    />
    <label
      class="button secondary file-button"
      for=${controlId(field.id)}
      part="button"
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${onDrop}
      >${ctx.t.t(many ? 'file.chooseMany' : 'file.choose')}</label
    >
    ${
      files.length > 0
        ? html`<ul class="file-list" aria-label=${ctx.t.t('file.selected')}>
            ${files.map(
              (file) =>
                html`<li>
                  <bdi class="file-name">${file.name}</bdi> <span class="file-size">(${fileSize(file.size, ctx.t)})</span>
                  <button type="button" class="link-button" @click=${() => ctx.files?.remove(field.id, file.id)}>
                    ${ctx.t.t('file.remove')}<span class="visually-hidden"> ${file.name}</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }`;
}

/** One item of a repeat as people count it: "Hund 2" (the legend, the removal, the item's questions). */
export const itemName = (repeat: { itemLabel: LocalizedText }, index: number, t: Translator) =>
  `${t.text(repeat.itemLabel)} ${t.formatNumber(index + 1)}`;

/**
 * A list of items: each a fieldset named "Hund 2" with a remove button naming the item for screen
 * readers, then the add button. Focus after adding and removing is moved by the shell.
 */
export function repeat(field: Question & { type: 'repeat' }, ctx: FieldContext): TemplateResult {
  const list = ctx.repeat!;
  return html`<fieldset class="fieldset repeat" aria-describedby=${ifDefined(describedBy(field, ctx))}>
    <legend class="label" part="label">${definitionText(ctx.t, field.label)}</legend>
    ${hintAndError(field, ctx)}
    ${Array.from(
      { length: list.count },
      (_, index) =>
        html`<fieldset class="fieldset repeat-item" part="repeat-item">
          <legend class="repeat-item-label">${itemName(field, index, ctx.t)}</legend>
          ${list.renderItem(index)}
          ${
            list.canRemove
              ? html`<button type="button" class="button secondary" part="button" @click=${() => list.remove(index)}>
                  ${ctx.t.t('repeat.remove')}<span class="visually-hidden"> ${itemName(field, index, ctx.t)}</span>
                </button>`
              : nothing
          }
        </fieldset>`,
    )}
    ${
      list.canAdd
        ? html`<button type="button" class="button secondary" id=${addButtonId(field.id)} part="button" @click=${list.add}>
            ${definitionText(ctx.t, field.addLabel)}
          </button>`
        : nothing
    }
  </fieldset>`;
}

/**
 * A group of questions (decision 0025): a fieldset whose legend says what they are about, and its hint; the
 * questions come rendered in `ctx.content`. Screen readers say the legend when focus enters the group.
 */
export function group(field: GroupField, ctx: FieldContext): TemplateResult {
  return html`<fieldset class="fieldset group" part="group" aria-describedby=${ifDefined(field.hint && hintId(field.id))}>
    <legend class="group-label">${definitionText(ctx.t, field.label)}</legend>
    ${field.hint ? html`<div class="hint" id=${hintId(field.id)} part="hint">${definitionText(ctx.t, field.hint)}</div>` : nothing}
    ${ctx.content}
  </fieldset>`;
}
