import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import hundesteuer from '../demo/forms/hundesteuer-anmeldung.json';
import verbrennung from '../demo/forms/verbrennung-pflanzlicher-abfaelle.json';

type Args = { lang: string };
const meta: Meta<Args> = {
  title: 'Demo forms',
  args: { lang: 'de' },
  argTypes: { lang: { control: 'select', options: ['de', 'en'] } },
};
export default meta;

export const HundesteuerMusterstadt: StoryObj<Args> = {
  render: ({ lang }) => html`<antrag-assistant .definition=${hundesteuer} theme="musterstadt" lang=${lang}></antrag-assistant>`,
};

export const VerbrennungBeispielhausen: StoryObj<Args> = {
  render: ({ lang }) => html`<antrag-assistant .definition=${verbrennung} theme="beispielhausen" lang=${lang}></antrag-assistant>`,
};
