/**
 * Side-effect entry: registers `<antrag-assistant>` (guarded against double registration). Its types bring
 * the element into `HTMLElementTagNameMap` and its events into `GlobalEventHandlersEventMap`.
 */
import { defineAntragElements } from './define-elements.js';

defineAntragElements();

export { AntragAssistant } from './elements/antrag-assistant.js';
// Re-exported from define-elements (not from events) so that the declaration file keeps both global augmentations.
export type { AntragEventDetails, AntragEventMap, AntragEventName, SubmitDetail } from './define-elements.js';
