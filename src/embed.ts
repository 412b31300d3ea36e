/**
 * The script-tag bundle (`dist/antrag.embed.js`): everything in one file, no dynamic imports, no
 * globals besides the element name. Registers `<antrag-assistant>` on load.
 */
import { defineAntragElements } from './define-elements.js';

defineAntragElements();

// Types only (the file itself exports nothing): `import 'antrag/embed'` types the tag and its events.
export type { AntragEventDetails, AntragEventMap, AntragEventName, SubmitDetail } from './define-elements.js';
