/** Registers the UI messages in Turkish (`dist/antrag.locale-tr.js` for a script tag, `antrag/locales/tr` for bundlers). */
import { registerLocale } from '../i18n/locale-registry.js';
import { tr } from '../i18n/messages-tr.js';

registerLocale('tr', tr);
