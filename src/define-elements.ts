import { AntragAssistant } from './elements/antrag-assistant.js';

/** The event types; re-exported here so every entry that registers the element also types its events. */
export type { AntragEventDetails, AntragEventMap, AntragEventName, SubmitDetail } from './elements/events.js';

/**
 * Registers `<antrag-assistant>` unless a copy of Antrag already did (a CMS may load the script twice);
 * the first definition wins and a warning says so.
 */
export function defineAntragElements(registry: CustomElementRegistry = customElements): void {
  const existing = registry.get('antrag-assistant');
  if (existing === undefined) registry.define('antrag-assistant', AntragAssistant);
  else if (existing !== AntragAssistant)
    console.warn('<antrag-assistant> is already defined by another copy of Antrag; that copy is used.');
}

declare global {
  interface HTMLElementTagNameMap {
    'antrag-assistant': AntragAssistant;
  }
}
