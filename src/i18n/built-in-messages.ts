/**
 * The interface languages built into this build: German (the source language) and English. The script-tag
 * build swaps in built-in-messages.embed.ts (German only) and loads English like any other locale file.
 */
import type { LocaleMessages } from './locale-messages.js';
import { de } from './messages-de.js';
import { en } from './messages-en.js';

export const builtInMessages: Readonly<Record<string, LocaleMessages>> = { de, en };
