/** Side-effect entry: registers `<antrag-assistant>` (guarded against double registration). */
import { defineAntragElements } from './define-elements.js';

defineAntragElements();

export { AntragAssistant } from './elements/antrag-assistant.js';
