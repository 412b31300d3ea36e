import i18next, { type i18n } from 'i18next';
import type { Field, FormKind, LocalizedText } from '../definition/schema.js';
import { builtInMessages } from './built-in-messages.js';
import { loadableLocale } from './locale-files.js';
import type { MessageKey } from './messages-de.js';
import { registeredLocale } from './locale-registry.js';

/** The shape of a validation issue, as the model reports it (i18n does not import model/). */
export interface IssueLike {
  code: string;
  part?: string;
  params?: Readonly<Record<string, string | number>>;
}

/** UI languages built into this build (German, and English but in the script-tag file). Others fall back to German, the source language. */
export const uiLanguages: readonly string[] = Object.keys(builtInMessages);

/** Whether the interface has its own words for `language`: built in, from a locale file the page loaded, or one this build loads itself. */
export function hasInterfaceTexts(language: string): boolean {
  return Object.hasOwn(builtInMessages, language) || registeredLocale(language) !== undefined || loadableLocale(language);
}

/**
 * One i18next instance per language for the whole page, shared by every assistant: their resources are the
 * same, and a page of several assistants need not build them again. Each is isolated from a host page's own
 * i18next; its language never changes (a translator switches instances instead).
 */
const instances = new Map<string, i18n>();

function instanceFor(language: string): i18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: language,
      fallbackLng: 'de',
      resources: Object.fromEntries(Object.entries(builtInMessages).map(([lang, translation]) => [lang, { translation }])),
      keySeparator: false,
      nsSeparator: false,
      // Lit escapes every interpolation into text nodes; i18next's own HTML escaping would double it.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    instances.set(language, instance);
  }
  // Languages beyond the built-in ones come from locale files (see locale-registry.ts), maybe loaded since.
  const messages = registeredLocale(language) ?? registeredLocale(language.split('-')[0] ?? language);
  if (messages && !instance.hasResourceBundle(language, 'translation')) instance.addResourceBundle(language, 'translation', messages);
  return instance;
}

/** Words for one assistant in one language: UI messages, definition texts, issue messages, formats. */
export interface Translator {
  readonly language: string;
  /** Switches language; answers and issues are untouched, only the words change. */
  setLanguage(language: string): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** The text of a definition string in the active language, falling back to the form's languages. */
  text(value: LocalizedText | undefined): string;
  /**
   * The language of `text(value)` when it is not the interface's: German in the Arabic form of a de/en
   * definition. Undefined when it is the interface's language or unknown (one string for every language).
   */
  textLanguage(value: LocalizedText | undefined): string | undefined;
  /**
   * The message for a validation issue (a model `FieldIssue`) on a field; `own` is the definition's own
   * text for it (`messages` of the field), filled with the same placeholders (`{{label}}`, `{{max}}`, …).
   */
  issue(field: Field, issue: IssueLike, own?: LocalizedText): string;
  formatNumber(value: number): string;
  /** An amount in euros, e.g. "96,00 €" in German. */
  formatCurrency(value: number): string;
  formatDate(isoDate: string): string;
}

/** Which verb a "required" message uses: upload a file, choose an option, confirm a statement, or give an answer. */
function requiredKind(field: Field): 'upload' | 'choice' | 'checkbox' | 'input' {
  if (field.type === 'file') return 'upload';
  if (field.type === 'select' || field.type === 'radio' || field.type === 'checkboxes') return 'choice';
  return field.type === 'checkbox' || field.type === 'consent' ? 'checkbox' : 'input';
}

/**
 * Words for one assistant, from the page's i18next instance for its language (never a host page's own
 * i18next, never another assistant's language). A form of another `kind` than
 * `antrag` says "Meldung" or "Anzeige" wherever a message has a `kind.<kind>.<key>` variant.
 */
export function createTranslator(language: string, formLanguages: readonly string[] = ['de'], kind: FormKind = 'antrag'): Translator {
  let instance = instanceFor(language);
  // Words without parameters ("(optional)", "Bitte auswählen") are looked up once per language: a step of
  // 500 questions asks for them 500 times per render.
  const plain = new Map<string, string>();
  /** A message's variant for the form's kind ("Ihre Meldung ist eingegangen"), if it has one. */
  const ofKind = (key: MessageKey): string => (kind !== 'antrag' && instance.exists(`kind.${kind}.${key}`) ? `kind.${kind}.${key}` : key);
  let numbers: Intl.NumberFormat | undefined;
  // Plain "en" formats as in Britain ("1 December 2026"), as German public bodies write English; a page
  // that asks for a region (en-US) gets that region's formats.
  const locale = () => (instance.language === 'en' ? 'en-GB' : instance.language);
  const numberFormat = () => (numbers ??= new Intl.NumberFormat(locale()));
  // A label or file name goes into the sentence in the language's quotation marks, isolated (FSI … PDI) so
  // that an Arabic sentence keeps its order around a Latin label; one with quotation marks of its own is not
  // quoted again ("Was ist „Sonstiges“?" never becomes „Was ist „Sonstiges“?“).
  const quoted = (text: string) => {
    const isolated = `\u2068${text}\u2069`;
    return /["„“”‚‘«»‹›]/u.test(text) ? isolated : translator.t('issue.quoted', { text: isolated });
  };
  const base = (language: string) => language.split('-')[0] ?? language;
  /** Which of a text's languages is shown: the interface's, its base, the form's, German, English, else the first. */
  // The interface's own language first, without a list: every label and hint of a step asks, every render.
  const languageOf = (value: Readonly<Record<string, string>>): string | undefined =>
    Object.hasOwn(value, instance.language)
      ? instance.language
      : ([base(instance.language), ...formLanguages, 'de', 'en'].find((candidate) => Object.hasOwn(value, candidate)) ?? Object.keys(value)[0]);
  const translator: Translator = {
    get language() {
      return instance.language;
    },
    setLanguage(next) {
      instance = instanceFor(next);
      plain.clear();
      numbers = undefined;
    },
    t(key, params) {
      if (params) return instance.t(ofKind(key), params);
      let word = plain.get(key);
      if (word === undefined) plain.set(key, (word = instance.t(ofKind(key), {})));
      return word;
    },
    text(value) {
      if (value === undefined) return '';
      if (typeof value === 'string') return value;
      const language = languageOf(value);
      return (language === undefined ? undefined : value[language]) ?? '';
    },
    textLanguage(value) {
      const language = value === undefined || typeof value === 'string' ? undefined : languageOf(value);
      return language && base(language) !== base(instance.language) ? language : undefined;
    },
    issue(field, issue, own) {
      const params = issue.params ?? {};
      const values: Record<string, string | number> = { label: quoted(translator.text(field.label)) };
      const dated = (issue.code === 'min' || issue.code === 'max') && (field.type === 'date' || field.type === 'time');
      for (const [name, value] of Object.entries(params)) {
        if (name === 'name') values[name] = quoted(String(value));
        else if (dated && field.type === 'date') values[name] = translator.formatDate(String(value));
        else values[name] = typeof value === 'number' && !dated ? translator.formatNumber(value) : value;
      }
      const counted = ['minSelected', 'maxSelected', 'minItems', 'maxItems', 'maxFiles'].includes(issue.code);
      if (counted) values.count = Number(params.min ?? params.max);
      // The definition's own words for this issue, with the same placeholders as ours.
      if (own !== undefined) return translator.text(own).replace(/\{\{\s*(\w+)\s*\}\}/gu, (all, name: string) => String(values[name] ?? all));
      if (issue.code === 'pattern' && field.type === 'text' && field.pattern) return translator.text(field.pattern.message);
      if (issue.code === 'addressPart') return translator.t(`issue.address.${issue.part as 'strasse'}`, values);
      if (issue.code === 'required') return translator.t(`issue.required.${requiredKind(field)}`, values);
      if (dated) return translator.t(`issue.${issue.code === 'min' ? 'min' : 'max'}${field.type === 'date' ? 'Date' : 'Time'}`, values);
      if (counted) return translator.t(`issue.${issue.code}` as MessageKey, values);
      // An intake may answer with codes of its own (422): those read as "not accepted".
      const key = instance.exists(`issue.${issue.code}`) ? issue.code : 'server';
      return translator.t(`issue.${key}` as MessageKey, values);
    },
    formatNumber: (value) => numberFormat().format(value),
    // A real minus sign ("−816,00 €"): the hyphen is easy to miss and some screen readers skip it.
    formatCurrency: (value) => new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(value).replace('-', '\u2212'),
    formatDate(isoDate) {
      const [year, month, day] = isoDate.split('-').map(Number);
      if (!year || !month || !day) return isoDate;
      return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year, month - 1, day)),
      );
    },
  };
  return translator;
}
