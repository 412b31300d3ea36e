/// <reference types="vite/client" />
import type { Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { next } from '../test/support/user.js';
import { assistantElement, storyArgs, type StoryGlobals } from './assistant-element.js';
import { shownAssistant } from './field-stories.js';

/**
 * Every definition in demo/forms/ (read from the folder; test/stories/story-coverage.test.ts fails when one has
 * no story here), in its municipality's theme; the language comes from the toolbar, everything else from Controls.
 * Each form as first shown, and with the first step's errors after "Weiter".
 */
const forms = import.meta.glob<unknown>('../demo/forms/*.json', { eager: true, import: 'default' });

function form(id: string): unknown {
  const definition = forms[`../demo/forms/${id}.json`];
  if (definition === undefined) throw new Error(`demo/forms/${id}.json does not exist`);
  return definition;
}

const meta = {
  title: 'Demo forms',
  component: 'antrag-assistant',
  render: (args: Args, { globals }: StoryContext) => assistantElement(args, globals satisfies StoryGlobals),
} satisfies Meta;
export default meta;

/** The form as first shown, in the given theme. */
function shown(id: string, theme: string): StoryObj {
  return {
    args: { ...storyArgs, definition: form(id) },
    globals: { theme },
    play: async ({ canvasElement }) => void (await shownAssistant(canvasElement)),
  };
}
/** The form's first step after "Weiter" with nothing answered: the error summary and every message. */
function withErrors(id: string, theme: string): StoryObj {
  return { ...shown(id, theme), play: async ({ canvasElement }) => next(await shownAssistant(canvasElement)) };
}

export const HundesteuerAnmeldung = shown('hundesteuer-anmeldung', 'musterstadt');
export const HundesteuerAnmeldungErrors = withErrors('hundesteuer-anmeldung', 'musterstadt');
export const Maengelmelder = shown('maengelmelder', 'musterstadt');
export const MaengelmelderErrors = withErrors('maengelmelder', 'musterstadt');
export const ParkausweisBehinderung = shown('parkausweis-behinderung', 'musterland');
export const ParkausweisBehinderungErrors = withErrors('parkausweis-behinderung', 'musterland');
export const SperrmuellAbholung = shown('sperrmuell-abholung', 'beispielhausen');
export const SperrmuellAbholungErrors = withErrors('sperrmuell-abholung', 'beispielhausen');
export const VerbrennungPflanzlicherAbfaelle = shown('verbrennung-pflanzlicher-abfaelle', 'beispielhausen');
export const VerbrennungPflanzlicherAbfaelleErrors = withErrors('verbrennung-pflanzlicher-abfaelle', 'kontrast');
