import { html, type TemplateResult } from 'lit';
import type { LocalizedText } from '../definition/schema.js';
import type { Translator } from '../i18n/translator.js';
import { renderRichText } from './render-rich-text.js';

/**
 * A definition text as the citizen reads it. When it falls back to another language than the interface's
 * (the German label of a de/en form in the Arabic assistant) it says so with `lang`, so a screen reader
 * switches voice, and takes its own direction (`dir="auto"`, isolated), so "kostenlos." keeps its full stop
 * at its end instead of reading ".kostenlos" in the right-to-left line.
 */
export function definitionText(t: Translator, value: LocalizedText | undefined): TemplateResult | string {
  return inLanguage(t.textLanguage(value), t.text(value));
}

/** `text` marked with its language and isolated, when that is not the interface's (`lang` is set). */
export const inLanguage = (lang: string | undefined, text: string): TemplateResult | string =>
  lang ? html`<span lang=${lang} dir="auto">${text}</span>` : text;

/**
 * A definition's rich text (hint, declaration, notice), marked with its language when it falls back. Each of
 * its paragraphs takes its own direction (`unicode-bidi: plaintext`, see styles/rich-text.ts) but keeps the
 * page's alignment and list bullets, like the labels around it.
 */
export function definitionRichText(t: Translator, value: LocalizedText | undefined): TemplateResult {
  const lang = t.textLanguage(value);
  const text = renderRichText(t.text(value), t.t('link.newTab'));
  return lang ? html`<div lang=${lang}>${text}</div>` : text;
}
