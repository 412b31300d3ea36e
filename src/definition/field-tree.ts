import type { Field } from './schema.js';

/**
 * Walking the fields of a definition: groups (fieldsets) and repeats hold fields. Types only from the
 * schema, so the model and the elements use this without the zod schemas in their bundle.
 */

/** How deep repeats nest: a repeat inside a repeated item, no further (the schema's levels, decision 0025). */
export const MAX_REPEAT_DEPTH = 2;

/** The fields a group or a repeat holds (none for other fields). */
export function childFields(field: Field): readonly Field[] {
  return field.type === 'group' || field.type === 'repeat' ? field.fields : [];
}

/**
 * The fields of a list with every group opened, in order (groups themselves left out): the questions,
 * notices and repeats whose answers are kept at that level. Repeats are not opened.
 */
export function withoutGroups(fields: readonly Field[]): Field[] {
  return fields.flatMap((field) => (field.type === 'group' ? withoutGroups(field.fields) : [field]));
}
