import { html, type TemplateResult } from 'lit';
import type { Definition } from '../../definition/schema.js';
import { hasInterfaceTexts, type Translator } from '../../i18n/translator.js';

/** The plain-language variant of German ("Einfache Sprache"), as a private-use language tag. */
export const PLAIN_GERMAN = 'de-x-einfach';

/**
 * The languages a citizen can switch to: the form's languages whose interface texts are available (built in,
 * or a loaded locale file), and Einfache Sprache when the definition has texts for it.
 */
export function switchableLanguages(definition: Definition): string[] {
  const languages = definition.languages.filter(hasInterfaceTexts);
  const plain = JSON.stringify(definition).includes(`"${PLAIN_GERMAN}"`);
  return plain ? [...languages, PLAIN_GERMAN] : languages;
}

/** Each language named in itself ("Türkçe", "العربية"), marked with its `lang` for screen readers (WCAG 3.1.2). */
function languageName(language: string): string {
  if (language === PLAIN_GERMAN) return 'Einfache Sprache';
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  // As a name on its own it starts with a capital ("Українська"), whatever the language does in a sentence.
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** The opt-in language switcher: one button per language; switching keeps every answer. */
export function renderLanguageSwitcher(languages: readonly string[], t: Translator, choose: (language: string) => void): TemplateResult {
  return html`<nav class="languages" part="languages" aria-label=${t.t('language.label')}>
    <ul>
      ${languages.map(
        (language) =>
          html`<li>
            <button
              type="button"
              class="link-button"
              lang=${language === PLAIN_GERMAN ? 'de' : language}
              aria-current=${language === t.language ? 'true' : 'false'}
              @click=${() => choose(language)}
            >
              ${languageName(language)}
            </button>
          </li>`,
      )}
    </ul>
  </nav>`;
}
