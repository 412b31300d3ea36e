import type { Field, FieldType } from '../src/definition/schema.js';
import type { Answer } from '../test/support/user.js';

/**
 * One example question per field type, and the answer a citizen gives it, for the field stories
 * (stories/fields/). `satisfies Record<FieldType, …>` makes the compiler name a field type without an example;
 * test/stories/story-coverage.test.ts fails when a field type has no story.
 */
export interface FieldExample {
  field: Field;
  /** Answers by field id, as the test harness enters them (a repeat's items: `kinder.0.vorname`); absent: not a question. */
  answers?: Record<string, Answer>;
  /** Answered by pressing "Meinen Standort verwenden" with this position instead of typing. */
  position?: { latitude: number; longitude: number; accuracy: number };
}

const text = (de: string, en: string) => ({ de, en });
const options = [
  { value: 'laub', label: text('Laub', 'Leaves') },
  { value: 'baumschnitt', label: text('Baumschnitt', 'Tree cuttings') },
  { value: 'sonstiges', label: text('Sonstiges', 'Other') },
];
const pdf = () => [new File(['%PDF-1.4 Beispiel'], 'nachweis.pdf', { type: 'application/pdf' })];

export const fieldExamples = {
  text: {
    field: { id: 'vorname', type: 'text', label: text('Vorname', 'First name'), required: true, autocomplete: 'given-name' },
    answers: { vorname: 'Erika' },
  },
  textarea: {
    field: {
      id: 'hinweis',
      type: 'textarea',
      label: text('Hinweis', 'Note'),
      hint: text('Höchstens 500 Zeichen.', '500 characters at most.'),
      maxLength: 500,
      required: true,
    },
    answers: { hinweis: 'Bitte am Hintereingang klingeln.' },
  },
  email: {
    field: { id: 'email', type: 'email', label: text('E-Mail-Adresse', 'Email address'), autocomplete: 'email', required: true },
    answers: { email: 'erika.mustermann@example.org' },
  },
  tel: {
    field: { id: 'telefon', type: 'tel', label: text('Telefonnummer', 'Phone number'), autocomplete: 'tel', required: true },
    answers: { telefon: '+49 30 1234567' },
  },
  number: {
    field: {
      id: 'menge',
      type: 'number',
      label: text('Menge', 'Amount'),
      min: 0.5,
      max: 5,
      step: 0.5,
      unit: text('m³', 'm³'),
      required: true,
    },
    answers: { menge: '2.5' },
  },
  date: {
    field: { id: 'datum', type: 'date', label: text('Datum', 'Date'), required: true },
    answers: { datum: '2026-12-01' },
  },
  time: {
    field: { id: 'uhrzeit', type: 'time', label: text('Uhrzeit', 'Time'), min: '08:00', max: '18:00', required: true },
    answers: { uhrzeit: '10:30' },
  },
  select: {
    field: { id: 'art', type: 'select', label: text('Art', 'Type'), options, required: true },
    answers: { art: 'baumschnitt' },
  },
  radio: {
    field: { id: 'art', type: 'radio', label: text('Art', 'Type'), options, required: true },
    answers: { art: 'laub' },
  },
  checkbox: {
    field: { id: 'ok', type: 'checkbox', label: text('Meine Angaben sind richtig.', 'My answers are correct.'), required: true },
    answers: { ok: true },
  },
  checkboxes: {
    field: { id: 'arten', type: 'checkboxes', label: text('Arten', 'Types'), options, required: true },
    answers: { arten: ['laub', 'sonstiges'] },
  },
  consent: {
    field: {
      id: 'einwilligung',
      type: 'consent',
      label: text('Ich erteile das SEPA-Lastschriftmandat.', 'I grant the SEPA direct debit mandate.'),
      text: text(
        'Ich ermächtige die **Stadt Musterstadt**, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.',
        'I authorise the **City of Musterstadt** to collect payments from my account by direct debit.',
      ),
      collapsible: true,
      required: true,
    },
    answers: { einwilligung: true },
  },
  notice: {
    field: {
      id: 'hinweis',
      type: 'notice',
      label: text('Bitte beachten', 'Please note'),
      text: text(
        'Das Verbrennen ist nur **werktags** von 8 bis 18 Uhr erlaubt.',
        'Burning is allowed on **working days** from 8 am to 6 pm only.',
      ),
      variant: 'warning',
    },
  },
  address: {
    field: { id: 'anschrift', type: 'address', label: text('Anschrift', 'Address'), required: true },
    answers: { anschrift: { strasse: 'Hauptstraße', hausnummer: '1a', plz: '12345', ort: 'Musterstadt' } },
  },
  iban: {
    field: { id: 'iban', type: 'iban', label: text('IBAN', 'IBAN'), required: true, sensitive: true },
    answers: { iban: 'DE02 1203 0000 0000 2020 51' },
  },
  bic: {
    field: { id: 'bic', type: 'bic', label: text('BIC', 'BIC'), required: true },
    answers: { bic: 'BYLADEM1001' },
  },
  file: {
    field: {
      id: 'nachweis',
      type: 'file',
      label: text('Nachweis', 'Proof'),
      hint: text('PDF, höchstens 5 MB.', 'PDF, 5 MB at most.'),
      accept: ['application/pdf', '.pdf'],
      maxSizeMb: 5,
      required: true,
    },
    answers: { nachweis: pdf() },
  },
  location: {
    field: { id: 'standort', type: 'location', label: text('Standort des Mangels', 'Location of the problem'), required: true },
    position: { latitude: 52.52, longitude: 13.405, accuracy: 12 },
  },
  repeat: {
    field: {
      id: 'kinder',
      type: 'repeat',
      label: text('Kinder', 'Children'),
      itemLabel: text('Kind', 'Child'),
      addLabel: text('Weiteres Kind hinzufügen', 'Add another child'),
      max: 3,
      fields: [{ id: 'vorname', type: 'text', label: text('Vorname', 'First name'), required: true }],
    },
    answers: { 'kinder.0.vorname': 'Mia' },
  },
  group: {
    field: {
      id: 'halter',
      type: 'group',
      label: text('Halterin oder Halter des Fahrzeugs', 'Keeper of the vehicle'),
      hint: text('Wie im Fahrzeugschein eingetragen.', 'As in the vehicle registration.'),
      fields: [
        { id: 'halterName', type: 'text', label: text('Familienname', 'Surname'), required: true, autocomplete: 'family-name' },
        { id: 'halterVorname', type: 'text', label: text('Vorname', 'First name'), autocomplete: 'given-name' },
      ],
    },
    answers: { halterName: 'Mustermann', halterVorname: 'Erika' },
  },
} satisfies Record<FieldType, FieldExample>;
