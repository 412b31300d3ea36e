/**
 * Registers the UI messages in English (`dist/antrag.locale-en.js`, which the script-tag file loads by
 * itself when a form needs English; `antrag/locales/en` for bundlers, where English is built in anyway).
 */
import { registerLocale } from '../i18n/locale-registry.js';
import { en } from '../i18n/messages-en.js';

registerLocale('en', en);
