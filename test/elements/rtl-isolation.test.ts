import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $, $$, answerStep, byId, fill, heading, next, until, upload } from '../support/user.js';

const GERMAN = 'Farbeimer liegen am Wegrand.';
const jpeg = (name: string) => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], name, { type: 'image/jpeg' });

/** The Arabic Mängelmelder at its second step (place, description, photos). */
async function arabicDetails(): Promise<AntragAssistant> {
  const el = await renderAssistant(await loadForm('maengelmelder'), { lang: 'ar', theme: 'musterstadt' });
  expect(el.getAttribute('dir')).to.equal('rtl');
  await answerStep(el, { kategorie: 'wilder-muell' });
  await next(el);
  return el;
}

/** The text node that shows `content` inside `element`. */
function textShowing(element: Element, content: string): Text {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text && node.data.includes(content)) return node;
  throw new Error(`"${content}" is not shown in ${element.outerHTML}`);
}

/** Where the characters `from`…`to` of `content` are drawn on the screen. */
function drawn(element: Element, content: string, from = 0, to = content.length): DOMRect {
  const node = textShowing(element, content);
  const start = node.data.indexOf(content);
  const range = document.createRange();
  range.setStart(node, start + from);
  range.setEnd(node, start + to);
  return range.getBoundingClientRect();
}

/**
 * What a person sees of a left-to-right text on one line: its first character at its left end and its last
 * at its right end (in a right-to-left paragraph without isolation, a final full stop is drawn at the left).
 */
function expectReadsLeftToRight(element: Element, content: string): void {
  const whole = drawn(element, content);
  const first = drawn(element, content, 0, 1);
  const last = drawn(element, content, content.length - 1);
  expect(whole.height, `"${content}" on one line`).to.be.below(first.height * 1.5);
  expect(first.left, `"${content[0]}" starts "${content}" on the left`).to.be.closeTo(whole.left, 0.5);
  expect(last.right, `"${content.at(-1)}" ends "${content}" on the right`).to.be.closeTo(whole.right, 0.5);
}

describe('right to left: answers and file names keep their own direction in the Arabic form', () => {
  it('lays out a German answer typed into the Arabic form left to right; an empty field and an Arabic answer stay right to left', async () => {
    const el = await arabicDetails();
    const description = byId<HTMLTextAreaElement>(el, 'f-beschreibung')!;
    expect(getComputedStyle(description).direction, 'empty: the caret starts on the right').to.equal('rtl');
    description.focus();
    await sendKeys({ type: GERMAN });
    await el.updateComplete;
    expect(description.value, 'no key lost while the direction changed').to.equal(GERMAN);
    expect(getComputedStyle(description).direction).to.equal('ltr');

    const place = byId<HTMLInputElement>(el, 'f-ort')!;
    expect(getComputedStyle(place).direction).to.equal('rtl');
    await fill(el, 'ort', 'Parkplatz am Stadtpark');
    expect(getComputedStyle(place).direction).to.equal('ltr');
    await fill(el, 'ort', 'شارع الحديقة 12');
    expect(getComputedStyle(place).direction).to.equal('rtl');
  });

  it('isolates chosen file names, so "2024-05-01 Schlagloch.jpg" keeps its order in the Arabic form', async () => {
    const el = await arabicDetails();
    await upload(el, 'fotos', [jpeg('Foto 1.jpg'), jpeg('2024-05-01 Schlagloch.jpg')]);
    const names = $$(el, '.file-list .file-name');
    expect(names.map((name) => name.textContent)).to.deep.equal(['Foto 1.jpg', '2024-05-01 Schlagloch.jpg']);
    expectReadsLeftToRight(names[1]!, '2024-05-01 Schlagloch.jpg');
    for (const name of names) {
      expect(getComputedStyle(name).direction, name.textContent ?? '').to.equal('ltr');
      expect(getComputedStyle(name).unicodeBidi, name.textContent ?? '').to.equal('isolate');
    }
  });

  it("shows a German answer with its full stop at its end, on the Arabic review page and in the confirmation's summary", async () => {
    const el = await arabicDetails();
    await answerStep(el, { gefaehrlich: 'nein', ort: 'Parkplatz am Stadtpark', beschreibung: GERMAN });
    await next(el);
    await answerStep(el, { rueckmeldung: 'nein' });
    await next(el);
    expect(heading(el)).to.equal('يُرجى التحقق من بياناتك');
    const answerOf = (summary: ParentNode) => {
      const row = [...summary.querySelectorAll('.summary-row')].find((r) => r.querySelector('dd')?.textContent?.includes(GERMAN));
      if (!row) throw new Error('no row with the description');
      return row.querySelector('dd')!;
    };
    const answer = answerOf(el.shadowRoot!);
    expectReadsLeftToRight(answer, GERMAN);
    // The answer itself still lines up on the right, under its Arabic label.
    expect(drawn(answer, GERMAN).right).to.be.closeTo(answer.getBoundingClientRect().right, 1);

    await next(el);
    await until(() => $(el, '.confirmation') !== null, 'the confirmation');
    const summary = $<HTMLDetailsElement>(el, '.confirmation-summary')!;
    summary.open = true;
    expectReadsLeftToRight(answerOf(summary), GERMAN);
  });

  it('shows the reference number whole and in its order in the Arabic confirmation on a phone, not broken at a hyphen', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await arabicDetails();
      await answerStep(el, { gefaehrlich: 'nein', ort: 'Parkplatz am Stadtpark', beschreibung: GERMAN });
      await next(el);
      await answerStep(el, { rueckmeldung: 'nein' });
      await next(el);
      await next(el);
      await until(() => $(el, '.reference') !== null, 'the confirmation');
      const paragraph = $(el, '.reference')!;
      const reference = /MM-\d{4}-\d{6}/u.exec(paragraph.textContent ?? '')?.[0];
      expect(reference, 'a reference in the confirmation').to.be.a('string');
      expectReadsLeftToRight(paragraph, reference!);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('lists in running text use the language\'s own comma', () => {
  for (const [lang, separator, wrong] of [
    ['ar', '\u060c ', ', '],
    ['de', ', ', '\u060c'],
  ] as const) {
    it(`${lang}: two chosen options on the review page are joined with "${separator.trim()}"`, async () => {
      const el = await renderAssistant(await loadForm('verbrennung-pflanzlicher-abfaelle'), { lang });
      await answerStep(el, validAnswers['verbrennung-pflanzlicher-abfaelle']![0]!);
      await next(el);
      await until(() => $(el, '.summary-list') !== null, 'the review');
      const row = $$(el, '.summary-row').find((r) => r.querySelector('dd')!.textContent!.includes('Laub'))!;
      const answer = row.querySelector('dd')!.textContent!.trim();
      expect(answer).to.include(`Strauchschnitt${separator}Laub`);
      expect(answer).not.to.include(wrong);
    });
  }
});
