import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { ar } from '../../src/i18n/messages-ar.js';
import { de } from '../../src/i18n/messages-de.js';
import { en } from '../../src/i18n/messages-en.js';
import { tr } from '../../src/i18n/messages-tr.js';
import { uk } from '../../src/i18n/messages-uk.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { loadForm, renderAssistant } from '../support/fixtures.js';
import { $, $$, answerStep, byId, focused, heading, next, text } from '../support/user.js';

type Text = string | Record<string, string>;
interface Form {
  languages: string[];
  steps: Array<{ title: Text; fields: Array<{ id: string; type: string; label: Text; hint?: Text }> }>;
}

const PLAIN = 'de-x-einfach';
const ui: Record<string, Record<string, string>> = { de, en, tr, uk, ar, [PLAIN]: de };
/** A definition text as the assistant should show it in `language` (Einfache Sprache falls back to German). */
const textIn = (value: Text, language: string) =>
  typeof value === 'string' ? value : (value[language] ?? value[language.split('-')[0]!] ?? value.de!);

async function switchTo(el: AntragAssistant, language: string): Promise<void> {
  const button = $$<HTMLButtonElement>(el, '.languages button').find((b) =>
    language === PLAIN ? text(b) === 'Einfache Sprache' : b.lang === language,
  );
  if (!button) throw new Error(`no switcher button for ${language}`);
  button.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('languages: the switcher and Einfache Sprache', () => {
  it('is opt-in, and offers the form languages with an interface (each named in itself) and Einfache Sprache', async () => {
    const el = await renderAssistant(await loadForm('maengelmelder'));
    expect($(el, '.languages')).to.equal(null);
    el.languageSwitcher = true;
    await el.updateComplete;
    const buttons = $$<HTMLButtonElement>(el, '.languages button');
    expect(buttons.map((b) => [b.lang, text(b)])).to.deep.equal([
      ['de', 'Deutsch'],
      ['en', 'English'],
      ['tr', 'Türkçe'],
      ['uk', 'Українська'],
      ['ar', 'العربية'],
      ['de', 'Einfache Sprache'],
    ]);
    expect($(el, '.languages')!.getAttribute('aria-label')).to.equal('Sprache');
    expect(buttons[0]!.getAttribute('aria-current')).to.equal('true');
    await expectNoAxeViolations(el, 'the language switcher');
  });

  it('keeps every answer and the errors when switching mid-form, and re-renders every visible text', async () => {
    const definition = (await loadForm('maengelmelder')) as Form;
    const el = await renderAssistant(definition);
    el.languageSwitcher = true;
    await el.updateComplete;
    await answerStep(el, { kategorie: 'wilder-muell' });
    await next(el);
    await answerStep(el, { ort: 'Parkplatz am Stadtpark', beschreibung: 'Bauschutt' });
    await next(el); // "gefaehrlich" is missing: the error summary shows
    const step = definition.steps[1]!;
    let before = '';
    for (const language of ['en', 'ar', 'tr', 'uk', PLAIN, 'de']) {
      await switchTo(el, language);
      const words = ui[language]!;
      expect(el.lang).to.equal(language);
      expect(el.getAttribute('dir')).to.equal(language === 'ar' ? 'rtl' : 'ltr');
      expect(focused(el)?.getAttribute('aria-current'), 'focus stays on the chosen language').to.equal('true');
      // The answers, untouched.
      expect(byId<HTMLInputElement>(el, 'f-ort')!.value).to.equal('Parkplatz am Stadtpark');
      expect(byId<HTMLTextAreaElement>(el, 'f-beschreibung')!.value).to.equal('Bauschutt');
      expect($<HTMLInputElement>(el, 'input[name="kategorie"]')).to.equal(null);
      // Every visible text, in the new language.
      expect(heading(el)).to.equal(textIn(step.title, language));
      for (const field of step.fields) {
        const control = byId(el, `f-${field.id}`) ?? byId(el, `f-${field.id}-0`);
        if (!control || field.type === 'notice') continue;
        const box = control.closest('.field')!;
        expect(text(box.querySelector('legend, label')), `label of ${field.id} in ${language}`).to.contain(textIn(field.label, language));
        if (field.hint)
          expect(text(box.querySelector('.hint')), `hint of ${field.id}`).to.contain(textIn(field.hint, language).slice(0, 20));
      }
      expect(text($(el, '.error-summary-title'))).to.equal(words['errorSummary.title']);
      expect(text($(el, 'button[type="submit"]'))).to.equal(words.next);
      expect(text($(el, '.progress'))).to.not.equal('');
      const errors = text($(el, '.error-summary-list'))!;
      expect(errors, `the error is worded anew in ${language}`).to.not.equal(before);
      before = errors;
    }
  });

  it('Einfache Sprache: the Mängelmelder has a plain-language text for every text, and the interface stays German', async () => {
    const definition = (await loadForm('maengelmelder')) as Form;
    const plain: string[] = [];
    const missing: string[] = [];
    JSON.stringify(definition, (key, value: unknown) => {
      if (value && typeof value === 'object' && !Array.isArray(value) && 'de' in value) {
        const texts = value as Record<string, string>;
        (texts[PLAIN] ? plain : missing).push(texts.de!);
      }
      return value;
    });
    expect(missing, 'texts without Einfache Sprache').to.deep.equal([]);
    expect(plain.length).to.be.greaterThan(20);
    const el = await renderAssistant(definition, { lang: PLAIN });
    expect(heading(el)).to.equal(textIn(definition.steps[0]!.title, PLAIN));
    expect(heading(el)).to.not.equal(textIn(definition.steps[0]!.title, 'de'));
    expect(text($(el, 'button[type="submit"]'))).to.equal('Weiter');
    expect(el.getAttribute('lang')).to.equal(PLAIN);
    await expectNoAxeViolations(el, 'Einfache Sprache');
  });
});
