import { partsOf } from '../../model/field-value.js';
import { controlId, valueId } from '../dom-ids.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Question } from '../../definition/schema.js';
import { addressParts, type AddressPart } from '../../model/field-value.js';
import { answerDirection, describedBy, hintAndError, labelText, partDescribedBy, partsFrom, text, type FieldContext } from './field-parts.js';

/**
 * Day, month and year as three text fields in one fieldset (GOV.UK "date input"), for dates people know
 * by heart. The answer keeps what was typed ("1980-5-17"); validation and the payload normalise it.
 */
export function memorableDate(field: Question & { type: 'date' }, ctx: FieldContext): TemplateResult {
  const [year = '', month = '', day = ''] = text(ctx) ? text(ctx).split('-') : [];
  const parts = { day, month, year };
  const update = (event: Event) => {
    const read = partsFrom(event, field.id, ['day', 'month', 'year'], (value) => value.replace(/\D/gu, ''));
    ctx.input(field.id, read.day || read.month || read.year ? `${read.year}-${read.month}-${read.day}` : '');
  };
  const input = (part: keyof typeof parts, width: string, autocomplete: string) =>
    html`<div class="date-part">
      <label class="date-label" for=${controlId(field.id, part)}>${ctx.t.t(`date.${part}`)}</label>
      <input
        id=${controlId(field.id, part)}
        class="input ${width}"
        part="input"
        type="text"
        inputmode="numeric"
        name="${field.id}-${part}"
        .value=${live(parts[part])}
        autocomplete=${ifDefined(field.autocomplete === 'bday' ? autocomplete : undefined)}
        aria-describedby=${ifDefined(partDescribedBy(field, ctx))}
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

const ADDRESS_AUTOCOMPLETE: Record<AddressPart, string | undefined> = {
  strasse: 'address-line1',
  hausnummer: undefined,
  plz: 'postal-code',
  ort: 'address-level2',
};

/** Street, house number, postcode and town in one fieldset; the answer is one object. */
export function address(field: Question & { type: 'address' }, ctx: FieldContext): TemplateResult {
  const parts = partsOf(ctx.value);
  const invalidPart = ctx.error ? (ctx.errorPart ?? 'strasse') : undefined;
  return html`<fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(field, ctx))}>
    <legend class="label" part="label">${labelText(field, ctx)}</legend>
    ${hintAndError(field, ctx)}
    <div class="address">
      ${addressParts.map(
        (part) =>
          html`<div class="address-part ${part}">
            <label class="date-label" for=${controlId(field.id, part)}>${ctx.t.t(`address.${part}`)}</label>
            <input
              id=${controlId(field.id, part)}
              class="input"
              part="input"
              type="text"
              name="${field.id}-${part}"
              inputmode=${ifDefined(part === 'plz' ? 'numeric' : undefined)}
              autocomplete=${ifDefined(ADDRESS_AUTOCOMPLETE[part])}
              .value=${live(parts[part] ?? '')}
              aria-describedby=${ifDefined(invalidPart === part ? partDescribedBy(field, ctx) : undefined)}
              dir=${ifDefined(answerDirection(parts[part] ?? ''))}
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
export function location(field: Question & { type: 'location' }, ctx: FieldContext): TemplateResult {
  const parts = partsOf(ctx.value);
  const found = parts.latitude !== undefined && parts.longitude !== undefined;
  // Five decimals place a point to about a metre; more would pretend a precision phones do not have.
  const coordinate = (value: string | undefined) =>
    new Intl.NumberFormat(ctx.t.language, { maximumFractionDigits: 5 }).format(Number(value));
  return html`<fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(field, ctx))}>
    <legend class="label" part="label">${labelText(field, ctx)}</legend>
    ${hintAndError(field, ctx)}
    ${
      found
        ? html`<p class="location-value" id=${valueId(field.id)}>
            ${ctx.t.t('location.value', {
              latitude: coordinate(parts.latitude),
              longitude: coordinate(parts.longitude),
              accuracy: ctx.t.formatNumber(Math.round(Number(parts.accuracy))),
            })}
            <button type="button" class="link-button" @click=${() => ctx.input(field.id, {})}>${ctx.t.t('location.remove')}</button>
          </p>`
        : nothing
    }
    <button type="button" class="button secondary" id=${controlId(field.id)} part="button" @click=${() => ctx.locate?.(field.id)}>
      ${ctx.t.t(found ? 'location.again' : 'location.use')}
    </button>
  </fieldset>`;
}
