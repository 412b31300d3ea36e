/** Registers the UI messages in Ukrainian (`dist/antrag.locale-uk.js` for a script tag, `antrag/locales/uk` for bundlers). */
import { registerLocale } from '../i18n/locale-registry.js';
import { uk } from '../i18n/messages-uk.js';

registerLocale('uk', uk);
