import type { Args } from '@storybook/web-components-vite';
import { AntragAssistant } from '../src/elements/antrag-assistant.js';

/** The toolbar's choices (.storybook/preview.ts), passed to every story's assistant. */
export interface StoryGlobals {
  theme?: string;
  lang?: string;
}

/**
 * What every field and form story starts with (each a Control): an intake that answers with a reference number
 * (a data: URL, so sending and the confirmation page work without a server), and no drafts, so one story's
 * answers never reach the next story of the same form (an element saves its draft when it leaves the page).
 */
export const storyArgs = {
  endpoint: 'data:application/json,{"reference":"BSP-2026-000042"}',
  drafts: 'off',
};

/**
 * An `<antrag-assistant>` made from a story's args (its Controls, generated from dist/custom-elements.json) and
 * the toolbar. An arg named like one of the element's attributes sets that attribute (a boolean toggles it, an
 * object is written as JSON); `definition` and `claims` set the properties. The toolbar's theme and language
 * apply unless a Control sets them. The manifest's slot, part and event rows are documentation only.
 */
export function assistantElement(args: Args, globals: StoryGlobals): AntragAssistant {
  const el = document.createElement('antrag-assistant');
  const observed = AntragAssistant.observedAttributes;
  const attributes: Record<string, unknown> = { theme: globals.theme, lang: globals.lang };
  for (const [name, value] of Object.entries(args)) if (observed.includes(name) && value !== '') attributes[name] = value;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    el.setAttribute(name, value === true ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  if (args.definition !== undefined) el.definition = args.definition;
  if (isRecord(args.claims)) el.claims = args.claims;
  return el;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
