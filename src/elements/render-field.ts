import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Field, FieldType, Option, Question } from '../definition/schema.js';
import { addressParts, type AddressPart, type FileRef } from '../model/field-value.js';
import { renderRichText } from './render-rich-text.js';
import type { Translator } from '../i18n/translator.js';
import type { FieldValue } from '../model/field-value.js';

/** What a field renderer needs: its value, the message to show (if any), words, and the two commands. */
export interface FieldContext {
  value: FieldValue | undefined;
  /** Whether an answer is needed now (the field's flag, or its `requiredIf` rule). */
  required: boolean;
  error: string | undefined;
  /** Where a prefilled answer came from ("Aus Ihrem Servicekonto übernommen."), while it is unchanged. */
  note?: string | undefined;
  /** The part of a compound answer the error is about (e.g. "plz" of an address). */
  errorPart?: string | undefined;
  /** For location fields: ask the browser for the position (the shell reports failures as `note`). */
  locate?(fieldId: string): void;
  /** For file fields: adding chosen files and removing one (contents stay with the element). */
  files?: { add(fieldId: string, files: readonly File[]): void; remove(fieldId: string, fileId: string): void };
  /** For a repeat: how many items, how to render one, and the add and remove commands. */
  repeat?: {
    count: number;
    canAdd: boolean;
    canRemove: boolean;
    renderItem(index: number): TemplateResult;
    add(): void;
    remove(index: number): void;
  };
  t: Translator;
  input(fieldId: string, value: FieldValue): void;
  leave(fieldId: string): void;
}

/** The id of the control an error-summary link focuses (the first option of a group). */
export function controlId(field: Field, part?: string): string {
  if (field.type === 'date' && field.memorable) return `f-${field.id}-day`;
  if (field.type === 'address') return `f-${field.id}-${part ?? 'strasse'}`;
  return isGroup(field) ? `f-${field.id}-0` : `f-${field.id}`;
}

/** Fields rendered as a `<fieldset>` with a `<legend>`: a group of native controls under one question. */
export function isGroup(field: Field): boolean {
  return (
    field.type === 'radio' ||
    field.type === 'checkboxes' ||
    field.type === 'address' ||
    field.type === 'repeat' ||
    (field.type === 'date' && field.memorable === true)
  );
}

const describedBy = (field: Question, ctx: FieldContext, extra = '') =>
  // Hint first, then error: screen readers (NVDA, VoiceOver) read the description in this order.
  [field.hint ? `f-${field.id}-hint` : '', ctx.note ? `f-${field.id}-note` : '', ctx.error ? `f-${field.id}-error` : '', extra]
    .filter(Boolean)
    .join(' ') || undefined;

/**
 * GOV.UK's character count: the limit is not enforced with `maxlength` (pasting more must not cut text
 * silently); the count says how many characters are left or too many, read with the field's description.
 */
function characterCount(field: Question & { maxLength?: number | undefined }, ctx: FieldContext): TemplateResult | typeof nothing {
  if (field.maxLength === undefined) return nothing;
  const left = field.maxLength - text(ctx).length;
  return html`<div class="char-count ${left < 0 ? 'over' : ''}" id="f-${field.id}-count" part="hint">
    ${left >= 0 ? ctx.t.t('charactersLeft', { count: left }) : ctx.t.t('charactersTooMany', { count: -left })}
  </div>`;
}

const text = (ctx: FieldContext) => (typeof ctx.value === 'string' ? ctx.value : '');

function hintAndError(field: Question, ctx: FieldContext): TemplateResult {
  return html`${field.hint ? html`<div class="hint" id="f-${field.id}-hint" part="hint">${renderRichText(ctx.t.text(field.hint))}</div>` : nothing}
  ${ctx.note ? html`<div class="prefill-note" id="f-${field.id}-note" part="hint">${ctx.note}</div>` : nothing}
  ${
    ctx.error
      ? html`<p class="error-message" id="f-${field.id}-error" part="error">
          <span class="visually-hidden">${ctx.t.t('errorPrefix')}</span> ${ctx.error}
        </p>`
      : nothing
  }`;
}

function labelText(field: Question, ctx: FieldContext): TemplateResult {
  return html`${ctx.t.text(field.label)}${ctx.required ? nothing : html` <span class="optional">${ctx.t.t('optional')}</span>`}`;
}

function inputField(
  field: Question,
  ctx: FieldContext,
  attrs: { type: string; inputmode?: string; autocomplete?: string; suffix?: string; width?: string; spellcheck?: boolean },
): TemplateResult {
  const onInput = (e: Event) => ctx.input(field.id, (e.target as HTMLInputElement).value);
  return html`<label class="label" for="f-${field.id}" part="label">${labelText(field, ctx)}</label>
    ${hintAndError(field, ctx)}
    <div class="input-row">
      <input
        id="f-${field.id}"
        class="input ${attrs.width ?? ''}"
        part="input"
        name=${field.id}
        type=${attrs.type}
        .value=${live(text(ctx))}
        inputmode=${ifDefined(attrs.inputmode)}
        autocomplete=${ifDefined(attrs.autocomplete)}
        spellcheck=${ifDefined((field.type === 'text' && field.spellcheck === false) || attrs.spellcheck === false ? 'false' : undefined)}
        aria-describedby=${ifDefined(describedBy(field, ctx))}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        ?required=${ctx.required}
        @input=${onInput}
      />${attrs.suffix ? html`<span class="suffix">${attrs.suffix}</span>` : nothing}
    </div>`;
}

function choices(field: Question & { options: readonly Option[] }, ctx: FieldContext, kind: 'radio' | 'checkbox'): TemplateResult {
  const selected = kind === 'radio' ? [text(ctx)] : Array.isArray(ctx.value) ? (ctx.value as readonly string[]) : [];
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
              id="f-${field.id}-${i}"
              type=${kind}
              name=${field.id}
              .value=${option.value}
              .checked=${live(selected.includes(option.value))}
              aria-invalid=${ctx.error ? 'true' : 'false'}
              @change=${(e: Event) => toggle(option.value, (e.target as HTMLInputElement).checked)}
            />
            <label for="f-${field.id}-${i}">${ctx.t.text(option.label)}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/**
 * Reads every part of a compound answer from its inputs, not from the last render: browser autofill sets
 * several parts (address, birthday) in one go, before the assistant re-renders in between.
 */
function partsFrom<P extends string>(
  event: Event,
  fieldId: string,
  parts: readonly P[],
  clean = (value: string) => value,
): Record<P, string> {
  const group = (event.target as HTMLElement).closest('fieldset')!;
  const read = {} as Record<P, string>;
  for (const part of parts) read[part] = clean(group.querySelector<HTMLInputElement>(`[name="${fieldId}-${part}"]`)?.value ?? '');
  return read;
}

/**
 * Day, month and year as three text fields in one fieldset (GOV.UK "date input"), for dates people know
 * by heart. The answer keeps what was typed ("1980-5-17"); validation and the payload normalise it.
 */
function memorableDate(field: Question & { type: 'date' }, ctx: FieldContext): TemplateResult {
  const [year = '', month = '', day = ''] = text(ctx) ? text(ctx).split('-') : [];
  const parts = { day, month, year };
  const update = (event: Event) => {
    const read = partsFrom(event, field.id, ['day', 'month', 'year'], (value) => value.replace(/\D/gu, ''));
    ctx.input(field.id, read.day || read.month || read.year ? `${read.year}-${read.month}-${read.day}` : '');
  };
  const input = (part: keyof typeof parts, width: string, autocomplete: string) =>
    html`<div class="date-part">
      <label class="date-label" for="f-${field.id}-${part}">${ctx.t.t(`date.${part}`)}</label>
      <input
        id="f-${field.id}-${part}"
        class="input ${width}"
        part="input"
        type="text"
        inputmode="numeric"
        name="${field.id}-${part}"
        .value=${live(parts[part])}
        autocomplete=${ifDefined(field.autocomplete === 'bday' ? autocomplete : undefined)}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        @input=${update}
      />
    </div>`;
  return html`<fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(field, ctx))}>
    <legend class="label" part="label">${labelText(field, ctx)}</legend>
    ${hintAndError(field, ctx)}
    <div class="date-inputs">
      ${input('day', 'date-2', 'bday-day')} ${input('month', 'date-2', 'bday-month')} ${input('year', 'date-4', 'bday-year')}
    </div>
  </fieldset>`;
}

/** One checkbox whose label is the statement agreed to (a declaration, a consent). */
function singleCheckbox(field: Question, ctx: FieldContext): TemplateResult {
  return html`${hintAndError(field, ctx)}
    <div class="choice single">
      <input
        id="f-${field.id}"
        type="checkbox"
        name=${field.id}
        .checked=${live(ctx.value === true)}
        aria-describedby=${ifDefined(describedBy(field, ctx))}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        ?required=${ctx.required}
        @change=${(e: Event) => ctx.input(field.id, (e.target as HTMLInputElement).checked)}
      />
      <label for="f-${field.id}">${labelText(field, ctx)}</label>
    </div>`;
}

const ADDRESS_AUTOCOMPLETE: Record<AddressPart, string | undefined> = {
  strasse: 'address-line1',
  hausnummer: undefined,
  plz: 'postal-code',
  ort: 'address-level2',
};

/** Street, house number, postcode and town in one fieldset; the answer is one object. */
function address(field: Question & { type: 'address' }, ctx: FieldContext): TemplateResult {
  const parts = (ctx.value && typeof ctx.value === 'object' && !Array.isArray(ctx.value) ? ctx.value : {}) as Partial<
    Record<AddressPart, string>
  >;
  const invalidPart = ctx.error ? (ctx.errorPart ?? 'strasse') : undefined;
  return html`<fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(field, ctx))}>
    <legend class="label" part="label">${labelText(field, ctx)}</legend>
    ${hintAndError(field, ctx)}
    <div class="address">
      ${addressParts.map(
        (part) =>
          html`<div class="address-part ${part}">
            <label class="date-label" for="f-${field.id}-${part}">${ctx.t.t(`address.${part}`)}</label>
            <input
              id="f-${field.id}-${part}"
              class="input"
              part="input"
              type="text"
              name="${field.id}-${part}"
              inputmode=${ifDefined(part === 'plz' ? 'numeric' : undefined)}
              autocomplete=${ifDefined(ADDRESS_AUTOCOMPLETE[part])}
              .value=${live(parts[part] ?? '')}
              aria-invalid=${invalidPart === part ? 'true' : 'false'}
              @input=${(e: Event) => ctx.input(field.id, partsFrom(e, field.id, addressParts))}
            />
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/**
 * "Meinen Standort verwenden": the browser asks the citizen's permission; nothing happens without the
 * press. The button stays the same element, so focus stays on it when the position arrives.
 */
function location(field: Question & { type: 'location' }, ctx: FieldContext): TemplateResult {
  const parts = (ctx.value && typeof ctx.value === 'object' && !Array.isArray(ctx.value) ? ctx.value : {}) as Partial<
    Record<string, string>
  >;
  const found = parts.latitude !== undefined && parts.longitude !== undefined;
  // Five decimals place a point to about a metre; more would pretend a precision phones do not have.
  const coordinate = (value: string | undefined) =>
    new Intl.NumberFormat(ctx.t.language, { maximumFractionDigits: 5 }).format(Number(value));
  return html`<fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(field, ctx))}>
    <legend class="label" part="label">${labelText(field, ctx)}</legend>
    ${hintAndError(field, ctx)}
    ${
      found
        ? html`<p class="location-value" id="f-${field.id}-value">
            ${ctx.t.t('location.value', {
              latitude: coordinate(parts.latitude),
              longitude: coordinate(parts.longitude),
              accuracy: ctx.t.formatNumber(Math.round(Number(parts.accuracy))),
            })}
            <button type="button" class="link-button" @click=${() => ctx.input(field.id, {})}>${ctx.t.t('location.remove')}</button>
          </p>`
        : nothing
    }
    <button type="button" class="button secondary" id="f-${field.id}" part="button" @click=${() => ctx.locate?.(field.id)}>
      ${ctx.t.t(found ? 'location.again' : 'location.use')}
    </button>
  </fieldset>`;
}

/** A file size as people read it: "850 KB", "1,2 MB". */
function fileSize(bytes: number, t: FieldContext['t']): string {
  return bytes < 1024 * 1024
    ? `${t.formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${t.formatNumber(Math.round(bytes / 104857.6) / 10)} MB`;
}

/**
 * GOV.UK file upload: a native file input (its button is the browser's, in the browser's language), then
 * the chosen files with name, size and a remove button that names the file for screen readers.
 */
function fileUpload(field: Question & { type: 'file' }, ctx: FieldContext): TemplateResult {
  const files = (Array.isArray(ctx.value) ? ctx.value : []) as readonly FileRef[];
  const onChange = (e: Event) => {
    const input = e.target as HTMLInputElement;
    ctx.files?.add(field.id, [...(input.files ?? [])]);
    // Clear the input, so choosing the same file again after removing it fires "change" again.
    input.value = '';
  };
  return html`<label class="label" for="f-${field.id}" part="label">${labelText(field, ctx)}</label>
    ${hintAndError(field, ctx)}
    <input
      id="f-${field.id}"
      class="file-input"
      part="input"
      type="file"
      name=${field.id}
      accept=${field.accept.join(',')}
      ?multiple=${(field.maxFiles ?? 1) > 1}
      aria-describedby=${ifDefined(describedBy(field, ctx))}
      aria-invalid=${ctx.error ? 'true' : 'false'}
      @change=${onChange}
    />
    ${
      files.length > 0
        ? html`<ul class="file-list" aria-label=${ctx.t.t('file.selected')}>
            ${files.map(
              (file) =>
                html`<li>
                  <span class="file-name">${file.name}</span> <span class="file-size">(${fileSize(file.size, ctx.t)})</span>
                  <button type="button" class="link-button" @click=${() => ctx.files?.remove(field.id, file.id)}>
                    ${ctx.t.t('file.remove')}<span class="visually-hidden"> ${file.name}</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }`;
}

/**
 * A list of items: each a fieldset named "Hund 2" with a remove button naming the item for screen
 * readers, then the add button. Focus after adding and removing is moved by the shell.
 */
function repeat(field: Question & { type: 'repeat' }, ctx: FieldContext): TemplateResult {
  const list = ctx.repeat!;
  const itemName = (index: number) => `${ctx.t.text(field.itemLabel)} ${ctx.t.formatNumber(index + 1)}`;
  return html`<fieldset class="fieldset repeat" aria-describedby=${ifDefined(describedBy(field, ctx))}>
    <legend class="label" part="label">${ctx.t.text(field.label)}</legend>
    ${hintAndError(field, ctx)}
    ${Array.from(
      { length: list.count },
      (_, index) =>
        html`<fieldset class="fieldset repeat-item" part="repeat-item">
          <legend class="repeat-item-label">${itemName(index)}</legend>
          ${list.renderItem(index)}
          ${
            list.canRemove
              ? html`<button type="button" class="button secondary" part="button" @click=${() => list.remove(index)}>
                  ${ctx.t.t('repeat.remove')}<span class="visually-hidden"> ${itemName(index)}</span>
                </button>`
              : nothing
          }
        </fieldset>`,
    )}
    ${
      list.canAdd
        ? html`<button type="button" class="button secondary" id="f-${field.id}-add" part="button" @click=${list.add}>
            ${ctx.t.text(field.addLabel)}
          </button>`
        : nothing
    }
  </fieldset>`;
}

const renderers = {
  text: (field, ctx) =>
    inputField(field, ctx, {
      type: 'text',
      inputmode: field.inputmode,
      autocomplete: field.autocomplete,
      width: field.maxLength && field.maxLength <= 10 ? 'narrow' : '',
    }),
  email: (field, ctx) => inputField(field, ctx, { type: 'email', autocomplete: field.autocomplete ?? 'email' }),
  tel: (field, ctx) => inputField(field, ctx, { type: 'tel', autocomplete: field.autocomplete ?? 'tel', width: 'medium' }),
  // type="number" mangles "2,5" in German locales and changes values on scroll; GOV.UK advises text + inputmode.
  number: (field, ctx) => inputField(field, ctx, { type: 'text', inputmode: 'decimal', suffix: ctx.t.text(field.unit), width: 'narrow' }),
  date: (field, ctx) =>
    field.memorable
      ? memorableDate(field, ctx)
      : inputField(field, ctx, { type: 'date', autocomplete: field.autocomplete, width: 'medium' }),
  time: (field, ctx) => inputField(field, ctx, { type: 'time', width: 'narrow' }),
  textarea: (field, ctx) =>
    html`<label class="label" for="f-${field.id}" part="label">${labelText(field, ctx)}</label>
      ${hintAndError(field, ctx)}
      <textarea
        id="f-${field.id}"
        class="input"
        part="input"
        name=${field.id}
        rows=${field.rows ?? 5}
        .value=${live(text(ctx))}
        aria-describedby=${ifDefined(describedBy(field, ctx, field.maxLength === undefined ? '' : `f-${field.id}-count`))}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        ?required=${ctx.required}
        @input=${(e: Event) => ctx.input(field.id, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${characterCount(field, ctx)}`,
  select: (field, ctx) =>
    html`<label class="label" for="f-${field.id}" part="label">${labelText(field, ctx)}</label>
      ${hintAndError(field, ctx)}
      <select
        id="f-${field.id}"
        class="input select"
        part="input"
        name=${field.id}
        autocomplete=${ifDefined(field.autocomplete)}
        aria-describedby=${ifDefined(describedBy(field, ctx))}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        ?required=${ctx.required}
        @change=${(e: Event) => ctx.input(field.id, (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${text(ctx) === ''}>${ctx.t.t('choose')}</option>
        ${field.options.map((o) => html`<option value=${o.value} ?selected=${text(ctx) === o.value}>${ctx.t.text(o.label)}</option>`)}
      </select>`,
  radio: (field, ctx) => choices(field, ctx, 'radio'),
  checkboxes: (field, ctx) => choices(field, ctx, 'checkbox'),
  checkbox: (field, ctx) => singleCheckbox(field, ctx),
  consent: (field, ctx) =>
    html`${
      field.collapsible
        ? html`<details class="consent-text" part="consent-text">
            <summary>${ctx.t.t('consent.show')}</summary>
            ${renderRichText(ctx.t.text(field.text))}
          </details>`
        : html`<div class="consent-text" part="consent-text">${renderRichText(ctx.t.text(field.text))}</div>`
    }
    ${singleCheckbox(field, ctx)}`,
  notice: (field, ctx) =>
    html`<div class="notice ${field.variant === 'warning' ? 'warning' : 'info'}" part="notice">
      <span class="notice-icon" aria-hidden="true">${field.variant === 'warning' ? '!' : 'i'}</span>
      <div class="notice-body">
        <span class="visually-hidden">${ctx.t.t(field.variant === 'warning' ? 'notice.warning' : 'notice.info')}</span>
        ${field.label ? html`<strong class="notice-title">${ctx.t.text(field.label)}</strong>` : nothing}
        ${renderRichText(ctx.t.text(field.text))}
      </div>
    </div>`,
  address: (field, ctx) => address(field, ctx),
  iban: (field, ctx) => inputField(field, ctx, { type: 'text', autocomplete: 'off', width: 'iban', spellcheck: false }),
  bic: (field, ctx) => inputField(field, ctx, { type: 'text', autocomplete: 'off', width: 'medium', spellcheck: false }),
  repeat: (field, ctx) => repeat(field, ctx),
  file: (field, ctx) => fileUpload(field, ctx),
  location: (field, ctx) => location(field, ctx),
} satisfies { [T in FieldType]: (field: Extract<Field, { type: T }>, ctx: FieldContext) => TemplateResult };

/** Renders one question with its label, hint and error, as native controls in the assistant's shadow root. */
export function renderField(field: Field, ctx: FieldContext): TemplateResult {
  const render = renderers[field.type] as (field: Field, ctx: FieldContext) => TemplateResult;
  const leave = (e: FocusEvent) => {
    // Focus moving between the options of one group is not leaving the question.
    if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) ctx.leave(field.id);
  };
  return html`<div class="field ${ctx.error ? 'has-error' : ''}" part="field" data-field=${field.id} @focusout=${leave}>
    ${render(field, ctx)}
  </div>`;
}
