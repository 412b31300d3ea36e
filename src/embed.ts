/**
 * The script-tag bundle (`dist/antrag.embed.js`): everything in one file, no dynamic imports, no
 * globals besides the element name. Registers `<antrag-assistant>` on load.
 */
import { defineAntragElements } from './define-elements.js';

defineAntragElements();
