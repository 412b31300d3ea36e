/**
 * Definition texts that fall back to another language than the interface's (the German texts of a de/en
 * form in the Arabic assistant) say their language and keep their own direction; a folded declaration says
 * what it holds, in the definition's words.
 */
import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $, $$, answerStep, byId, next, text, until } from '../support/user.js';

/** The element that says which language `content` is in: its closest `lang` inside the assistant, else the host's. */
function languageOf(el: AntragAssistant, content: string): { lang: string; dir: string | null } {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.includes(content)) continue;
    const marked = node.parentElement?.closest('[lang]');
    return { lang: marked?.getAttribute('lang') ?? el.lang, dir: marked?.getAttribute('dir') ?? null };
  }
  throw new Error(`"${content}" is not shown`);
}

/** Where the `length` characters at the end of `content` are drawn (one Range per character). */
function endOf(el: AntragAssistant, content: string): DOMRect[] {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(content) ?? -1;
    if (at < 0) continue;
    return [2, 1].map((back) => {
      const range = document.createRange();
      range.setStart(node, at + content.length - back);
      range.setEnd(node, at + content.length - back + 1);
      return range.getBoundingClientRect();
    });
  }
  throw new Error(`"${content}" is not shown`);
}

type Definition = { steps: Array<{ fields: Array<Record<string, unknown>> }> };

/** A one-step form with the Hundesteuer's SEPA mandate, always visible; `change` edits the mandate. */
async function mandateForm(change: (mandate: Record<string, unknown>) => void = () => {}): Promise<unknown> {
  const definition = (await loadForm('hundesteuer-anmeldung')) as Definition;
  const mandate = { ...definition.steps.flatMap((s) => s.fields).find((f) => f['id'] === 'mandat')! };
  delete mandate['visibleIf'];
  change(mandate);
  return {
    schemaVersion: 1,
    id: 'mandat',
    version: '1.0.0',
    languages: ['de', 'en'],
    title: 'Mandat',
    steps: [{ id: 's', title: 'Zahlung', fields: [mandate] }],
  };
}

describe('texts in another language than the interface', () => {
  it('marks the German texts of the Hundesteuer in the Arabic interface with lang="de" and their own direction', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { lang: 'ar', theme: 'musterstadt' });
    expect(el.getAttribute('dir')).to.equal('rtl');
    for (const german of [
      'Hund zur Hundesteuer anmelden',
      'Steueramt',
      'Rechtsgrundlage: Hundesteuersatzung',
      'Halterin oder Halter',
      'Vorname',
      'Anrede',
    ]) {
      expect(languageOf(el, german), german).to.deep.equal({ lang: 'de', dir: 'auto' });
    }
    // A German hint (rich text) is one block in German; a select's options say their language too.
    const hint = $(el, '.field[data-field="anrede"] .hint [lang]');
    expect(hint?.getAttribute('lang')).to.equal('de');
    const options = $$<HTMLOptionElement>(el, '#f-anrede option');
    expect(options[0]!.lang, 'the interface\'s "choose" stays Arabic').to.equal('');
    expect(options.slice(1).map((option) => option.lang)).to.deep.equal(options.slice(1).map(() => 'de'));
    // The interface's own words stay in the interface's language.
    expect(languageOf(el, text($(el, 'button[type="submit"]'))!).lang).to.equal('ar');
    expect(languageOf(el, text($(el, '.optional'))!).lang).to.equal('ar');
  });

  it('draws the full stop of "kostenlos." and of a hint at their end in the Arabic Sperrmüll form, not before the sentence', async () => {
    const el = await renderAssistant(await loadForm('sperrmuell-abholung'), { lang: 'ar', theme: 'beispielhausen' });
    const [s, stop] = endOf(el, 'kostenlos.');
    expect(stop!.left, 'the full stop right of the "s" before it').to.be.at.least(s!.right - 0.5);
    expect(languageOf(el, 'kostenlos.')).to.deep.equal({ lang: 'de', dir: 'auto' });
    // The hint (rich text) "Dort stellen Sie den Sperrmüll bereit.": its own direction, the page's alignment.
    const [t, hintStop] = endOf(el, 'bereit.');
    expect(hintStop!.left, 'the full stop right of the "t" before it').to.be.at.least(t!.right - 0.5);
    const hint = $(el, '.field[data-field="abholadresse"] .hint')!;
    expect(hint.querySelector('[lang]')?.getAttribute('lang')).to.equal('de');
    expect(hintStop!.right, 'the hint still ends on the right, under its label').to.be.closeTo(hint.getBoundingClientRect().right, 1);
  });

  it('marks nothing where the form speaks the interface’s language: the Arabic Mängelmelder, the German Hundesteuer', async () => {
    const arabic = await renderAssistant(await loadForm('maengelmelder'), { lang: 'ar', theme: 'musterstadt' });
    expect($$(arabic, '[lang]').map((node) => node.outerHTML)).to.deep.equal([]);
    const german = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { lang: 'de', theme: 'musterstadt' });
    expect($$(german, '[lang]').map((node) => node.outerHTML)).to.deep.equal([]);
    const english = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { lang: 'en-GB', theme: 'musterstadt' });
    expect($$(english, '[lang]').map((node) => node.outerHTML)).to.deep.equal([]);
  });

  it('marks German answers’ labels on the Arabic review page and the confirmation text', async () => {
    const el = await renderAssistant(await loadForm('sperrmuell-abholung'), { lang: 'ar', theme: 'beispielhausen' });
    for (const answers of validAnswers['sperrmuell-abholung']!) {
      await answerStep(el, answers);
      await next(el);
    }
    const label = $(el, '.summary-row dt');
    expect(label?.querySelector('[lang]')?.getAttribute('lang')).to.equal('de');
    // "Ändern" names its question for screen readers, in the question's language (hidden, so no direction).
    expect($(el, '.summary-action .visually-hidden')?.getAttribute('lang')).to.equal('de');
    await next(el);
    await until(() => $(el, '.confirmation') !== null, 'the confirmation');
    const definition = (await loadForm('sperrmuell-abholung')) as { confirmation: { de: string } };
    expect(languageOf(el, definition.confirmation.de.slice(0, 20))).to.deep.equal({ lang: 'de', dir: 'auto' });
  });
});

describe('a folded declaration says what it holds', () => {
  it('names the SEPA mandate’s fold by its foldLabel: "Mandatstext anzeigen", "Show the mandate text"', async () => {
    for (const [lang, summary] of [
      ['de', 'Mandatstext anzeigen'],
      ['en', 'Show the mandate text'],
    ] as const) {
      const el = await renderAssistant(await mandateForm(), { lang });
      expect(text($(el, 'details.consent-text summary'))).to.equal(summary);
      expect(byId(el, 'f-mandat')?.getAttribute('type')).to.equal('checkbox');
    }
    const arabic = await renderAssistant(await mandateForm(), { lang: 'ar' });
    expect(languageOf(arabic, 'Mandatstext anzeigen')).to.deep.equal({ lang: 'de', dir: 'auto' });
  });

  it('without a foldLabel says "Wortlaut anzeigen: <statement>", the statement in its own language inside the interface’s words', async () => {
    const form = await mandateForm((mandate) => delete mandate['foldLabel']);
    const german = await renderAssistant(form, { lang: 'de' });
    expect(text($(german, 'details.consent-text summary'))).to.equal('Wortlaut anzeigen: Ich erteile das SEPA-Lastschriftmandat');
    const arabic = await renderAssistant(form, { lang: 'ar' });
    const summary = $(arabic, 'details.consent-text summary')!;
    expect(text(summary)).to.equal('عرض النص الكامل: Ich erteile das SEPA-Lastschriftmandat');
    expect(text(summary.querySelector('[lang="de"][dir="auto"]'))).to.equal('Ich erteile das SEPA-Lastschriftmandat');
  });

  it('checks a foldLabel like every text: each declared language, and only on a folded text', async () => {
    const untranslated = parseDefinition(await mandateForm((mandate) => (mandate['foldLabel'] = { de: 'Mandatstext anzeigen' })));
    expect(!untranslated.ok && untranslated.issues.map((issue) => issue.pointer)).to.deep.equal(['/steps/0/fields/0/foldLabel']);
    const unfolded = parseDefinition(await mandateForm((mandate) => delete mandate['collapsible']));
    expect(!unfolded.ok && unfolded.issues.map((issue) => `${issue.pointer} ${issue.message}`)).to.deep.equal([
      '/steps/0/fields/0/foldLabel "foldLabel" names a fold: it needs "collapsible": true.',
    ]);
    expect(parseDefinition(await mandateForm()).ok).to.equal(true);
  });
});
