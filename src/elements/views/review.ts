import { html, nothing, type TemplateResult } from 'lit';
import type { Definition, Field, FieldType } from '../../definition/schema.js';
import type { Translator } from '../../i18n/translator.js';
import type { RuleState } from '../../model/rule-state.js';
import { renderComputed } from './computed.js';
import { isConstant } from './step-fields.js';
import { filesOf, isEmpty, listOf, partsOf, textOf, type FieldValue, type Values } from '../../model/field-value.js';
import { formatIban } from '../../model/iban.js';
import { itemField, itemsOf, valueAt } from '../../model/repeat.js';
import { normalizeDate } from '../../model/validate-field.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { definitionText } from '../definition-text.js';

type Formatter = (field: Field, value: FieldValue, t: Translator) => string;
const trimmed: Formatter = (_field, value) => textOf(value).trim();
/** The label of a chosen option (the value itself if the option is gone). */
const optionLabel = (field: Field, value: string, t: Translator) => {
  const option = 'options' in field ? field.options.find((o) => o.value === value) : undefined;
  return option ? t.text(option.label) : value;
};
const yesNo: Formatter = (_field, value, t) => (value === true ? t.t('review.yes') : t.t('review.no'));

/** How each type of answer reads on the review page; the compiler lists a type that has none. */
const formatters = {
  text: trimmed,
  email: trimmed,
  tel: trimmed,
  textarea: trimmed,
  time: trimmed,
  number: (field, value, t) => {
    const unit = field.type === 'number' ? t.text(field.unit) : '';
    return `${textOf(value).trim()}${unit ? ` ${unit}` : ''}`;
  },
  date: (_field, value, t) => t.formatDate(normalizeDate(textOf(value))),
  select: (field, value, t) => optionLabel(field, textOf(value), t),
  radio: (field, value, t) => optionLabel(field, textOf(value), t),
  checkboxes: (field, value, t) => listOf(value).map((v) => optionLabel(field, v, t)).join(t.t('listSeparator')),
  checkbox: yesNo,
  consent: yesNo,
  iban: (_field, value) => formatIban(textOf(value)),
  bic: (_field, value) => textOf(value).replace(/\s+/gu, '').toUpperCase(),
  address: (_field, value) => {
    const parts = partsOf(value);
    return `${parts.strasse?.trim() ?? ''} ${parts.hausnummer?.trim() ?? ''}, ${parts.plz?.trim() ?? ''} ${parts.ort?.trim() ?? ''}`;
  },
  location: (_field, value, t) => {
    const parts = partsOf(value);
    return `${t.formatNumber(Number(parts.latitude))}${t.t('listSeparator')}${t.formatNumber(Number(parts.longitude))}`;
  },
  file: (_field, value, t) => filesOf(value).map((file) => file.name).join(t.t('listSeparator')),
  notice: () => '',
  group: () => '',
  repeat: () => '',
} satisfies Record<FieldType, Formatter>;

/** How an answer reads on the review page: option labels instead of values, formatted dates and numbers. */
export function formatAnswer(field: Field, value: FieldValue | undefined, t: Translator): string {
  if (value === undefined || (isEmpty(value) && field.type !== 'checkbox' && field.type !== 'consent')) return t.t('review.notAnswered');
  return formatters[field.type](field, value, t);
}

/**
 * The "check your answers" page: one summary list per step, each row with an "Ändern" button. Without
 * `onEdit` it is the read-only summary the confirmation page shows for printing. Each answer is a `<bdi>`:
 * it takes the direction of its own first letter, so a German answer in the Arabic page keeps its full stop
 * at its end instead of having it jump to the other side.
 */
export function renderReview(
  definition: Definition,
  values: Values,
  rules: RuleState,
  t: Translator,
  onEdit?: (fieldId: string) => void,
): TemplateResult {
  const steps = rules.visibleSteps.flatMap((index) => definition.steps[index] ?? []);
  // The review names a question by its summary label where the definition has one (FIM "Bezeichnung Ausgabe").
  // The question's name on the review page: its `summaryLabel` (FIM "Bezeichnung Ausgabe") where it has one.
  const reviewText = (field: Field) => ('summaryLabel' in field ? field.summaryLabel : undefined) ?? field.label;
  const row = (field: Field, context = '') =>
    html`<div class="summary-row">
      <dt>${definitionText(t, reviewText(field))}</dt>
      <dd><bdi>${formatAnswer(field, valueAt(values, field.id), t)}</bdi></dd>
      ${
        onEdit
          ? html`<dd class="summary-action">
              <button type="button" class="link-button" data-edit=${field.id} @click=${() => onEdit(field.id)}>
                ${t.t('change')}<span class="visually-hidden" lang=${ifDefined(t.textLanguage(reviewText(field)))}> ${t.text(reviewText(field))}${context}</span>
              </button>
            </dd>`
          : nothing
      }
    </div>`;
  const shown = (field: Field) => rules.visible.has(field.id) && field.type !== 'notice' && !isConstant(field);
  // Under the step's heading (h4), a group or an item is an h5, and what is inside it an h6.
  const heading = (level: number, name: string) =>
    level <= 5 ? html`<h5 class="review-item">${name}</h5>` : html`<h6 class="review-item">${name}</h6>`;
  /**
   * Consecutive plain questions share one list; a group and each repeated item get their own, under their
   * name. `at` gives fields their path ids; `context` names the groups and items a row is in ("Hund 2").
   */
  const groups = (fields: readonly Field[], at: (field: Field) => Field, level = 5, context: readonly string[] = []): TemplateResult[] => {
    const out: TemplateResult[] = [];
    let plain: Field[] = [];
    const flush = () => {
      const suffix = context.length > 0 ? ` (${context.join(t.t('listSeparator'))})` : '';
      if (plain.length > 0) out.push(html`<dl class="summary-list" part="summary-list">${plain.map((f) => row(f, suffix))}</dl>`);
      plain = [];
    };
    const under = (name: string, inner: TemplateResult[]) => {
      flush();
      if (inner.length > 0) out.push(heading(level, name), ...inner);
    };
    for (const field of fields.map(at).filter(shown)) {
      if (field.type === 'group') {
        const name = t.text(field.label);
        under(name, groups(field.fields, at, level + 1, [...context, name]));
      } else if (field.type === 'repeat') {
        itemsOf(valueAt(values, field.id)).forEach((_, index) => {
          const name = `${t.text(field.itemLabel)} ${t.formatNumber(index + 1)}`;
          under(name, groups(field.fields, (f) => itemField(field, index, f), level + 1, [...context, name]));
        });
      } else plain.push(field);
    }
    flush();
    return out;
  };
  return html`${onEdit ? html`<p class="lead">${t.t('review.intro')}</p>` : nothing}
  ${steps.map(
    (step) =>
      html`<h4 class="review-step">${definitionText(t, step.title)}</h4>
        ${groups(step.fields, (field) => field)}`,
  )}
  ${renderComputed(definition, rules, t)}`;
}
