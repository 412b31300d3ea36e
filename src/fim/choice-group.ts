import type { Expression, Field, Option } from '../definition/schema.js';
import { oneLine } from './map-field.js';
import type { FimGroup, FimItem } from './xdf-model.js';

/** The label of the question the importer adds for each Auswahlgruppe (apply-translations.ts has its English). */
export const CHOICE_LABEL = 'Welche Angabe machen Sie?';

/** An Auswahlgruppe as the report lists it: the radio made for it, and what each of its options shows. */
export interface SynthesisedChoice {
  /** The Auswahlgruppe's FIM id and label. */
  element: string;
  label: string;
  /** The radio's id (a path such as `g1.g2-auswahl` inside a repeated item). */
  question: string;
  required: boolean;
  /** One per alternative: its FIM id, the option's value and label, and the Antrag ids shown when it is chosen. */
  alternatives: Array<{ fim: string; value: string; label: string; shows: string[] }>;
}

/** What building an Auswahlgruppe reports: compromises, and what was synthesised. */
export interface ChoiceLog {
  warn(element: string, message: string): void;
  choice(made: SynthesisedChoice): void;
}

/** Where an Auswahlgruppe stands, from build-steps.ts. */
export interface ChoicePlace {
  /** An id unique in the scope (the form, or one repeated item) for a FIM id. */
  take(fimId: string): string;
  /** The path of the repeated item the group stands in (`g1`), if any. */
  repeat?: string;
  /** Whether one alternative must be chosen: the group's Multiplizität min ≥ 1, and not inside an optional group. */
  required: boolean;
  /** Builds one alternative (a field, or a group with its questions) as the importer builds it anywhere else. */
  build(item: FimItem): Field[];
  /** Called with the radio, so that equal labels on one step can be told apart by their group. */
  made(question: Field): void;
}

/**
 * An Auswahlgruppe (XDF 3 `art` X: the citizen fills exactly one of its elements) as a radio "Welche Angabe
 * machen Sie?" with one option per alternative, followed by the alternatives, each shown (and so validated
 * and sent) only while its option is chosen. The radio has no `fim` origin: it is no FIM field, and
 * `toFimData` leaves it out. With fewer than two alternatives that can be asked, there is nothing to choose.
 */
export function buildChoice(group: FimGroup, place: ChoicePlace, log: ChoiceLog): Field[] {
  const id = place.take(`${group.id}-auswahl`);
  const values = new Set<string>();
  const alternatives = group.items.flatMap((item) => {
    const fields = place.build(item);
    const element = item.element;
    if (fields.length === 0) {
      log.warn(group.id, `The alternative ${element.id} of the Auswahlgruppe has nothing to ask; it is not offered.`);
      return [];
    }
    // The alternative's FIM id is the option's value: stable, and what a specialist system knows it by.
    let value = element.id.slice(0, 200);
    for (let n = 2; values.has(value); n++) value = `${element.id.slice(0, 190)}-${n}`;
    values.add(value);
    const label = oneLine(element.label) || oneLine(element.name) || element.id;
    return [{ element, value, label, fields }];
  });
  if (alternatives.length < 2) {
    log.warn(group.id, 'An Auswahlgruppe (art X) with fewer than two alternatives that can be asked: shown without a choice.');
    return alternatives.flatMap((alternative) => alternative.fields);
  }
  const options: Option[] = alternatives.map(({ value, label }) => ({ value, label }));
  const question: Field = { id, type: 'radio', label: CHOICE_LABEL, ...(place.required && { required: true }), options };
  place.made(question);
  const path = (fieldId: string) => (place.repeat ? `${place.repeat}.${fieldId}` : fieldId);
  log.choice({
    element: group.id,
    label: oneLine(group.label) || oneLine(group.name) || group.id,
    question: path(id),
    required: place.required,
    alternatives: alternatives.map(({ element, value, label, fields }) => ({ fim: element.id, value, label, shows: fields.map((f) => path(f.id)) })),
  });
  // Inside a repeated item the condition reads the item's own answer: `var` with the id, not the path.
  for (const { value, fields } of alternatives) for (const field of fields) showIf(field, { '==': [{ var: id }, value] });
  return [question, ...alternatives.flatMap((alternative) => alternative.fields)];
}

/**
 * Shows the field only while `condition` holds (and its own condition, if any). In place: the alternatives were
 * just built for this choice, and build-steps.ts keeps notes (the group a label belongs to) on these very objects.
 */
function showIf(field: Field, condition: Expression): void {
  field.visibleIf = field.visibleIf === undefined ? condition : { and: [condition, field.visibleIf] };
}
