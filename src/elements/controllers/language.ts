import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Definition } from '../../definition/schema.js';
import { loadLocale } from '../../i18n/locale-files.js';
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
 * Interface texts the build loads on demand (the script-tag file's locale files) are awaited with the old
 * words still shown; before the first form, the assistant waits for them (`settling`), so no German flashes.
 */
export class LanguageController implements ReactiveController {
  t: Translator = createTranslator('de');
  /** Still loading the interface texts the first form needs. */
  settling = false;

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
    if (wanted !== this.#wanted || form !== this.#form) {
      this.#wanted = wanted;
      this.#form = form;
      const loading = loadLocale(wanted);
      if (loading) {
        this.settling = !this.#shown;
        void loading.then(() => {
          this.#wanted = undefined; // Made anew with the loaded words on the next update.
          this.host.requestUpdate();
        });
      } else {
        this.t = createTranslator(wanted, languages ? [...languages] : ['de'], form?.kind);
        this.settling = false;
        this.#shown ||= form !== undefined;
        if (form) this.#warnWithoutTexts(wanted);
      }
    }
    const dir = RTL.test(this.t.language) ? 'rtl' : 'ltr';
    if (this.host.getAttribute('dir') !== dir) this.host.setAttribute('dir', dir);
  }

  #form: Pick<Definition, 'languages' | 'kind'> | undefined;
  #wanted: string | undefined;
  /** Whether a form was shown in some language: from then on a language switch keeps the form on screen while loading. */
  #shown = false;
  #warned = new Set<string>();

  /** A page language without interface texts falls back to German; the developer learns why, once. */
  #warnWithoutTexts(language: string): void {
    const base = language.split('-')[0] ?? language;
    if (hasInterfaceTexts(language) || hasInterfaceTexts(base) || this.#warned.has(language)) return;
    this.#warned.add(language);
    console.warn(`<antrag-assistant>: no interface texts for lang="${language}", so German is used; load antrag.locale-${base}.js first if Antrag has that language.`);
  }
}
