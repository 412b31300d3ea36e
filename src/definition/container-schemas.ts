import * as z from 'zod/mini';
import { FimOrigin, ItemField, itemFields, say } from './field-schemas.js';
import { Expression, Id, LocalizedText } from './schema-primitives.js';

/**
 * The fields that hold other fields: a group (a fieldset around questions, decision 0025) and a repeat (a
 * list of items of the same questions). The nesting allowed is spelled out level by level, so the schema,
 * the JSON Schema and the types all know it: groups do not hold groups, and a repeat holds at most one more
 * level of repeats (`kinder.0.schulen.1.name`, decision 0025).
 */

/** A fieldset of questions under one legend; its questions' answers keep their own ids (a group has no answer). */
const groupOf = <T extends z.core.SomeType>(fields: T) =>
  z.strictObject({
    id: Id,
    type: z.literal('group'),
    /** The legend: what the questions are about ("Angaben zur Fahrzeughalterin"). */
    label: LocalizedText,
    hint: z.optional(LocalizedText),
    /** While this does not hold, none of the group's questions is shown, validated or sent. */
    visibleIf: z.optional(Expression),
    fields: z.array(fields).check(z.minLength(1)),
    fim: z.optional(FimOrigin),
  });

/**
 * A list of items of the same questions, e.g. several dogs: each item is a labelled group ("Hund 2"),
 * the citizen adds and removes items between `min` (default 1) and `max`.
 */
const repeatOf = <T extends z.core.SomeType>(fields: T) =>
  z.strictObject({
    id: Id,
    type: z.literal('repeat'),
    label: LocalizedText,
    hint: z.optional(LocalizedText),
    visibleIf: z.optional(Expression),
    /** The name of one item; numbered in the UI: "Hund 1", "Hund 2". */
    itemLabel: LocalizedText,
    min: z.optional(z.int().check(z.minimum(0))),
    max: z.optional(z.int().check(z.minimum(1), z.maximum(50))),
    /** The add button: "Weiteren Hund hinzufügen". */
    addLabel: LocalizedText,
    /** The questions of one item; their ids are unique within the item. */
    fields: z.array(fields).check(z.minLength(1)),
    /** Only the number of items is the repeat's own: its questions have messages of their own. */
    messages: z.optional(z.strictObject({ minItems: say, maxItems: say })),
    fim: z.optional(FimOrigin),
  });

/** A group inside an item of a repeat that is itself inside a repeat: questions only. */
export const LeafGroupField = groupOf(ItemField);

/** A repeat inside a repeated item (the second and last level). */
export const InnerRepeatField = repeatOf(z.discriminatedUnion('type', [...itemFields, LeafGroupField]));

/** A group inside an item of a repeat on a step. */
export const ItemGroupField = groupOf(z.discriminatedUnion('type', [...itemFields, InnerRepeatField]));

/** A repeat on a step or in a step's group. */
export const RepeatField = repeatOf(z.discriminatedUnion('type', [...itemFields, ItemGroupField, InnerRepeatField]));

/** A group on a step. */
export const GroupField = groupOf(z.discriminatedUnion('type', [...itemFields, RepeatField]));

/** Every kind of field a step can hold. */
export const Field = z.discriminatedUnion('type', [...itemFields, GroupField, RepeatField]);
