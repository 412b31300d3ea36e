import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Definition } from '../../definition/schema.js';
import { createTranslator, hasInterfaceTexts, type Translator } from '../../i18n/translator.js';

/** Languages written right to left (Arabic, Hebrew, Persian, Urdu). */
const RTL = /^(ar|he|fa|ur)(-|$)/u;

/** What the language controller reads from its element. */
export interface LanguageHost extends ReactiveControllerHost, HTMLElement {
  lang: string;
}

/**
 * The assistant's language: `lang`, else the nearest `lang` of the page, else the form's first language.
 * The one place a translator is made; the assistant's direction follows its language, whatever the page uses.
 */
export class LanguageController implements ReactiveController {
  t: Translator = createTranslator('de');

  constructor(
    private readonly host: LanguageHost,
    /** The form's languages and kind (the words "Antrag", "Meldung", "Anzeige"). */
    private readonly form: () => Pick<Definition, 'languages' | 'kind'> | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const form = this.form();
    const languages = form?.languages;
    const wanted = this.host.lang || this.host.closest('[lang]')?.getAttribute('lang') || languages?.[0] || 'de';
    if (wanted !== this.t.language || form !== this.#form) {
      this.t = createTranslator(wanted, languages ? [...languages] : ['de'], form?.kind);
      if (form) this.#warnWithoutTexts(wanted);
    }
    this.#form = form;
    const dir = RTL.test(this.t.language) ? 'rtl' : 'ltr';
    if (this.host.getAttribute('dir') !== dir) this.host.setAttribute('dir', dir);
  }

  #form: Pick<Definition, 'languages' | 'kind'> | undefined;
  #warned = new Set<string>();

  /** A page language without interface texts falls back to German; the developer learns why, once. */
  #warnWithoutTexts(language: string): void {
    const base = language.split('-')[0] ?? language;
    if (hasInterfaceTexts(language) || hasInterfaceTexts(base) || this.#warned.has(language)) return;
    this.#warned.add(language);
    console.warn(`<antrag-assistant>: no interface texts for lang="${language}", so German is used; load antrag.locale-${base}.js first if Antrag has that language.`);
  }
}
