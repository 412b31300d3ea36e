/** The script-tag build's interface languages: German only; English comes from antrag.locale-en.js (decision 0024). */
import type { LocaleMessages } from './locale-messages.js';
import { de } from './messages-de.js';

export const builtInMessages: Readonly<Record<string, LocaleMessages>> = { de };
