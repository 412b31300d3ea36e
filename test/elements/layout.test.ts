import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { contrastRatio } from '../../src/theme/contrast.js';
import { demoForms, loadForm, renderAssistant, shippedThemes, validAnswers } from '../support/fixtures.js';
import { $, $$, answerStep, focused, next, until } from '../support/user.js';

/** A computed `rgb(…)` colour as hex, for the theme module's own WCAG contrast function. */
const hex = (rgb: string) =>
  `#${rgb
    .match(/\d+/gu)!
    .slice(0, 3)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')}`;
const contrast = (a: string, b: string) => contrastRatio(hex(a), hex(b))!;
/** WCAG 1.4.12: the text-spacing overrides a user's stylesheet or bookmarklet applies. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p, li, dd, dt, label, legend { margin-block-end: 2em !important; }`;

/** Every step of a form (pristine and with all errors) and the review, with `check` run on each. */
async function everyPage(form: string, el: AntragAssistant, check: (page: string) => void): Promise<void> {
  for (const answers of validAnswers[form]!) {
    check('pristine step');
    await next(el);
    check('step with errors');
    await answerStep(el, answers);
    await next(el);
  }
  check('review');
}

/** No horizontal scrolling: neither the assistant nor anything inside it is wider than its box. */
function expectNoHorizontalScroll(el: AntragAssistant, page: string): void {
  expect(el.scrollWidth, `${page}: the assistant scrolls sideways`).to.be.at.most(el.clientWidth);
  expect(el.getBoundingClientRect().right, `${page}: the assistant is wider than the viewport`).to.be.at.most(
    document.documentElement.clientWidth,
  );
  const box = el.getBoundingClientRect();
  const wider = $$(el, '*').filter((node) => {
    const rect = node.getBoundingClientRect();
    return rect.width > 0 && (rect.right > box.right + 1 || rect.left < box.left - 1);
  });
  expect(
    wider.map((node) => `${node.tagName.toLowerCase()}.${node.className}`),
    `${page}: content wider than the assistant`,
  ).to.deep.equal([]);
}

/** Text is neither cut off nor drawn over other text: no clipped boxes, no overlapping siblings in a field or the navigation. */
function expectNoClippingOrOverlap(el: AntragAssistant, page: string): void {
  const clipped = $$(el, 'label, legend, p, li, dt, dd, h2, h3, a, button, summary, .error-message').filter((node) => {
    const style = getComputedStyle(node);
    const hides = style.overflow !== 'visible' || style.overflowX !== 'visible' || style.overflowY !== 'visible';
    return (
      hides &&
      !node.matches('.visually-hidden, .visually-hidden *') &&
      (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1)
    );
  });
  expect(
    clipped.map((n) => n.textContent?.trim().slice(0, 40)),
    `${page}: clipped text`,
  ).to.deep.equal([]);
  const overlaps: string[] = [];
  for (const container of $$(el, '.field, .nav, .choice, .summary-row, fieldset')) {
    const boxes = [...container.children]
      .filter((child) => !child.matches('.visually-hidden') && getComputedStyle(child).position !== 'absolute')
      .map((child) => ({ child, rect: child.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.rect;
        const b = boxes[j]!.rect;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) overlaps.push(`${boxes[i]!.child.tagName} / ${boxes[j]!.child.tagName} in .${container.className}`);
      }
  }
  expect(overlaps, `${page}: overlapping boxes`).to.deep.equal([]);
}

const forcedColors = (value: 'active' | 'none') =>
  executeServerCommand('antrag-media-features', { features: [{ name: 'forced-colors', value }] });

describe('layout: reflow, text size, text spacing, host pages, forced colours, motion', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
    await forcedColors('none');
    document.documentElement.style.fontSize = '';
  });

  for (const form of demoForms) {
    it(`${form}: no horizontal scrolling at 320 px wide (WCAG 1.4.10), also in Arabic`, async () => {
      await setViewport({ width: 320, height: 640 });
      for (const lang of ['de', 'ar']) {
        sessionStorage.clear(); // a fresh tab for each language, not the draft of the one before
        const el = await renderAssistant(await loadForm(form), { lang });
        await everyPage(form, el, (page) => expectNoHorizontalScroll(el, `${lang} ${page}`));
      }
    });

    it(`${form}: text at 200 % and with WCAG 1.4.12 text spacing is neither clipped nor overlapping`, async () => {
      await setViewport({ width: 1280, height: 800 });
      // The browser's default text size doubled: rem (and so the assistant's base size) doubles.
      document.documentElement.style.fontSize = '200%';
      const el = await renderAssistant(await loadForm(form));
      expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(32);
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(TEXT_SPACING);
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
      await everyPage(form, el, (page) => {
        expectNoHorizontalScroll(el, page);
        expectNoClippingOrOverlap(el, page);
      });
    });
  }

  it('ignores a host page that shrinks rem with html { font-size: 62.5% }: same layout, readable text, 24 px targets', async () => {
    const measure = async () => {
      const el = await renderAssistant(await loadForm('verbrennung-pflanzlicher-abfaelle'));
      const box = (selector: string) => $(el, selector)!.getBoundingClientRect();
      return {
        font: getComputedStyle($(el, 'label')!).fontSize,
        width: Math.round(box('.assistant').width),
        checkbox: [Math.round(box('input[type="checkbox"]').width), Math.round(box('input[type="checkbox"]').height)],
        button: Math.round(box('button[type="submit"]').height),
      };
    };
    const normal = await measure();
    document.documentElement.style.fontSize = '62.5%';
    const shrunk = await measure();
    expect(shrunk).to.deep.equal(normal);
    expect(parseFloat(shrunk.font)).to.be.at.least(16);
    expect(Math.min(...shrunk.checkbox)).to.be.at.least(24);
    expect(shrunk.button).to.be.at.least(24);
  });

  it('keeps the field an error link leads to, and the next step heading, clear of a sticky 120 px host header (WCAG 2.4.11)', async () => {
    await setViewport({ width: 800, height: 600 });
    const page = await fixture<HTMLElement>(
      html`<div>
        <header style="position: sticky; top: 0; height: 120px; background: #036; z-index: 10"></header>
        <div style="height: 400px"></div>
        <antrag-assistant endpoint="/api/submissions" lang="de"></antrag-assistant>
        <div style="height: 1500px"></div>
      </div>`,
    );
    const el = page.querySelector<AntragAssistant>('antrag-assistant')!;
    el.definition = await loadForm('verbrennung-pflanzlicher-abfaelle');
    await el.updateComplete;
    const covered = (node: Element) => {
      const rect = node.getBoundingClientRect();
      return document.elementFromPoint(rect.left + 8, rect.top + 2) !== el;
    };
    await next(el);
    for (const link of $$<HTMLAnchorElement>(el, '.error-summary a')) {
      link.click();
      await el.updateComplete;
      const field = $(el, link.hash)!.closest('.field')!;
      const label = field.querySelector('legend, label')!;
      expect(covered(label), `the label of ${link.hash} is under the header`).to.equal(false);
    }
    // Weiter from far down the page: the review heading takes focus and is not hidden behind the header.
    await answerStep(el, validAnswers['verbrennung-pflanzlicher-abfaelle']![0]!);
    window.scrollTo(0, document.documentElement.scrollHeight);
    $<HTMLButtonElement>(el, 'button[type="submit"]')!.focus();
    await next(el);
    await until(() => $(el, '.summary-list') !== null, 'the review');
    expect(covered($(el, '#view-heading')!), 'the focused heading is under the header').to.equal(false);
  });

  it('keeps focus, checkbox and radio states visible with forced colours (Windows high contrast)', async () => {
    await forcedColors('active');
    const el = await renderAssistant(await loadForm('maengelmelder'));
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const radio = $<HTMLInputElement>(el, 'input[type="radio"]')!;
    radio.focus({ focusVisible: true } as FocusOptions);
    radio.click();
    const style = getComputedStyle(radio);
    expect(style.outlineStyle, 'focus ring drawn as an outline, which forced colours keep').to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(radio.checked).to.equal(true);
    // Native controls: forced colours draw their checked state in system colours.
    expect(style.appearance).to.equal('auto');
    const button = $<HTMLButtonElement>(el, 'button[type="submit"]')!;
    button.focus({ focusVisible: true } as FocusOptions);
    expect(getComputedStyle(button).outlineStyle).to.not.equal('none');
    expect(parseFloat(getComputedStyle(button).borderTopWidth), 'buttons keep a visible border').to.be.at.least(1);
  });

  for (const theme of shippedThemes) {
    it(`shows where the keyboard focus is in theme ${theme}: a 3 px ring that contrasts 3:1 with the page (WCAG 2.4.7, 1.4.11)`, async () => {
      const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme });
      $<HTMLElement>(el, '#view-heading')!.focus();
      await sendKeys({ press: 'Tab' });
      const control = focused(el)!;
      expect(control.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(control);
      expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
      expect(style.outlineStyle).to.equal('solid');
      const background = getComputedStyle($(el, '.assistant')!).backgroundColor;
      expect(contrast(style.outlineColor, background), `${style.outlineColor} on ${background}`).to.be.at.least(3);
    });
  }

  it('moves nothing when the user prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await renderAssistant(await loadForm('verbrennung-pflanzlicher-abfaelle'));
    await next(el);
    const moving = $$(el, '*').filter((node) => {
      const style = getComputedStyle(node);
      return parseFloat(style.transitionDuration) > 0 || parseFloat(style.animationDuration) > 0;
    });
    expect(moving.map((n) => `${n.tagName}.${n.className}`)).to.deep.equal([]);
  });

  it('takes its direction from its own language, whatever the host page says', async () => {
    const page = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <antrag-assistant lang="de"></antrag-assistant>
        <antrag-assistant></antrag-assistant>
      </div>`,
    );
    const [german, inherited] = [...page.querySelectorAll<AntragAssistant>('antrag-assistant')];
    const definition = await loadForm('maengelmelder');
    german!.definition = definition;
    inherited!.definition = definition;
    await german!.updateComplete;
    await inherited!.updateComplete;
    expect(german!.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle($(german!, 'label')!).direction).to.equal('ltr');
    expect(inherited!.getAttribute('dir')).to.equal('rtl');
    expectNoHorizontalScroll(german!, 'German in an rtl page');
  });
});
