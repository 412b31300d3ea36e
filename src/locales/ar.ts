/** Registers the UI messages in Arabic (`dist/antrag.locale-ar.js` for a script tag, `antrag/locales/ar` for bundlers). */
import { registerLocale } from '../i18n/locale-registry.js';
import { ar } from '../i18n/messages-ar.js';

registerLocale('ar', ar);
