import { html, nothing, type TemplateResult } from 'lit';
import type { Definition, Field, Step } from '../definition/schema.js';
import type { Translator } from '../i18n/translator.js';
import type { Derived } from '../model/derive.js';
import type { AssistantModel } from '../model/assistant-model.js';
import { sameValue, type FieldValue, type Values } from '../model/field-value.js';
import { itemField, itemsOf, minItems, valueAt } from '../model/repeat.js';
import { issueMessage } from './issue-message.js';
import { renderComputed } from './render-computed.js';
import { renderField, type FieldContext } from './render-field.js';

/** The commands a step's fields send; adding and removing items also move focus (the shell decides where). */
export interface StepCommands {
  input(fieldId: string, value: FieldValue): void;
  leave(fieldId: string): void;
  addItem(repeatId: string): void;
  removeItem(repeatId: string, index: number): void;
  addFiles(fieldId: string, files: readonly File[]): void;
  locate(fieldId: string): void;
  /** Notes the shell shows next to fields, e.g. why the position could not be found. */
  notes: ReadonlyMap<string, string>;
  removeFile(fieldId: string, fileId: string): void;
}

/** The visible questions of a step, repeated items included, and the step's live computed values. */
export function renderStepFields(
  definition: Definition,
  step: Step,
  values: Values,
  derived: Derived,
  t: Translator,
  commands: StepCommands,
  prefilled: AssistantModel['prefilled'],
): TemplateResult {
  const context = (field: Field): FieldContext => {
    const issue = derived.shownIssues.get(field.id);
    const source = prefilled.sources[field.id];
    const unchanged = source !== undefined && sameValue(valueAt(values, field.id), prefilled.values[field.id]);
    return {
      note: commands.notes.get(field.id) ?? (unchanged ? t.t(`prefill.${source}`) : undefined),
      locate: commands.locate,
      value: valueAt(values, field.id),
      required: derived.rules.required.has(field.id),
      error: issue ? issueMessage(definition, field, issue, t) : undefined,
      errorPart: issue?.part,
      t,
      input: commands.input,
      leave: commands.leave,
      files: { add: commands.addFiles, remove: commands.removeFile },
    };
  };
  const render = (field: Field): TemplateResult => {
    if (field.type !== 'repeat') return renderField(field, context(field));
    const count = itemsOf(values[field.id]).length;
    return renderField(field, {
      ...context(field),
      repeat: {
        count,
        canAdd: field.max === undefined || count < field.max,
        canRemove: count > minItems(field),
        renderItem: (index) =>
          html`${field.fields
            .map((inner) => itemField(field, index, inner))
            .filter((inner) => derived.rules.visible.has(inner.id))
            .map((inner) => renderField(inner, context(inner)))}`,
        add: () => commands.addItem(field.id),
        remove: (index) => commands.removeItem(field.id, index),
      },
    });
  };
  return html`${step.description ? html`<p class="lead">${t.text(step.description)}</p>` : nothing}
  ${step.fields.filter((field) => derived.rules.visible.has(field.id)).map(render)} ${renderComputed(definition, derived.rules, t, step.id)}`;
}
