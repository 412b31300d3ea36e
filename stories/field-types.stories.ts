import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Field } from '../src/definition/schema.js';
import { singleField } from './story-definition.js';

/** One story per field type: a one-step form around that field. Language and theme come from the toolbar. */
type Args = { field: Field };

const meta: Meta<Args> = {
  title: 'Field types',
  render: ({ field }, { globals }) =>
    html`<antrag-assistant .definition=${singleField(field)} theme=${globals.theme} lang=${globals.lang}></antrag-assistant>`,
};
export default meta;
type Story = StoryObj<Args>;

const options = [
  { value: 'laub', label: { de: 'Laub', en: 'Leaves' } },
  { value: 'baumschnitt', label: { de: 'Baumschnitt', en: 'Tree cuttings' } },
  { value: 'sonstiges', label: { de: 'Sonstiges', en: 'Other' } },
];
const label = (de: string, en: string) => ({ de, en });

export const Text: Story = {
  args: { field: { id: 'vorname', type: 'text', label: label('Vorname', 'First name'), required: true, autocomplete: 'given-name' } },
};
export const Textarea: Story = {
  args: {
    field: {
      id: 'hinweis',
      type: 'textarea',
      label: label('Hinweis', 'Note'),
      hint: label('Höchstens 500 Zeichen.', '500 characters at most.'),
      maxLength: 500,
    },
  },
};
export const Email: Story = {
  args: { field: { id: 'email', type: 'email', label: label('E-Mail-Adresse', 'Email address'), autocomplete: 'email' } },
};
export const Tel: Story = {
  args: { field: { id: 'telefon', type: 'tel', label: label('Telefonnummer', 'Phone number'), autocomplete: 'tel' } },
};
export const Number: Story = {
  args: {
    field: { id: 'menge', type: 'number', label: label('Menge', 'Amount'), min: 0.5, max: 5, step: 0.5, unit: 'm³', required: true },
  },
};
export const Date: Story = { args: { field: { id: 'datum', type: 'date', label: label('Datum', 'Date'), required: true } } };
export const Time: Story = {
  args: { field: { id: 'uhrzeit', type: 'time', label: label('Uhrzeit', 'Time'), min: '08:00', max: '18:00' } },
};
export const Select: Story = { args: { field: { id: 'art', type: 'select', label: label('Art', 'Type'), options, required: true } } };
export const Radio: Story = { args: { field: { id: 'art', type: 'radio', label: label('Art', 'Type'), options, required: true } } };
export const Checkbox: Story = {
  args: { field: { id: 'ok', type: 'checkbox', label: label('Meine Angaben sind richtig.', 'My answers are correct.'), required: true } },
};
export const Checkboxes: Story = {
  args: { field: { id: 'arten', type: 'checkboxes', label: label('Arten', 'Types'), options, required: true } },
};
