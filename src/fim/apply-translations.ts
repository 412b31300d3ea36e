import type { Definition, Field, LocalizedText, Option, Step } from '../definition/schema.js';
import { CHOICE_LABEL } from './choice-group.js';
import { oneLine } from './map-field.js';
import { attribute, child, children, FimImportError, parseXml, text } from './xml-node.js';

/** One element's texts in one language: FIM `xdatenfelder.uebersetzung.0106` → `sprache` → `element`. */
interface Translated {
  label: string;
  outputLabel: string;
  hint: string;
  /** Option names and help texts by code. */
  values: Map<string, { name: string; hint: string }>;
}

/** Translations by language tag (`en`, `de-x-einfach` for Einfache Sprache), then by FIM element id. */
export type Translations = Map<string, Map<string, Translated>>;

/** Words the importer itself writes, in the languages it knows; others keep the German. */
const OWN: Record<string, Record<string, string>> = {
  'Weitere Angaben': { en: 'Further details' },
  Ja: { en: 'Yes' },
  Nein: { en: 'No' },
  'Bitte prüfen Sie das Format.': { en: 'Please check the format.', 'de-x-einfach': 'Bitte prüfen Sie, wie Sie es geschrieben haben.' },
  [CHOICE_LABEL]: { en: 'Which of these will you give?', 'de-x-einfach': 'Was möchten Sie angeben?' },
};

/**
 * Reads XDF 3 translation messages. `variant="simple"` (Einfache Sprache) becomes `de-x-einfach` (a variant
 * of German, not a language of its own); other languages their ISO 639 code.
 */
export function readTranslations(messages: readonly string[]): Translations {
  const translations: Translations = new Map();
  messages.forEach((xml, i) => {
    const document = parseXml(xml, `Translation file ${i + 1}`);
    const root = child(document, 'xdatenfelder.uebersetzung.0106');
    if (!root) throw new FimImportError(`Translation file ${i + 1} is not an XDatenfelder 3 translation (xdatenfelder.uebersetzung.0106).`);
    for (const sprache of children(root, 'sprache')) {
      const lang = (attribute(sprache, 'lang') ?? '').toLowerCase();
      if (!/^[a-z]{2,3}$/u.test(lang)) continue;
      const tag = attribute(sprache, 'variant') === 'simple' ? `${lang}-x-einfach` : lang;
      const elements = translations.get(tag) ?? new Map<string, Translated>();
      for (const element of children(sprache, 'element')) {
        const id = text(child(element, 'uebersetzt'), 'id');
        const values = new Map(children(child(element, 'werte'), 'wert').map((w) => [text(w, 'code'), { name: oneLine(text(w, 'name')), hint: oneLine(text(w, 'hilfe')) }]));
        elements.set(id, {
          label: oneLine(text(element, 'bezeichnungEingabe')),
          outputLabel: oneLine(text(element, 'bezeichnungAusgabe')),
          hint: oneLine(text(element, 'hilfetextEingabe')),
          values,
        });
      }
      translations.set(tag, elements);
    }
  });
  return translations;
}

/**
 * The definition with every translated text as `{ de, en, … }`; `languages` gains each translated language
 * (Einfache Sprache is a variant of German and is not listed). Untranslated texts stay German strings, which
 * every language shows as they are.
 */
export function applyTranslations(definition: Definition, translations: Translations): Definition {
  if (translations.size === 0) return definition;
  const tags = [...translations.keys()];
  const listed = tags.filter((tag) => !tag.includes('-x-') && tag !== 'de');
  const localize = (german: string, pick: (t: Translated) => string, fimId: string | undefined): LocalizedText => {
    const texts: Record<string, string> = {};
    for (const tag of tags) {
      const translated = fimId ? translations.get(tag)?.get(fimId) : undefined;
      const word = (translated && pick(translated)) || OWN[german]?.[tag];
      if (word) texts[tag] = word;
    }
    if (Object.keys(texts).length === 0) return german;
    // Every listed language needs a text (parseDefinition checks it): untranslated ones keep the German.
    for (const tag of listed) texts[tag] ??= german;
    return { de: german, ...texts };
  };
  const plain = (value: LocalizedText | undefined) => (typeof value === 'string' ? value : undefined);
  const field = <F extends Field>(f: F): F => {
    const id = f.fim?.id;
    const label = plain(f.label);
    const out: Record<string, unknown> = { ...f };
    if (label !== undefined) out.label = localize(label, (t) => t.label, id);
    if ('hint' in f && plain(f.hint)) out.hint = localize(plain(f.hint) ?? '', (t) => t.hint, id);
    if ('summaryLabel' in f && plain(f.summaryLabel)) out.summaryLabel = localize(plain(f.summaryLabel) ?? '', (t) => t.outputLabel, id);
    if (f.type === 'notice' && plain(f.text)) out.text = localize(plain(f.text) ?? '', (t) => t.hint, id);
    // Only the radio of an Auswahlgruppe has options and no FIM origin: each option is named after its alternative.
    if ('options' in f) out.options = f.options.map((o: Option) => (id ? option(o, id) : alternative(o)));
    // Groups and repeats hold questions of their own, translated alike.
    if (f.type === 'repeat' || f.type === 'group') out.fields = f.fields.map(field);
    return { ...f, ...out };
  };
  const option = (o: Option, fimId: string | undefined): Option => ({
    ...o,
    ...(typeof o.label === 'string' && { label: localize(o.label, (t) => t.values.get(o.value)?.name ?? '', fimId) }),
    ...(typeof o.hint === 'string' && { hint: localize(o.hint, (t) => t.values.get(o.value)?.hint ?? '', fimId) }),
  });
  const alternative = (o: Option): Option => ({ ...o, ...(typeof o.label === 'string' && { label: localize(o.label, (t) => t.label, o.value) }) });
  const step = (s: Step): Step => ({
    ...s,
    ...(typeof s.title === 'string' && { title: localize(s.title, (t) => t.label, s.fim?.id) }),
    ...(typeof s.description === 'string' && { description: localize(s.description, (t) => t.hint, s.fim?.id) }),
    fields: s.fields.map(field),
  });
  return {
    ...definition,
    title: typeof definition.title === 'string' ? localize(definition.title, (t) => t.label, definition.fim?.id) : definition.title,
    languages: [...definition.languages, ...listed.filter((tag) => !definition.languages.includes(tag))],
    steps: definition.steps.map(step),
  };
}
