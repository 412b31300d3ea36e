import { MAX_REPEAT_DEPTH, withoutGroups } from '../definition/field-tree.js';
import type { Field, ItemField, RepeatField, RepeatMember, Step } from '../definition/schema.js';
import { buildChoice, type ChoiceLog } from './choice-group.js';
import { mapField, oneLine } from './map-field.js';
import type { CodeList } from './read-genericode.js';
import type { FimGroup, FimItem } from './xdf-model.js';

/** What building the steps reports back: every line for the report, and where each FIM element went. */
export interface BuildLog extends ChoiceLog {
  missingCodeList(element: string, uri: string, version: string): void;
  /** An Antrag id (a path like `g1.f2` inside a repeat) now stands for this FIM element. */
  placed(fimId: string, antragId: string): void;
  /** A FIM field left out of the form. */
  dropped(fimId: string): void;
}

/** Antrag's largest repeat; FIM's "*" becomes this. */
const MAX_ITEMS = 50;

/** Ids unique in one scope (the form, or one repeated item): `f00000013`, then `f00000013-2`. */
class Ids {
  private readonly used = new Map<string, number>();
  take(fimId: string): string {
    const base = `${fimId.toLowerCase().replace(/[^a-z0-9_-]/gu, '-').slice(0, 56)}`;
    const start = /^[a-z]/u.test(base) ? base : `x${base}`;
    const count = (this.used.get(start) ?? 0) + 1;
    this.used.set(start, count);
    return count === 1 ? start : `${start}-${count}`;
  }
}

interface Scope {
  ids: Ids;
  /** FIM group ids between the step (or repeat) and here. */
  groups: string[];
  /** Inside a `0:1` group: its questions cannot be required on their own. */
  optional: boolean;
  /** Inside a repeat: its path (`g1`, or `g1.g2` inside an item of `g1`), for where the report says a FIM element went. */
  repeat?: string;
  /** How many repeats hold this scope; Antrag nests two at most. */
  depth?: number;
  /** Inside a group (a fieldset): deeper groups are flattened into it, as groups do not hold groups. */
  inGroup?: boolean;
  /** The nearest group's label, to tell apart questions with the same label on one step. */
  context: string;
}

/**
 * Turns the schema's top-level structure into steps: one per top-level group (a repeating one holds a
 * repeat), loose top-level fields gathered into a "Weitere Angaben" step.
 */
export function buildSteps(items: readonly FimItem[], codeLists: readonly CodeList[], log: BuildLog): Step[] {
  const ids = new Ids();
  const steps: Step[] = [];
  let loose: FimItem[] = [];
  const flushLoose = () => {
    if (loose.length === 0) return;
    const fields = buildFields(loose, { ids, groups: [], optional: false, context: '' }, codeLists, log);
    if (fields.length > 0) steps.push({ id: ids.take(`weitere-angaben`), title: 'Weitere Angaben', fields });
    loose = [];
  };
  for (const item of items) {
    if (item.element.kind === 'field') {
      loose.push(item);
      continue;
    }
    flushLoose();
    const group = item.element;
    const title = oneLine(group.label) || oneLine(group.name) || group.id;
    const hint = oneLine(group.hint);
    const scope: Scope = { ids, groups: [], optional: item.min === 0, context: title };
    const fields = repeats(item) ? [repeat(group, item, scope, codeLists, log)] : members(group, scope, codeLists, log);
    if (fields.length === 0) {
      log.warn(group.id, 'The group has no field that can be asked; no step made.');
      continue;
    }
    const id = ids.take(group.id);
    log.placed(group.id, id);
    steps.push({ id, title, ...(hint && hint !== title && { description: hint }), fields: distinctLabels(fields), ...(!repeats(item) && { fim: { id: group.id, version: group.version } }) });
  }
  flushLoose();
  return distinctTitles(steps);
}

/** Steps with the same title ("Weitere Angaben" three times) are numbered: a page heading says which page it is. */
function distinctTitles(steps: Step[]): Step[] {
  const total = new Map<unknown, number>();
  for (const step of steps) total.set(step.title, (total.get(step.title) ?? 0) + 1);
  const seen = new Map<unknown, number>();
  return steps.map((step) => {
    if ((total.get(step.title) ?? 0) < 2 || typeof step.title !== 'string') return step;
    const n = (seen.get(step.title) ?? 0) + 1;
    seen.set(step.title, n);
    return { ...step, title: `${step.title} (${n})` };
  });
}

const repeats = (item: FimItem) => item.max === null || item.max > 1;

function repeat(group: FimGroup, item: FimItem, scope: Scope, codeLists: readonly CodeList[], log: BuildLog): Field {
  const id = scope.ids.take(group.id);
  const label = oneLine(group.label) || oneLine(group.name) || group.id;
  const path = scope.repeat ? `${scope.repeat}.${id}` : id;
  log.placed(group.id, path);
  const inner: Scope = { ids: new Ids(), groups: [], optional: false, repeat: path, depth: (scope.depth ?? 0) + 1, context: label };
  const fields = members(group, inner, codeLists, log).filter(isRepeatMember);
  return {
    id,
    type: 'repeat',
    label,
    itemLabel: label,
    addLabel: `Weitere Angabe hinzufügen: ${label}`,
    // In an optional group the list may stay empty.
    min: scope.optional ? 0 : item.min,
    max: Math.min(item.max ?? MAX_ITEMS, MAX_ITEMS),
    fields: fields.length > 0 ? distinctLabels(fields) : [{ id: 'hinweis', type: 'notice', text: label }],
    fim: { id: group.id, version: group.version, ...(scope.groups.length > 0 && { groups: scope.groups }) },
  };
}

/** The nearest group's label of each question, to tell apart questions with the same label on one step. */
const contextOf = new WeakMap<Field, string>();

/**
 * The fields of a list of FIM items: questions, a nested group as a `group` (inside a group: flattened into it,
 * its id kept in `fim.groups`), a repeating group or field as a `repeat` (two levels at most).
 */
function buildFields(items: readonly FimItem[], scope: Scope, codeLists: readonly CodeList[], log: BuildLog): Field[] {
  const out: Field[] = [];
  for (const item of items) {
    const element = item.element;
    if (element.kind === 'group') {
      const label = oneLine(element.label) || oneLine(element.name) || scope.context;
      if (repeats(item) && (scope.depth ?? 0) < MAX_REPEAT_DEPTH) {
        out.push(repeat(element, item, scope, codeLists, log));
        continue;
      }
      if (repeats(item))
        log.warn(element.id, `Multiplicity ${item.min}:${item.max ?? '*'} inside a repeat inside a repeat: Antrag nests two repeats at most, so one is asked.`);
      if (item.min === 0 && !scope.optional && !element.choice) log.warn(element.id, 'An optional (0:1) group: its questions are optional one by one (the "all or nothing" is lost).');
      const optional = scope.optional || item.min === 0;
      if (!scope.inGroup) {
        const made = group(element, label, { ...scope, groups: [], inGroup: true, optional, context: label }, codeLists, log);
        if (made) out.push(made);
        continue;
      }
      const fields = members(element, { ...scope, groups: [...scope.groups, element.id], optional, context: label }, codeLists, log);
      // A group flattened into its group stands for its questions (a rule naming it concerns them).
      for (const field of fields) log.placed(element.id, scope.repeat ? `${scope.repeat}.${field.id}` : field.id);
      out.push(...fields);
      continue;
    }
    let max = item.max;
    if ((scope.depth ?? 0) >= MAX_REPEAT_DEPTH && (max === null || max > 1) && element.feldart !== 'select' && element.datentyp !== 'file') {
      log.warn(element.id, `Multiplicity ${item.min}:${max ?? '*'} inside a repeat inside a repeat: one answer is asked (Antrag nests two repeats at most).`);
      max = 1;
    }
    const listOfOne = (max === null || max > 1) && element.feldart !== 'select' && !element.codeList && !element.values && element.datentyp !== 'file';
    const id = scope.ids.take(element.id);
    const field = mapField(element, {
      id: listOfOne ? 'wert' : id,
      required: item.min >= 1 && !scope.optional,
      max,
      groups: listOfOne ? [] : scope.groups,
      codeLists,
      warn: (message) => log.warn(element.id, message),
      missingCodeList: (uri, version) => log.missingCodeList(element.id, uri, version),
    });
    if (!field) {
      log.dropped(element.id);
      continue;
    }
    if (!listOfOne) {
      contextOf.set(field, scope.context);
      log.placed(element.id, scope.repeat ? `${scope.repeat}.${id}` : id);
      out.push(field);
      continue;
    }
    // A repeating field (say, several first names): a repeat of that one question.
    log.placed(element.id, `${scope.repeat ? `${scope.repeat}.` : ''}${id}.wert`);
    const label = field.label ?? element.id;
    const repeated: Field = {
      id,
      type: 'repeat',
      label,
      itemLabel: label,
      addLabel: `Weitere Angabe hinzufügen: ${typeof label === 'string' ? label : element.id}`,
      // In an optional group the list may stay empty.
    min: scope.optional ? 0 : item.min,
      max: Math.min(max ?? MAX_ITEMS, MAX_ITEMS),
      fields: [field],
      fim: { id: element.id, version: element.version, ...(scope.groups.length > 0 && { groups: scope.groups }) },
    };
    contextOf.set(repeated, scope.context);
    out.push(repeated);
  }
  return out;
}

/** A nested FIM group as a group of questions (a fieldset with the group's label as its legend), or nothing when none can be asked. */
function group(element: FimGroup, label: string, scope: Scope, codeLists: readonly CodeList[], log: BuildLog): Field | undefined {
  const fields = members(element, scope, codeLists, log).filter(isGroupMember);
  if (fields.length === 0) {
    log.warn(element.id, 'The group has no field that can be asked; left out.');
    return undefined;
  }
  const id = scope.ids.take(element.id);
  log.placed(element.id, scope.repeat ? `${scope.repeat}.${id}` : id);
  const hint = oneLine(element.hint);
  return { id, type: 'group', label, ...(hint && hint !== label && { hint }), fields, fim: { id: element.id, version: element.version } };
}

/** The fields of a group's items; an Auswahlgruppe's alternatives behind a radio that shows the chosen one (choice-group.ts). */
function members(group: FimGroup, scope: Scope, codeLists: readonly CodeList[], log: BuildLog): Field[] {
  if (!group.choice) return buildFields(group.items, scope, codeLists, log);
  // A chosen alternative is asked in full, even in an optional group: the radio says whether anything is given.
  const build = (item: FimItem) => buildFields([item], { ...scope, optional: false }, codeLists, log);
  const made = (question: Field) => contextOf.set(question, scope.context);
  return buildChoice(group, { take: (id) => scope.ids.take(id), ...(scope.repeat && { repeat: scope.repeat }), required: !scope.optional, build, made }, log);
}

/** Questions with the same label on one step (Familienname of the applicant and of the holder) get their group's name. */
function distinctLabels<F extends Field>(fields: F[]): F[] {
  const count = new Map<string, number>();
  const key = (field: Field) => (typeof field.label === 'string' ? field.label : '');
  // A step's questions are told apart across its groups too: an error summary lists them side by side.
  for (const field of withoutGroups(fields)) count.set(key(field), (count.get(key(field)) ?? 0) + 1);
  const relabel = <G extends Field>(field: G): G => {
    const context = contextOf.get(field);
    if ((count.get(key(field)) ?? 0) < 2 || !context || context === key(field)) return field;
    return { ...field, label: `${key(field)} (${context})` };
  };
  return fields.map((field) => (field.type === 'group' ? { ...field, fields: field.fields.map(relabel) } : relabel(field)));
}

const isItemField = (field: Field): field is ItemField => field.type !== 'repeat' && field.type !== 'group';
/** What a group holds: questions, and repeats of questions (groups do not hold groups). */
const isGroupMember = (field: Field): field is ItemField | RepeatField => field.type !== 'group';
type InnerRepeat = Extract<RepeatMember, { type: 'repeat' }>;
/** What an item of a repeat inside a repeat holds: questions, and groups of questions. */
const isInnerMember = (field: Field): field is InnerRepeat['fields'][number] =>
  isItemField(field) || (field.type === 'group' && field.fields.every(isItemField));
const isInnerRepeat = (field: Field): field is InnerRepeat => field.type === 'repeat' && field.fields.every(isInnerMember);
/** What a repeated item holds: questions, repeats of those, and groups of both. */
const isRepeatMember = (field: Field): field is RepeatMember =>
  isItemField(field) || isInnerRepeat(field) || (field.type === 'group' && field.fields.every((inner) => isItemField(inner) || isInnerRepeat(inner)));
