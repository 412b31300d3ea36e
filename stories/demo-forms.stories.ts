import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import hundesteuer from '../demo/forms/hundesteuer-anmeldung.json';
import verbrennung from '../demo/forms/verbrennung-pflanzlicher-abfaelle.json';

/** The demo's two forms, each in its municipality's theme (fixed per story); the language comes from the toolbar. */
const meta: Meta = { title: 'Demo forms' };
export default meta;

export const HundesteuerMusterstadt: StoryObj = {
  globals: { theme: 'musterstadt' },
  render: (_args, { globals }) =>
    html`<antrag-assistant .definition=${hundesteuer} theme=${globals.theme} lang=${globals.lang}></antrag-assistant>`,
};

export const VerbrennungBeispielhausen: StoryObj = {
  globals: { theme: 'beispielhausen' },
  render: (_args, { globals }) =>
    html`<antrag-assistant .definition=${verbrennung} theme=${globals.theme} lang=${globals.lang}></antrag-assistant>`,
};
