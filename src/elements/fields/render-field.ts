import { controlId, countId } from '../dom-ids.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Field, FieldType, Question } from '../../definition/schema.js';
import {
  answerDirection,
  characterCount,
  valueOf,
  describedBy,
  errorOf,
  fieldBox,
  hintOf,
  inputField,
  itemOf,
  leaveOf,
  noteOf,
  optionalOf,
  singleCheckbox,
  text,
  type FieldContext,
} from './field-parts.js';
import { address, location, memorableDate } from './compound-fields.js';
import { choices, fileUpload, group, repeat } from './list-fields.js';
import { definitionRichText, definitionText, inLanguage } from '../definition-text.js';

export type { FieldContext } from './field-parts.js';

/** The id of the control an error-summary link focuses (the first option of a group). */
export function focusTargetId(field: Field, part?: string): string {
  if (field.type === 'date' && field.memorable) return controlId(field.id, 'day');
  if (field.type === 'address') return controlId(field.id, part ?? 'strasse');
  return isGroup(field) ? controlId(field.id, 0) : controlId(field.id);
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
  number: (field, ctx) =>
    inputField(field, ctx, { type: 'text', inputmode: 'decimal', suffix: definitionText(ctx.t, field.unit), width: 'narrow' }),
  date: (field, ctx) =>
    field.memorable
      ? fieldBox(field, ctx, memorableDate(field, ctx))
      : inputField(field, ctx, { type: 'date', autocomplete: field.autocomplete, width: 'medium' }),
  time: (field, ctx) => inputField(field, ctx, { type: 'time', width: 'narrow' }),
  // Like inputField, flat: box, label, hint, error and control in one template.
  textarea: (field, ctx) =>
    html`<div class="field ${ctx.error ? 'has-error' : ''}" part="field" data-field=${field.id} @focusout=${leaveOf(field, ctx)}>
      <label class="label" for=${controlId(field.id)} part="label"
        >${definitionText(ctx.t, field.label)}${optionalOf(ctx)}${itemOf(ctx)}</label
      >
      ${hintOf(field, ctx)}${noteOf(field, ctx)}${errorOf(field, ctx)}
      <textarea
        id=${controlId(field.id)}
        class="input"
        part="input"
        name=${field.id}
        rows=${field.rows ?? 5}
        .value=${live(text(ctx))}
        dir=${ifDefined(answerDirection(text(ctx)))}
        aria-describedby=${ifDefined(describedBy(field, ctx, field.maxLength === undefined ? '' : countId(field.id)))}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        ?required=${ctx.required}
        @input=${(e: Event) => ctx.input(field.id, valueOf(e))}
      ></textarea>
      ${characterCount(field, ctx)}
    </div>`,
  select: (field, ctx) =>
    html`<div class="field ${ctx.error ? 'has-error' : ''}" part="field" data-field=${field.id} @focusout=${leaveOf(field, ctx)}>
      <label class="label" for=${controlId(field.id)} part="label"
        >${definitionText(ctx.t, field.label)}${optionalOf(ctx)}${itemOf(ctx)}</label
      >
      ${hintOf(field, ctx)}${noteOf(field, ctx)}${errorOf(field, ctx)}
      <select
        id=${controlId(field.id)}
        class="input select"
        part="input"
        name=${field.id}
        autocomplete=${ifDefined(field.autocomplete)}
        aria-describedby=${ifDefined(describedBy(field, ctx))}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        ?required=${ctx.required}
        @change=${(e: Event) => ctx.input(field.id, valueOf(e))}
      >
        <option value="" ?selected=${text(ctx) === ''}>${ctx.t.t('choose')}</option>
        ${field.options.map((o) => html`<option value=${o.value} lang=${ifDefined(ctx.t.textLanguage(o.label))} ?selected=${text(ctx) === o.value}>${ctx.t.text(o.label)}</option>`)}
      </select>
    </div>`,
  radio: (field, ctx) => fieldBox(field, ctx, choices(field, ctx, 'radio')),
  checkboxes: (field, ctx) => fieldBox(field, ctx, choices(field, ctx, 'checkbox')),
  checkbox: (field, ctx) => fieldBox(field, ctx, singleCheckbox(field, ctx)),
  consent: (field, ctx) =>
    fieldBox(
      field,
      ctx,
      html`${
        field.collapsible
          ? html`<details class="consent-text" part="consent-text">
              <summary>${field.foldLabel ? definitionText(ctx.t, field.foldLabel) : foldName(field, ctx)}</summary>
              ${definitionRichText(ctx.t, field.text)}
            </details>`
          : html`<div class="consent-text" part="consent-text">${definitionRichText(ctx.t, field.text)}</div>`
      }
      ${singleCheckbox(field, ctx)}`,
    ),
  notice: (field, ctx) =>
    fieldBox(
      field,
      ctx,
      html`<div class="notice ${field.variant === 'warning' ? 'warning' : 'info'}" part="notice">
        <span class="notice-icon" aria-hidden="true">${field.variant === 'warning' ? '!' : 'i'}</span>
        <div class="notice-body">
          <span class="visually-hidden">${ctx.t.t(field.variant === 'warning' ? 'notice.warning' : 'notice.info')}</span>
          ${field.label ? html`<strong class="notice-title">${definitionText(ctx.t, field.label)}</strong>` : nothing}
          ${definitionRichText(ctx.t, field.text)}
        </div>
      </div>`,
    ),
  address: (field, ctx) => fieldBox(field, ctx, address(field, ctx)),
  iban: (field, ctx) => inputField(field, ctx, { type: 'text', autocomplete: 'off', width: 'iban', spellcheck: false }),
  bic: (field, ctx) => inputField(field, ctx, { type: 'text', autocomplete: 'off', width: 'medium', spellcheck: false }),
  repeat: (field, ctx) => fieldBox(field, ctx, repeat(field, ctx)),
  group: (field, ctx) => fieldBox(field, ctx, group(field, ctx)),
  file: (field, ctx) => fieldBox(field, ctx, fileUpload(field, ctx)),
  location: (field, ctx) => fieldBox(field, ctx, location(field, ctx)),
} satisfies { [T in FieldType]: (field: Extract<Field, { type: T }>, ctx: FieldContext) => TemplateResult };

/**
 * A fold without its own `foldLabel` says what it holds by the statement: "Wortlaut anzeigen: Ich erteile das
 * SEPA-Lastschriftmandat"; the statement keeps its own language inside the interface's words.
 */
function foldName(field: Question, ctx: FieldContext): TemplateResult {
  const marker = '\u0000';
  const [before = '', after = ''] = ctx.t.t('consent.show', { label: marker }).split(marker);
  return html`${before}${inLanguage(ctx.t.textLanguage(field.label), ctx.t.text(field.label).replace(/[.!]$/u, ''))}${after}`;
}

/** Renders one question with its label, hint and error, as native controls in the assistant's shadow root. */
export function renderField(field: Field, ctx: FieldContext): TemplateResult {
  const render = renderers[field.type] as (field: Field, ctx: FieldContext) => TemplateResult;
  return render(field, ctx);
}
