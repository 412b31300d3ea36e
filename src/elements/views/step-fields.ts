import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Field, Step } from '../../definition/schema.js';
import type { Translator } from '../../i18n/translator.js';
import type { AssistantModel } from '../../model/assistant-model.js';
import type { Derived } from '../../model/derive.js';
import { sameValue, type FieldValue } from '../../model/field-value.js';
import { itemField, itemsOf, minItems, valueAt } from '../../model/repeat.js';
import type { Snapshot } from '../../model/snapshot.js';
import { renderField, type FieldContext } from '../fields/render-field.js';
import { itemName } from '../fields/list-fields.js';
import { issueMessage } from '../issue-message.js';
import { renderComputed } from './computed.js';
import { definitionText } from '../definition-text.js';

/** The commands a step's fields send. Made once per element, so that unchanged questions are not rendered again. */
export interface StepCommands {
  input(fieldId: string, value: FieldValue): void;
  leave(fieldId: string): void;
  addItem(repeatId: string): void;
  removeItem(repeatId: string, index: number): void;
  addFiles(fieldId: string, files: readonly File[]): void;
  removeFile(fieldId: string, fileId: string): void;
  locate(fieldId: string): void;
}

/**
 * The visible questions of a step, repeated items included, and the step's live computed values. A
 * question whose answer, message, required-ness, note and language are unchanged is not rendered again,
 * so typing in one question costs the same in a form of 20 or 1,000.
 */
export function renderStepFields(
  model: AssistantModel,
  step: Step,
  snapshot: Snapshot,
  derived: Derived,
  t: Translator,
  commands: StepCommands,
): TemplateResult {
  const { definition, prefilled } = model;
  const { values, notes } = snapshot;
  const context = (field: Field): FieldContext => {
    const issue = derived.shownIssues.get(field.id);
    // Own properties only: a question may be called "constructor" or "toString".
    const source = Object.hasOwn(prefilled.sources, field.id) ? prefilled.sources[field.id] : undefined;
    const value = valueAt(values, field.id);
    const unchanged = source !== undefined && sameValue(value, prefilled.values[field.id]);
    const note = Object.hasOwn(notes, field.id) ? notes[field.id] : undefined;
    return {
      note: note ? t.t(note) : unchanged ? t.t(`prefill.${source}`) : undefined,
      locate: commands.locate,
      value,
      required: derived.rules.required.has(field.id),
      error: issue ? issueMessage(definition, field, issue, t) : undefined,
      errorPart: issue?.part,
      t,
      input: commands.input,
      leave: commands.leave,
      files: { add: commands.addFiles, remove: commands.removeFile },
    };
  };
  const question = (field: Field) => {
    const ctx = context(field);
    return guard([field, ctx.value, ctx.error, ctx.errorPart, ctx.required, ctx.note, ctx.item, t], () => renderField(field, ctx));
  };
  /** The shown fields of a list, each with its path id (`at`); `item` names the repeated item they belong to. */
  const renderFields = (fields: readonly Field[], at: (field: Field) => Field, item?: string): unknown[] =>
    fields
      .map(at)
      .filter((field) => derived.rules.visible.has(field.id) && !isConstant(field))
      .map((field) => render(field, at, item));
  const render = (field: Field, at: (field: Field) => Field, item?: string): unknown => {
    // A group's questions are in the same item as the group: the same `at` gives them their path ids.
    if (field.type === 'group') return renderField(field, { ...context(field), item, content: html`${renderFields(field.fields, at, item)}` });
    if (field.type !== 'repeat') return item === undefined ? question(field) : renderField(field, { ...context(field), item });
    const count = itemsOf(valueAt(values, field.id)).length;
    return renderField(field, {
      ...context(field),
      item,
      repeat: {
        count,
        canAdd: field.max === undefined || count < field.max,
        canRemove: count > minItems(field),
        renderItem: (index) => html`${renderFields(field.fields, (inner) => itemField(field, index, inner), itemName(field, index, t))}`,
        add: () => commands.addItem(field.id),
        remove: (index) => commands.removeItem(field.id, index),
      },
    });
  };
  return html`${step.description ? html`<p class="lead">${definitionText(t, step.description)}</p>` : nothing}
  ${renderFields(step.fields, (field) => field)} ${renderComputed(definition, derived.rules, t, step.id)}`;
}

/** A constant (FIM "hidden") is sent, never shown. */
export const isConstant = (field: Field) => 'constant' in field && field.constant === true;
