import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import hundesteuer from '../demo/forms/hundesteuer-anmeldung.json';
import maengelmelder from '../demo/forms/maengelmelder.json';
import verbrennung from '../demo/forms/verbrennung-pflanzlicher-abfaelle.json';
import type { AntragAssistant } from '../src/elements/antrag-assistant.js';
import { singleField } from './story-definition.js';

/** Language and theme come from the toolbar. */
const meta: Meta = { title: 'Patterns' };
export default meta;

/** A one-step form with a single optional field: "Weiter" leads straight to the review page. */
const oneOptionalField = singleField({ id: 'hinweis', type: 'text', label: { de: 'Hinweis', en: 'Note' } });

/** Presses the assistant's primary button ("Weiter" / "Absenden") as a user would. */
async function pressPrimary(canvas: HTMLElement): Promise<AntragAssistant> {
  const el = canvas.querySelector('antrag-assistant')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
  return el;
}

/** "Weiter" on an empty step: the error summary takes focus and links to each field. */
export const ErrorSummary: StoryObj = {
  globals: { theme: 'musterstadt' },
  render: (_args, { globals }) =>
    html`<antrag-assistant .definition=${hundesteuer} theme=${globals.theme} lang=${globals.lang}></antrag-assistant>`,
  play: async ({ canvasElement }) => void (await pressPrimary(canvasElement)),
};

/** The review page with its "Ändern" buttons. */
export const Review: StoryObj = {
  render: (_args, { globals }) =>
    html`<antrag-assistant .definition=${oneOptionalField} theme=${globals.theme} lang=${globals.lang}></antrag-assistant>`,
  play: async ({ canvasElement }) => void (await pressPrimary(canvasElement)),
};

/** Sending failed for good (no intake reachable, one attempt): the answers stay and "Erneut senden" is offered. */
export const SubmitFailed: StoryObj = {
  render: (_args, { globals }) =>
    html`<antrag-assistant
      .definition=${oneOptionalField}
      endpoint="http://127.0.0.1:9/nicht-erreichbar"
      max-attempts="1"
      theme=${globals.theme}
      lang=${globals.lang}
    ></antrag-assistant>`,
  play: async ({ canvasElement }) => {
    const el = await pressPrimary(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** Sending is being retried after a network error: the status names the attempt ("Versuch 2 von 5"). */
export const Retrying: StoryObj = {
  render: (_args, { globals }) =>
    html`<antrag-assistant
      .definition=${oneOptionalField}
      endpoint="http://127.0.0.1:9/nicht-erreichbar"
      max-attempts="5"
      theme=${globals.theme}
      lang=${globals.lang}
    ></antrag-assistant>`,
  play: async ({ canvasElement }) => {
    const el = await pressPrimary(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** `drafts="device"`: the citizen may keep the answers on this device, and is told what that means. */
export const DraftOnDevice: StoryObj = {
  render: (_args, { globals }) =>
    html`<antrag-assistant .definition=${verbrennung} drafts="device" theme=${globals.theme} lang=${globals.lang}></antrag-assistant>`,
};

/** `language-switcher`: the form's languages with an interface, and Einfache Sprache; switching keeps every answer. */
export const LanguageSwitcher: StoryObj = {
  render: (_args, { globals }) =>
    html`<antrag-assistant .definition=${maengelmelder} language-switcher theme=${globals.theme} lang=${globals.lang}></antrag-assistant>`,
};

/**
 * A municipality's own theme whose yellow fails WCAG contrast: the console and `antrag-theme-error` name the
 * failing pairs with their ratios, and the assistant uses accessible colours instead.
 */
export const CustomThemeWithFallback: StoryObj = {
  render: (_args, { globals }) =>
    html`<antrag-assistant
      .definition=${maengelmelder}
      .theme=${{ color: { primary: { $value: '#FFEB3B' } }, radius: { control: { $value: '12px' } } }}
      lang=${globals.lang}
    ></antrag-assistant>`,
};

/** The confirmation page. The story's "intake" is a data: URL that answers with a reference number. */
export const Confirmation: StoryObj = {
  render: (_args, { globals }) =>
    html`<antrag-assistant
      .definition=${oneOptionalField}
      endpoint='data:application/json,{"reference":"HST-2026-000123"}'
      theme=${globals.theme}
      lang=${globals.lang}
    ></antrag-assistant>`,
  play: async ({ canvasElement }) => {
    const el = await pressPrimary(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/**
 * A definition with three mistakes (a title without its "en" text, an unknown field type, a duplicate
 * field id): instead of a form, the developer sees each mistake with its JSON pointer.
 */
export const BrokenDefinition: StoryObj = {
  render: (_args, { globals }) =>
    html`<antrag-assistant
      .definition=${{
        ...verbrennung,
        title: { de: 'Nur deutsch' },
        steps: [
          {
            id: 's',
            title: 'S',
            fields: [
              { id: 'a', type: 'slider', label: 'A' },
              { id: 'b', type: 'text', label: 'B' },
              { id: 'b', type: 'text', label: 'B' },
            ],
          },
        ],
      }}
      theme=${globals.theme}
      lang=${globals.lang}
    ></antrag-assistant>`,
};
