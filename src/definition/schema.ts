import * as z from 'zod/mini';

import { FimOrigin, ItemField, Option } from './field-schemas.js';
import { Field, GroupField, InnerRepeatField, ItemGroupField, LeafGroupField, RepeatField } from './container-schemas.js';
import { Expression, Id, LanguageTag, LocalizedText } from './schema-primitives.js';

export { Expression, Field, Id, ItemField, LanguageTag, LocalizedText };

/** A check across several answers, with its own message ("Telefon oder E-Mail"), shown at the first of `fields`. */
export const CrossFieldRule = z.strictObject({
  id: Id,
  /** Must hold for the step to be valid. */
  check: Expression,
  message: LocalizedText,
  fields: z.array(Id).check(z.minLength(1)),
});

/** One page of the assistant. */
export const Step = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: z.optional(LocalizedText),
  /** The step is skipped while this does not hold; may use answers from earlier steps. */
  visibleIf: z.optional(Expression),
  fields: z.array(Field).check(z.minLength(1)),
  rules: z.optional(z.array(CrossFieldRule)),
  /** The FIM group the step was imported from. */
  fim: z.optional(FimOrigin),
});

/** One line of a computed value's breakdown ("Erster Hund: 96 €"). */
const BreakdownItem = z.strictObject({
  id: Id,
  label: LocalizedText,
  value: Expression,
  visibleIf: z.optional(Expression),
});

/** A value derived from the answers (a fee), shown with its breakdown and sent in `computed`. */
export const Computed = z.strictObject({
  id: Id,
  label: LocalizedText,
  value: Expression,
  /** How to show it: a plain number or an amount of euros. */
  format: z.optional(z.enum(['number', 'currency'])),
  breakdown: z.optional(z.array(BreakdownItem)),
  /** Step ids on which the value is shown live (it always shows on the review page). */
  showOn: z.optional(z.array(Id)),
});

/**
 * Online payment after submitting (XBezahldienste hand-off by the intake, docs/payment.md): the amount is a
 * computed value (whose breakdown lines become the items) or a rule; `purpose` is the line on the citizen's
 * statement, at most 27 characters once `{reference}` is filled in; `payableIf` says which answers pay online.
 */
export const Payment = z.strictObject({
  computed: z.optional(Id),
  amount: z.optional(Expression),
  purpose: z.string().check(z.minLength(1)),
  payableIf: z.optional(Expression),
});

/** The satisfaction question after the confirmation; anonymous unless `withReference` links it to the submission. */
export const Feedback = z.strictObject({ withReference: z.optional(z.boolean()) });

/** What a form is: it names the form in the review, status and confirmation texts ("Ihre Meldung ist eingegangen"). */
export const FormKind = z.enum(['antrag', 'meldung', 'anzeige']);

/**
 * How citizens reach the authority when the form cannot help them (it cannot be loaded or sent). Plain
 * strings, the same in every language; shown with `authority` as its name.
 */
export const Contact = z.strictObject({
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9][0-9 ()/-]{2,30}$/, 'a telephone number such as "+49 123 4567-0"'))),
  email: z.optional(
    z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address such as "buergerbuero@musterstadt.example"')),
  ),
  url: z.optional(z.string().check(z.regex(/^https:\/\/\S+$/, "an https:// address of the authority's contact page"))),
});

/** A whole application assistant: the JSON a municipality writes once and every site embeds. */
export const DefinitionSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(1),
  /** Written by `antrag validate --stamp`: the hash of the checked content, so the script-tag file can skip its checker (decision 0024). */
  checked: z.optional(z.string().check(z.regex(/^antrag\/\d+ sha256-[A-Za-z0-9+/]{43}=$/, 'a stamp written by "antrag validate --stamp"'))),
  id: Id,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as "1.0.0"')),
  title: LocalizedText,
  description: z.optional(LocalizedText),
  authority: z.optional(LocalizedText),
  /** `antrag` (default): an application; `meldung`: a report; `anzeige`: a notification the authority only takes note of. */
  kind: z.optional(FormKind),
  contact: z.optional(Contact),
  languages: z.array(LanguageTag).check(z.minLength(1)),
  steps: z.array(Step).check(z.minLength(1)),
  computed: z.optional(z.array(Computed)),
  confirmation: z.optional(LocalizedText),
  payment: z.optional(Payment),
  feedback: z.optional(Feedback),
  /** The FIM Stammdatenschema the form was imported from (`antrag import-fim`); its answers can be delivered keyed by FIM ids. */
  fim: z.optional(FimOrigin),
  /** Where answers may come from before the citizen types (once-only principle). */
  prefill: z.optional(
    z.strictObject({
      /** Field ids that may be prefilled from the page URL's query (`?kennzeichen=…`). */
      query: z.optional(z.array(Id)),
      /**
       * Identity claims (from a Servicekonto/BundID login the host page performed) mapped to fields:
       * `{ "given_name": "vorname", "address.postal_code": "anschrift.plz" }`.
       */
      claims: z.optional(z.record(z.string().check(z.regex(/^[a-z_][a-z0-9_.]*$/, 'a claim name such as "given_name"')), z.string())),
    }),
  ),
});

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Option = z.infer<typeof Option>;
/** A field wherever it stands: on a step, in a group, in a repeated item. */
export type Field = z.infer<typeof Field> | z.infer<typeof ItemGroupField> | z.infer<typeof InnerRepeatField> | z.infer<typeof LeafGroupField>;
/** A field as a step holds it. */
export type StepField = z.infer<typeof Field>;
export type FieldType = Field['type'];
/** A field that asks something (every field but a notice or a group). */
export type Question = Exclude<Field, { type: 'notice' | 'group' }>;
/** A field that holds no other fields. */
export type ItemField = z.infer<typeof ItemField>;
/** A list of items of the same questions (on a step, or inside a repeated item). */
export type RepeatField = Extract<Field, { type: 'repeat' }>;
/** A fieldset around questions; a presentation and a scope, without an answer of its own. */
export type GroupField = Extract<Field, { type: 'group' }>;
/** A field in an item of a repeat on a step. */
export type RepeatMember = z.infer<typeof RepeatField>['fields'][number];
/** A field in a step's group. */
export type GroupMember = z.infer<typeof GroupField>['fields'][number];

/** True for fields that take an answer. */
export function isQuestion(field: Field): field is Question {
  return field.type !== 'notice' && field.type !== 'group';
}

export type Step = z.infer<typeof Step>;
export type CrossFieldRule = z.infer<typeof CrossFieldRule>;
export type Computed = z.infer<typeof Computed>;
export type FormKind = z.infer<typeof FormKind>;
export type Contact = z.infer<typeof Contact>;
export type Payment = z.infer<typeof Payment>;
/** A parsed, validated definition. Treat as immutable. */
export type Definition = z.infer<typeof DefinitionSchema>;

/** The field types a definition may use, in the order the docs list them. */
export const fieldTypes = Field.def.options.map((o) => o.shape.type.def.values[0]) as FieldType[];
