import { controlId, countId, errorId, hintId, noteId } from '../dom-ids.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Field, Question } from '../../definition/schema.js';
import type { Translator } from '../../i18n/translator.js';
import type { FieldValue } from '../../model/field-value.js';
import { definitionRichText, definitionText } from '../definition-text.js';

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
  /** The repeated item the question belongs to ("Hund 2"), said after its label. */
  item?: string | undefined;
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
  /** For a group: its questions, rendered. */
  content?: TemplateResult | undefined;
  t: Translator;
  input(fieldId: string, value: FieldValue): void;
  leave(fieldId: string): void;
}

/** The text of the control an event came from (input, textarea or select). */
export function valueOf(event: Event): string {
  const control = event.target;
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement
    ? control.value
    : '';
}

/** Whether the checkbox or radio an event came from is checked. */
export const checkedOf = (event: Event): boolean => event.target instanceof HTMLInputElement && event.target.checked;

export const describedBy = (field: Question, ctx: FieldContext, extra = '') =>
  // Hint first, then error: screen readers (NVDA, VoiceOver) read the description in this order.
  [field.hint ? hintId(field.id) : '', ctx.note ? noteId(field.id) : '', ctx.error ? errorId(field.id) : '', extra]
    .filter(Boolean)
    .join(' ') || undefined;

/**
 * The description of one control inside a group (an option, a date or address part): the question's error.
 * The error-summary link focuses that control, and Chromium does not hand the fieldset's description to
 * it, so NVDA and Orca said only the option's name; the hint stays with the fieldset alone.
 */
export const partDescribedBy = (field: Question, ctx: FieldContext) => (ctx.error ? errorId(field.id) : undefined);

/**
 * GOV.UK's character count: the limit is not enforced with `maxlength` (pasting more must not cut text
 * silently); the count says how many characters are left or too many, read with the field's description.
 */
export function characterCount(field: Question & { maxLength?: number | undefined }, ctx: FieldContext): TemplateResult | typeof nothing {
  if (field.maxLength === undefined) return nothing;
  const left = field.maxLength - text(ctx).length;
  return html`<div class="char-count ${left < 0 ? 'over' : ''}" id=${countId(field.id)} part="hint">
    ${left >= 0 ? ctx.t.t('charactersLeft', { count: left }) : ctx.t.t('charactersTooMany', { count: -left })}
  </div>`;
}

export const text = (ctx: FieldContext) => (typeof ctx.value === 'string' ? ctx.value : '');

/**
 * `dir="auto"` once a text field holds an answer (W3C i18n: user input has a direction of its own): German
 * typed into the Arabic form runs left to right, Arabic right to left. An empty field keeps the page's
 * direction, where Chromium would make an empty `dir="auto"` field left to right, caret on the wrong side.
 */
export const answerDirection = (answer: string): 'auto' | undefined => (answer ? 'auto' : undefined);

/** The question's hint, prefill note and error, each only when there is one (one binding each, no wrapper). */
export function hintAndError(field: Question, ctx: FieldContext): TemplateResult {
  return html`${hintOf(field, ctx)}${noteOf(field, ctx)}${errorOf(field, ctx)}`;
}

export const hintOf = (field: Question, ctx: FieldContext) =>
  field.hint ? html`<div class="hint" id=${hintId(field.id)} part="hint">${definitionRichText(ctx.t, field.hint)}</div>` : nothing;

export const noteOf = (field: Question, ctx: FieldContext) =>
  ctx.note ? html`<div class="prefill-note" id=${noteId(field.id)} part="hint">${ctx.note}</div>` : nothing;

export const errorOf = (field: Question, ctx: FieldContext) =>
  ctx.error
    ? html`<p class="error-message" id=${errorId(field.id)} part="error">
        <span class="visually-hidden">${ctx.t.t('errorPrefix')}</span> ${ctx.error}
      </p>`
    : nothing;

// A no-break space: Chromium leaves a collapsible space next to Lit's part markers out of the accessible
// name, and screen readers said "Anrede(optional)".
export const optionalOf = (ctx: FieldContext) =>
  ctx.required ? nothing : html`<span class="optional">&nbsp;${ctx.t.t('optional')}</span>`;

// A repeated item's question names its item, visually hidden (the item's legend shows it): focus moving
// into "Hund 2" from the summary or a heading list would otherwise say only "Name des Hundes".
export const itemOf = (ctx: FieldContext) => (ctx.item ? html`<span class="visually-hidden">, ${ctx.item}</span>` : nothing);

export function labelText(field: Question, ctx: FieldContext): TemplateResult {
  return html`${definitionText(ctx.t, field.label)}${optionalOf(ctx)}${itemOf(ctx)}`;
}

/** Leaving the question; focus moving between the parts or options of one question is not leaving it. */
export function leaveOf(field: Pick<Field, 'id'>, ctx: FieldContext) {
  return (e: FocusEvent) => {
    const box = e.currentTarget;
    if (!(box instanceof Element && e.relatedTarget instanceof Node && box.contains(e.relatedTarget))) ctx.leave(field.id);
  };
}

/** The box around one question: it shows the error state and notices the citizen leaving the question. */
export function fieldBox(field: Pick<Field, 'id'>, ctx: FieldContext, content: TemplateResult): TemplateResult {
  return html`<div class="field ${ctx.error ? 'has-error' : ''}" part="field" data-field=${field.id} @focusout=${leaveOf(field, ctx)}>
    ${content}
  </div>`;
}

/**
 * A one-line text question (text, email, number, date, …): box, label, hint, error and input in one
 * template. The most common question, so it is built flat: at 500 questions every nested template costs.
 */
export function inputField(
  field: Question,
  ctx: FieldContext,
  attrs: {
    type: string;
    inputmode?: string;
    autocomplete?: string;
    suffix?: TemplateResult | string;
    width?: string;
    spellcheck?: boolean;
  },
): TemplateResult {
  const onInput = (e: Event) => ctx.input(field.id, valueOf(e));
  const answer = text(ctx);
  return html`<div class="field ${ctx.error ? 'has-error' : ''}" part="field" data-field=${field.id} @focusout=${leaveOf(field, ctx)}>
    <label class="label" for=${controlId(field.id)} part="label"
      >${definitionText(ctx.t, field.label)}${optionalOf(ctx)}${itemOf(ctx)}</label
    >
    ${hintOf(field, ctx)}${noteOf(field, ctx)}${errorOf(field, ctx)}
    <div class="input-row">
      <input
        id=${controlId(field.id)}
        class="input ${attrs.width ?? ''}"
        part="input"
        name=${field.id}
        type=${attrs.type}
        .value=${live(answer)}
        dir=${ifDefined(attrs.type === 'date' || attrs.type === 'time' ? undefined : answerDirection(answer))}
        inputmode=${ifDefined(attrs.inputmode)}
        autocomplete=${ifDefined(attrs.autocomplete)}
        spellcheck=${ifDefined((field.type === 'text' && field.spellcheck === false) || attrs.spellcheck === false ? 'false' : undefined)}
        aria-describedby=${ifDefined(describedBy(field, ctx))}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        ?required=${ctx.required}
        ?readonly=${'readonly' in field && field.readonly === true}
        @input=${onInput}
      />${attrs.suffix ? html`<span class="suffix">${attrs.suffix}</span>` : nothing}
    </div>
  </div>`;
}

/**
 * Reads every part of a compound answer from its inputs, not from the last render: browser autofill sets
 * several parts (address, birthday) in one go, before the assistant re-renders in between.
 */
export function partsFrom<P extends string>(
  event: Event,
  fieldId: string,
  parts: readonly P[],
  clean = (value: string) => value,
): Readonly<Record<string, string>> {
  const group = event.target instanceof Element ? event.target.closest('fieldset') : null;
  const read = (part: P) => clean(group?.querySelector<HTMLInputElement>(`[name="${fieldId}-${part}"]`)?.value ?? '');
  return Object.fromEntries(parts.map((part) => [part, read(part)]));
}

/** One checkbox whose label is the statement agreed to (a declaration, a consent). */
export function singleCheckbox(field: Question, ctx: FieldContext): TemplateResult {
  return html`${hintAndError(field, ctx)}
    <div class="choice single">
      <input
        id=${controlId(field.id)}
        type="checkbox"
        name=${field.id}
        .checked=${live(ctx.value === true)}
        aria-describedby=${ifDefined(describedBy(field, ctx))}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        ?required=${ctx.required}
        @change=${(e: Event) => ctx.input(field.id, checkedOf(e))}
      />
      <label for=${controlId(field.id)}>${labelText(field, ctx)}</label>
    </div>`;
}
