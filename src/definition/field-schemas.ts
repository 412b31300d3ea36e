import * as z from 'zod/mini';
import { FimOrigin } from './fim-origin.js';
import { Expression, Id, LocalizedText } from './schema-primitives.js';

export { FimOrigin };

/** The questions a step can ask, one schema per field type (the definition's `steps[].fields`). */

export const Option = z.strictObject({
  value: z.string().check(z.minLength(1), z.maxLength(200)),
  label: LocalizedText,
  /** A sentence under a radio button's or checkbox's label (a code list's help text). */
  hint: z.optional(LocalizedText),
});

const Pattern = z.strictObject({
  regex: z.string().check(z.minLength(1), z.maxLength(500)),
  message: LocalizedText,
});

const say = z.optional(LocalizedText);
/**
 * The definition's own words for a field's validation messages, keyed by the issue codes that field type
 * can have (`required` for every question); placeholders such as `{{max}}` as in docs/definition-format.md.
 */
const messages = <Codes extends Record<string, typeof say>>(codes: Codes) => z.optional(z.strictObject({ required: say, ...codes }));

const base = {
  id: Id,
  label: LocalizedText,
  hint: z.optional(LocalizedText),
  required: z.optional(z.boolean()),
  /** Shown (and validated and sent) only while this holds; may use answers to earlier questions. */
  visibleIf: z.optional(Expression),
  /** Required while this holds; may use answers to earlier questions. */
  requiredIf: z.optional(Expression),
  /** Personal data that must never be kept on the device (e.g. an IBAN): left out of drafts saved with `drafts="device"`. */
  sensitive: z.optional(z.boolean()),
  /** The answer a text-like question, select or radio starts with (FIM `inhalt`); the citizen may change it unless `readonly`. */
  default: z.optional(z.string().check(z.maxLength(2000))),
  /** Shown and sent, not changed by the citizen (FIM "locked"): for text-like questions, with `default` or prefill. */
  readonly: z.optional(z.boolean()),
  /** Never shown: its `default` is sent as it is (FIM "hidden", a value the authority fixes). */
  constant: z.optional(z.boolean()),
  /** The question's name on the review page, where it differs from the label (FIM "Bezeichnung Ausgabe"). */
  summaryLabel: z.optional(LocalizedText),
  fim: z.optional(FimOrigin),
};

const autocomplete = z.optional(z.string().check(z.regex(/^[a-z0-9 -]+$/, 'an HTML autocomplete token list')));

const TextField = z.strictObject({
  ...base,
  type: z.literal('text'),
  minLength: z.optional(z.int().check(z.minimum(0))),
  maxLength: z.optional(z.int().check(z.minimum(1))),
  pattern: z.optional(Pattern),
  /** Spaces typed inside the answer (a chip number as printed: "276 09 81 00 12 34 56") are not part of it: removed before `minLength`, `maxLength` and `pattern` are checked, and left out of the payload. */
  removeSpaces: z.optional(z.boolean()),
  /** `latin`: only the Latin characters of DIN SPEC 91379 / String.Latin (names as registers keep them). */
  charset: z.optional(z.literal('latin')),
  messages: messages({ minLength: say, maxLength: say, charset: say }),
  autocomplete,
  inputmode: z.optional(z.enum(['text', 'numeric', 'decimal', 'tel', 'email', 'url', 'search'])),
  spellcheck: z.optional(z.boolean()),
});

const TextareaField = z.strictObject({
  ...base,
  type: z.literal('textarea'),
  minLength: z.optional(z.int().check(z.minimum(0))),
  maxLength: z.optional(z.int().check(z.minimum(1))),
  rows: z.optional(z.int().check(z.minimum(2), z.maximum(20))),
  messages: messages({ minLength: say, maxLength: say }),
});

const EmailField = z.strictObject({ ...base, type: z.literal('email'), autocomplete, messages: messages({ email: say }) });

const TelField = z.strictObject({ ...base, type: z.literal('tel'), autocomplete, messages: messages({ tel: say }) });

const NumberField = z.strictObject({
  ...base,
  type: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  step: z.optional(z.number().check(z.positive())),
  unit: z.optional(LocalizedText),
  messages: messages({ number: say, min: say, max: say, step: say }),
});

const isoDate = z.iso.date();
const DateField = z.strictObject({
  ...base,
  type: z.literal('date'),
  min: z.optional(isoDate),
  max: z.optional(isoDate),
  /** A rule giving the earliest allowed date, e.g. `{"working_days_add": [{"today": []}, 3]}`. */
  earliest: z.optional(Expression),
  /** A rule giving the latest allowed date, e.g. 18 years ago: `{"date_add": [{"today": []}, -18, "years"]}`. */
  latest: z.optional(Expression),
  /** Day, month and year as three fields (GOV.UK pattern) for dates people know, like a birth date. */
  memorable: z.optional(z.boolean()),
  autocomplete,
  /** `min` and `max` also stand for `earliest` and `latest`: "Sie müssen mindestens 18 Jahre alt sein." */
  messages: messages({ date: say, min: say, max: say }),
});

const isoTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time "HH:MM"'));
const TimeField = z.strictObject({
  ...base,
  type: z.literal('time'),
  min: z.optional(isoTime),
  max: z.optional(isoTime),
  messages: messages({ time: say, min: say, max: say }),
});

const SelectField = z.strictObject({
  ...base,
  type: z.literal('select'),
  options: z.array(Option).check(z.minLength(1)),
  autocomplete,
  messages: messages({ option: say }),
});

const RadioField = z.strictObject({ ...base, type: z.literal('radio'), options: z.array(Option).check(z.minLength(2)), messages: messages({ option: say }) });

const CheckboxField = z.strictObject({ ...base, type: z.literal('checkbox'), messages: messages({}) });

const CheckboxesField = z.strictObject({
  ...base,
  type: z.literal('checkboxes'),
  options: z.array(Option).check(z.minLength(1)),
  minSelected: z.optional(z.int().check(z.minimum(1))),
  maxSelected: z.optional(z.int().check(z.minimum(1))),
  messages: messages({ option: say, minSelected: say, maxSelected: say }),
});

/** A long declaration to agree to (SEPA mandate, fire-safety notes): its text, then one checkbox. */
const ConsentField = z.strictObject({
  ...base,
  type: z.literal('consent'),
  /** The text agreed to; paragraphs, lists, bold and links (see docs/definition-format.md). */
  text: LocalizedText,
  /** Show the text folded away under a disclosure: "Wortlaut anzeigen: <label>", or `foldLabel`. */
  collapsible: z.optional(z.boolean()),
  /** What the fold holds, as its summary ("Mandatstext anzeigen"); only with `collapsible`. */
  foldLabel: z.optional(LocalizedText),
  messages: messages({}),
});

/** Information or a warning between questions; not an input, never sent. */
const NoticeField = z.strictObject({
  id: Id,
  type: z.literal('notice'),
  label: z.optional(LocalizedText),
  text: LocalizedText,
  variant: z.optional(z.enum(['info', 'warning'])),
  visibleIf: z.optional(Expression),
  fim: z.optional(FimOrigin),
});

/** A German postal address: street, house number, postcode, town, answered as one object. */
const AddressField = z.strictObject({
  ...base,
  type: z.literal('address'),
  /** Only these postcodes are accepted (a municipality's own area). */
  postalCodes: z.optional(z.array(z.string().check(z.regex(/^\d{5}$/, 'a German postcode of 5 digits')))),
  /** Shown when the postcode is not in `postalCodes` (the same as `messages.postalCodeArea`, which wins). */
  postalCodeMessage: z.optional(LocalizedText),
  messages: messages({ addressPart: say, postalCode: say, postalCodeArea: say }),
});

/** An IBAN (checked with its ISO 13616 checksum; spaces allowed; sent without spaces). */
const IbanField = z.strictObject({ ...base, type: z.literal('iban'), messages: messages({ iban: say }) });

/** A BIC (8 or 11 characters). */
const BicField = z.strictObject({ ...base, type: z.literal('bic'), messages: messages({ bic: say }) });

/**
 * The citizen's position from the browser's geolocation, only when they press "Meinen Standort verwenden"
 * and allow it. Answered as `{ latitude, longitude, accuracy }`.
 */
const LocationField = z.strictObject({ ...base, type: z.literal('location'), messages: messages({ location: say }) });

/** Documents or photos to upload, checked by type, size and count; their contents travel as attachments. */
const FileField = z.strictObject({
  ...base,
  type: z.literal('file'),
  /** MIME types and file name endings accepted, e.g. `["application/pdf", ".pdf", "image/jpeg", ".jpg"]`. */
  accept: z
    .array(z.string().check(z.regex(/^(\.[a-z0-9]{1,10}|[a-z]+\/[a-z0-9.+-]+)$/, 'a MIME type or an ending like ".pdf"')))
    .check(z.minLength(1)),
  /** The largest file accepted, in megabytes. */
  maxSizeMb: z.number().check(z.positive(), z.maximum(100)),
  /** How many files at most (default 1). */
  maxFiles: z.optional(z.int().check(z.minimum(1), z.maximum(20))),
  messages: messages({ fileType: say, fileSize: say, maxFiles: say }),
});

/** Every field type that holds no other fields, in the order the docs list them. */
export const itemFields = [
  TextField,
  TextareaField,
  EmailField,
  TelField,
  NumberField,
  DateField,
  TimeField,
  SelectField,
  RadioField,
  CheckboxField,
  CheckboxesField,
  ConsentField,
  NoticeField,
  AddressField,
  IbanField,
  BicField,
  FileField,
  LocationField,
] as const;

/** A question that holds no other fields (everything but a group or a repeat). */
export const ItemField = z.discriminatedUnion('type', [...itemFields]);

export { say };
