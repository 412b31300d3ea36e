import { pointerToken } from './definition-issue.js';
import { withoutGroups } from './field-tree.js';
import type { Definition, Field, LocalizedText } from './schema.js';
import type { DefinitionIssue } from './definition-issue.js';
import { checkRules } from './check-rules.js';
import { checkPayment } from './check-payment.js';

/**
 * Checks what a schema cannot: unique ids, a translation for every declared language, patterns that
 * compile, ranges whose lower bound is not above the upper one.
 */
export function checkSemantics(definition: Definition, issues: DefinitionIssue[] = []): DefinitionIssue[] {
  const add = (pointer: string, message: string) => issues.push({ pointer, message });
  const checkText = (text: LocalizedText | undefined, pointer: string) => {
    if (text === null || typeof text !== 'object') return;
    for (const language of definition.languages) {
      if (!Object.hasOwn(text, language))
        add(pointer, `Missing the "${language}" translation (the form declares languages ${definition.languages.join(', ')}).`);
    }
  };

  const languages = new Set<string>();
  definition.languages.forEach((language, i) => {
    if (languages.has(language)) add(`/languages/${i}`, `The language "${language}" is listed twice.`);
    languages.add(language);
  });
  checkText(definition.title, '/title');
  checkText(definition.description, '/description');
  checkText(definition.authority, '/authority');
  checkText(definition.confirmation, '/confirmation');

  const stepIds = new Map<string, string>();
  const fieldIds = new Map<string, string>();
  definition.steps.forEach((step, s) => {
    const stepPointer = `/steps/${s}`;
    const earlierStep = stepIds.get(step.id);
    if (earlierStep) add(`${stepPointer}/id`, `The step id "${step.id}" is already used at ${earlierStep}.`);
    else stepIds.set(step.id, `${stepPointer}/id`);
    checkText(step.title, `${stepPointer}/title`);
    checkText(step.description, `${stepPointer}/description`);

    eachInScope(step.fields, stepPointer, (field, pointer) => {
      const earlier = fieldIds.get(field.id);
      if (earlier) add(`${pointer}/id`, `The field id "${field.id}" is already used at ${earlier}; ids must be unique in the whole form.`);
      else fieldIds.set(field.id, `${pointer}/id`);
      checkText(field.label, `${pointer}/label`);
      if ('hint' in field) checkText(field.hint, `${pointer}/hint`);
      if ('messages' in field) for (const [code, text] of Object.entries(field.messages ?? {})) checkText(text, `${pointer}/messages/${code}`);
      checkField(field, pointer, add, checkText);
    });
    (step.rules ?? []).forEach((rule, r) => checkText(rule.message, `${stepPointer}/rules/${r}/message`));
  });
  (definition.computed ?? []).forEach((computed, c) => {
    checkText(computed.label, `/computed/${c}/label`);
    (computed.breakdown ?? []).forEach((item, b) => checkText(item.label, `/computed/${c}/breakdown/${b}/label`));
  });
  (definition.prefill?.query ?? []).forEach((id, i) => {
    if (!fieldIds.has(id)) add(`/prefill/query/${i}`, `There is no field "${id}" to prefill.`);
  });
  for (const [claim, target] of Object.entries(definition.prefill?.claims ?? {})) {
    const [id, part] = target.split('.');
    const field = definition.steps.flatMap((step) => withoutGroups(step.fields)).find((f) => f.id === id);
    const pointer = `/prefill/claims/${pointerToken(claim)}`;
    if (!field) add(pointer, `There is no field "${id}" for the claim "${claim}".`);
    else if (part !== undefined && (field.type !== 'address' || !['strasse', 'hausnummer', 'plz', 'ort'].includes(part))) {
      add(pointer, `"${target}" is not a part of an address field (strasse, hausnummer, plz, ort).`);
    }
  }
  checkRules(definition, issues);
  checkPayment(definition, issues);
  return issues;
}

function checkField(
  field: Field,
  pointer: string,
  add: (pointer: string, message: string) => void,
  checkText: (text: LocalizedText | undefined, pointer: string) => void,
): void {
  const range = (low: number | string | undefined, high: number | string | undefined, lowName: string, highName: string) => {
    if (typeof low === typeof high && low !== undefined && high !== undefined && low > high)
      add(`${pointer}/${lowName}`, `"${lowName}" (${low}) is greater than "${highName}" (${high}).`);
  };
  if ('constant' in field && field.constant && !field.default) add(`${pointer}/constant`, 'A constant question needs a "default": it is what is sent.');
  switch (field.type) {
    case 'text':
      range(field.minLength, field.maxLength, 'minLength', 'maxLength');
      if (field.pattern) {
        try {
          new RegExp(field.pattern.regex, 'u');
        } catch {
          add(`${pointer}/pattern/regex`, `The pattern ${JSON.stringify(field.pattern.regex)} is not a valid regular expression.`);
        }
        checkText(field.pattern.message, `${pointer}/pattern/message`);
      }
      break;
    case 'textarea':
      range(field.minLength, field.maxLength, 'minLength', 'maxLength');
      break;
    case 'number':
      range(field.min, field.max, 'min', 'max');
      checkText(field.unit, `${pointer}/unit`);
      break;
    case 'date':
    case 'time':
      range(field.min, field.max, 'min', 'max');
      break;
    case 'select':
    case 'radio':
    case 'checkboxes': {
      const values = new Set<string>();
      field.options.forEach((option, o) => {
        if (values.has(option.value))
          add(`${pointer}/options/${o}/value`, `The option value "${option.value}" appears twice in this field.`);
        values.add(option.value);
        checkText(option.label, `${pointer}/options/${o}/label`);
      });
      if (field.type === 'checkboxes') {
        range(field.minSelected, field.maxSelected, 'minSelected', 'maxSelected');
        if (field.maxSelected !== undefined && field.maxSelected > field.options.length) {
          add(`${pointer}/maxSelected`, `"maxSelected" (${field.maxSelected}) is more than the ${field.options.length} options.`);
        }
      }
      break;
    }
    case 'consent':
      checkText(field.foldLabel, `${pointer}/foldLabel`);
      if (field.foldLabel !== undefined && !field.collapsible) add(`${pointer}/foldLabel`, '"foldLabel" names a fold: it needs "collapsible": true.');
      checkText(field.text, `${pointer}/text`);
      break;
    case 'notice':
      checkText(field.text, `${pointer}/text`);
      break;
    case 'address':
      checkText(field.postalCodeMessage, `${pointer}/postalCodeMessage`);
      break;
    case 'repeat': {
      checkText(field.itemLabel, `${pointer}/itemLabel`);
      checkText(field.addLabel, `${pointer}/addLabel`);
      if (field.min !== undefined && field.max !== undefined) range(field.min, field.max, 'min', 'max');
      const ids = new Map<string, string>();
      eachInScope(field.fields, pointer, (inner, at) => {
        const earlier = ids.get(inner.id);
        if (earlier) add(`${at}/id`, `The field id "${inner.id}" is already used at ${earlier} in this repeat.`);
        else ids.set(inner.id, `${at}/id`);
        checkText(inner.label, `${at}/label`);
        if ('hint' in inner) checkText(inner.hint, `${at}/hint`);
        if ('messages' in inner) for (const [code, text] of Object.entries(inner.messages ?? {})) checkText(text, `${at}/messages/${code}`);
        checkField(inner, at, add, checkText);
      });
      break;
    }
    case 'group':
    case 'email':
    case 'tel':
    case 'checkbox':
    case 'iban':
    case 'bic':
    case 'file':
    case 'location':
      break;
    default:
      field satisfies never;
  }
}

/** Each field of a list with its JSON pointer, a group's fields after the group (ids share one scope). */
function eachInScope(fields: readonly Field[], pointer: string, visit: (field: Field, pointer: string) => void): void {
  fields.forEach((field, i) => {
    const at = `${pointer}/fields/${i}`;
    visit(field, at);
    if (field.type === 'group') eachInScope(field.fields, at, visit);
  });
}
