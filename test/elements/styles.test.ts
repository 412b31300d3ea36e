import { expect, fixture, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { styles } from '../../src/elements/styles.js';
import { toCustomProperties } from '../../src/theme/design-tokens.js';
import { neutral } from '../../src/theme/themes.js';
import { loadForm, validAnswers } from '../support/fixtures.js';
import { $, $$, answerStep, next, until } from '../support/user.js';
import { faultScope } from '../support/intake-faults.js';

/** The neutral theme as custom properties: `--antrag-color-primary` → `#1F4E79`, aliases as `var(--antrag-…)`. */
const tokens = toCustomProperties(neutral.tokens);
/** A token's neutral value with its alias followed: `--antrag-header-rule` → `#1F4E79`. */
const resolved = (property: string): string => {
  const value = tokens.get(property)!;
  const alias = /^var\((--antrag-[a-z-]+)\)$/u.exec(value)?.[1];
  return alias ? resolved(alias) : value;
};
/** A hex colour as getComputedStyle reports it. */
const rgb = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};
const css = styles.map((sheet) => sheet.cssText).join('\n');
const HEX = /#[0-9a-f]{3,8}\b/giu;
/** One step: a required field and an info notice. */
const noticeForm = {
  schemaVersion: 1,
  id: 'styles-probe',
  version: '1.0.0',
  languages: ['de'],
  title: { de: 'Probe' },
  steps: [
    {
      id: 'eins',
      title: { de: 'Angaben' },
      fields: [
        { id: 'name', type: 'text', label: { de: 'Name' }, required: true },
        { id: 'hinweis', type: 'notice', label: { de: 'Gut zu wissen' }, text: { de: 'Ein Hinweis.' } },
      ],
    },
  ],
  confirmation: { de: 'Danke.' },
};

/** An assistant without any theme: neither a `theme` attribute nor tokens from the page, only the CSS defaults. */
async function unthemed(definition: unknown, endpoint = '/api/submissions'): Promise<AntragAssistant> {
  const el = await fixture<AntragAssistant>(
    html`<antrag-assistant .definition=${definition} lang="de" drafts="off" endpoint=${endpoint}></antrag-assistant>`,
  );
  await el.updateComplete;
  return el;
}

/** Every computed style of the host, its live region and every element of its shadow tree, in document order. */
function computedStyles(el: AntragAssistant): Array<[string, string[]]> {
  return [el, ...el.children, ...$$(el, '*')].map((node) => {
    const style = getComputedStyle(node);
    const declarations = [...style].filter((name) => !name.startsWith('--')).map((name) => `${name}: ${style.getPropertyValue(name)}`);
    return [`${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''}`, declarations];
  });
}

describe('styles: every default is the neutral theme’s, defined once', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' })); // no colour transition half-way through a comparison
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('without a theme, every private property on :host holds the neutral theme’s value', async () => {
    const el = await unthemed(await loadForm('maengelmelder'));
    const host = getComputedStyle(el);
    // No token comes from anywhere: not the theme's adopted sheet, not the page.
    expect([...tokens.keys()].filter((property) => host.getPropertyValue(property) !== '')).to.deep.equal([]);
    const actual = [...tokens.keys()].map((property) => [property, host.getPropertyValue(property.replace('--antrag-', '--_')).trim()]);
    expect(actual).to.deep.equal([...tokens.keys()].map((property) => [property, resolved(property)]));
  });

  it('without a theme, colours, fonts, radii and spacing are drawn with the neutral theme’s values', async () => {
    const el = await unthemed(noticeForm);
    await next(el);
    const style = (selector: string) => getComputedStyle($(el, selector)!);
    const color = (property: string) => rgb(resolved(property));
    expect(style('.assistant').color).to.equal(color('--antrag-color-text'));
    expect(style('.assistant').backgroundColor).to.equal(color('--antrag-color-background'));
    expect(style('.assistant').fontFamily).to.equal(resolved('--antrag-font-body'));
    expect(style('h2').fontFamily).to.equal(resolved('--antrag-font-heading'));
    expect(style('.header').borderBottomColor).to.equal(color('--antrag-header-rule'));
    expect(style('.progress').color).to.equal(color('--antrag-color-text-muted'));
    expect(style('.progress').marginBottom).to.equal(resolved('--antrag-space-unit'));
    expect(style('.notice').backgroundColor).to.equal(color('--antrag-color-surface'));
    expect(style('.error-summary').borderTopColor).to.equal(color('--antrag-error-summary-border'));
    expect(style('.error-summary').borderTopLeftRadius).to.equal(resolved('--antrag-radius-panel'));
    expect(style('.error-summary').outlineColor, 'the focused summary').to.equal(color('--antrag-color-focus'));
    expect(style('.error-message').color).to.equal(color('--antrag-color-error'));
    expect(style('.input').borderTopColor).to.equal(color('--antrag-color-error'));
    expect(style('.input').borderTopLeftRadius).to.equal(resolved('--antrag-radius-control'));
    const button = $(el, 'button[type="submit"]')!;
    expect(getComputedStyle(button).color).to.equal(color('--antrag-color-on-primary'));
    expect(getComputedStyle(button).backgroundColor).to.equal(color('--antrag-color-primary'));
    expect(getComputedStyle(button).borderTopLeftRadius).to.equal(resolved('--antrag-button-radius'));
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    try {
      expect(getComputedStyle(button).backgroundColor, 'under the pointer').to.equal(color('--antrag-color-primary-hover'));
    } finally {
      await sendMouse({ type: 'move', position: [0, 0] });
    }
    $(el, '.error-summary')!.focus();
    await sendKeys({ press: 'Tab' });
    // The summary's links keep their error colour on the focus colour, underlined in the focus text colour.
    const link = getComputedStyle($(el, '.error-summary-list a')!);
    expect([link.color, link.backgroundColor, link.boxShadow], 'a link with keyboard focus').to.deep.equal([
      color('--antrag-color-error'),
      color('--antrag-color-focus'),
      `${color('--antrag-color-focus-text')} 0px 4px 0px 0px`,
    ]);
  });

  it('without a theme, every page looks exactly as with theme="neutral" (every computed style of every element)', async function () {
    this.timeout(120000);
    const intake = faultScope();
    await intake.inject([{ times: null, status: 503 }]);
    const definition = await loadForm('hundesteuer-anmeldung');
    // One on top of the other, so that even the computed offsets of absolutely positioned elements agree.
    const place = async (assistant: TemplateResult) =>
      (await fixture(html`<div style="position: absolute; inset: 0 0 auto">${assistant}</div>`)).firstElementChild as AntragAssistant;
    const plain = await place(
      html`<antrag-assistant .definition=${definition} lang="de" drafts="off" endpoint=${intake.endpoint}></antrag-assistant>`,
    );
    const themed = await place(
      html`<antrag-assistant
        .definition=${definition}
        theme="neutral"
        lang="de"
        drafts="off"
        endpoint=${intake.endpoint}
      ></antrag-assistant>`,
    );
    await Promise.all([plain.updateComplete, themed.updateComplete]);
    plain.maxAttempts = themed.maxAttempts = 1;
    const found: string[] = [];
    /** Takes both assistants through the same step and compares them, each right after its own step (it has the focus then). */
    const compare = async (page: string, step: (el: AntragAssistant) => Promise<void>) => {
      await step(plain);
      const left = computedStyles(plain);
      await step(themed);
      const right = computedStyles(themed);
      expect(
        left.map(([node]) => node),
        `${page}: the same elements`,
      ).to.deep.equal(right.map(([node]) => node));
      left.forEach(([node, declarations], i) =>
        declarations.forEach((declaration, j) => {
          if (declaration !== right[i]![1][j]) found.push(`${page}: ${node} ${declaration} ≠ ${right[i]![1][j]}`);
        }),
      );
    };
    const steps = validAnswers['hundesteuer-anmeldung']!;
    await compare('step 1', async () => {});
    for (const [index, answers] of steps.entries()) {
      await compare(`step ${index + 1} with errors`, next);
      await compare(`step ${index + 1}, a summary link with keyboard focus`, async (el) => {
        $(el, '.error-summary')!.focus();
        await sendKeys({ press: 'Tab' });
      });
      await compare(index + 1 < steps.length ? `step ${index + 2}` : 'review', async (el) => {
        await answerStep(el, answers);
        await next(el);
      });
    }
    await compare('submit failed', async (el) => {
      await next(el);
      await until(() => $(el, '#submit-failed') !== null, 'the failure notice');
      await el.updateComplete;
    });
    await intake.heal();
    await compare('confirmation', async (el) => {
      await next(el);
      await until(() => $(el, '.confirmation') !== null, 'the confirmation');
    });
    expect(found.slice(0, 20), `${found.length} differences`).to.deep.equal([]);
  });

  it('a theme’s tokens override the defaults, a page’s tokens override the theme, and component tokens follow their system token', async () => {
    const definition = await loadForm('maengelmelder');
    const render = async (theme: string | undefined, style: string) => {
      const el = await fixture<AntragAssistant>(
        html`<antrag-assistant
          .definition=${definition}
          theme=${theme ?? nothing}
          style=${style}
          lang="de"
          drafts="off"
        ></antrag-assistant>`,
      );
      await next(el);
      const button = getComputedStyle($(el, 'button[type="submit"]')!);
      const summary = getComputedStyle($(el, '.error-summary')!);
      const header = getComputedStyle($(el, '.header')!);
      return {
        primary: button.backgroundColor,
        buttonRadius: button.borderTopLeftRadius,
        headerRule: header.borderBottomColor,
        summaryBorder: summary.borderTopColor,
        heading: getComputedStyle($(el, 'h2')!).fontFamily,
      };
    };
    const musterstadt = await render('musterstadt', '');
    expect(musterstadt).to.deep.equal({
      primary: rgb('#004B87'),
      buttonRadius: '4px',
      headerRule: rgb('#004B87'),
      summaryBorder: rgb(resolved('--antrag-color-error')),
      heading: 'Georgia, Cambria, "Times New Roman", Times, serif',
    });
    // Set on the element by the page: wins over the theme's adopted sheet, and moves the aliases with it.
    const page = '--antrag-color-primary: #6A1B9A; --antrag-radius-control: 8px; --antrag-color-error: #8B0000';
    const overridden = { primary: rgb('#6A1B9A'), buttonRadius: '8px', headerRule: rgb('#6A1B9A'), summaryBorder: rgb('#8B0000') };
    expect(await render('musterstadt', page)).to.deep.equal({ ...overridden, heading: musterstadt.heading });
    expect(await render(undefined, page)).to.deep.equal({ ...overridden, heading: resolved('--antrag-font-heading') });
  });

  it('reads the public tokens only on :host, each exactly once, with the neutral value as its fallback', async () => {
    const [host, ...views] = styles;
    const declared = [...host!.cssText.matchAll(/(--_[a-z-]+): var\((--antrag-[a-z-]+), ([^;]+)\);/gu)];
    const alias = (value: string) => value.replace(/^var\(--antrag-/u, 'var(--_');
    expect(declared.map(([, own, token, fallback]) => [own, token, fallback])).to.deep.equal(
      [...tokens].map(([token, value]) => [token.replace('--antrag-', '--_'), token, alias(value)]),
    );
    // Everything else reads the private properties only, and only those :host declares.
    expect(views.filter((sheet) => sheet.cssText.includes('--antrag-')).map((sheet) => sheet.cssText.slice(0, 80))).to.deep.equal([]);
    const read = new Set([...css.matchAll(/var\((--_[a-z-]+)\)/gu)].map((m) => m[1]));
    expect([...read].filter((own) => !declared.some(([, name]) => name === own))).to.deep.equal([]);
    // Every public token the CSS reads is documented for municipal web developers.
    const documented = await (await fetch('/docs/theming.md')).text();
    expect(declared.map(([, , token]) => token).filter((token) => !documented.includes(`| \`${token}\` |`))).to.deep.equal([]);
  });

  it('has no colour literal outside the defaults generated from the theme', async () => {
    const [host, ...views] = styles;
    const generated = host!.cssText.replace(/(--_[a-z-]+): var\((--antrag-[a-z-]+), ([^;]+)\);/gu, '');
    expect([...views.map((sheet) => sheet.cssText), generated].flatMap((text) => text.match(HEX) ?? [])).to.deep.equal([]);
    expect(css.match(/\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/giu) ?? []).to.deep.equal([]);
    // The defaults are generated, not copied: no module of src/elements/styles/ has a colour in its source.
    const index = await (await fetch('/src/elements/styles.ts')).text();
    const modules = [...index.matchAll(/from ["']\.\/styles\/([a-z-]+)\.(?:js|ts)["']/gu)].map((m) => m[1]!);
    expect(modules.length).to.equal(styles.length);
    const sources = await Promise.all(modules.map(async (name) => [name, await (await fetch(`/src/elements/styles/${name}.ts`)).text()]));
    expect(sources.filter(([, source]) => source!.match(HEX)).map(([name]) => name)).to.deep.equal([]);
  });

  it('hides the live region and screen-reader texts with one rule', async () => {
    const rules = styles
      .flatMap((sheet) => [...sheet.styleSheet!.cssRules])
      .filter((rule) => rule.cssText.includes('clip-path: inset(50%)'));
    expect(rules.map((rule) => (rule as CSSStyleRule).selectorText)).to.deep.equal([`::slotted([slot="antrag-status"]), .visually-hidden`]);
    const el = await unthemed(noticeForm);
    await next(el);
    for (const node of [el.querySelector('[slot="antrag-status"]')!, $(el, '.error-message .visually-hidden')!]) {
      const box = node.getBoundingClientRect();
      expect([getComputedStyle(node).position, box.width, box.height], node.textContent ?? '').to.deep.equal(['absolute', 1, 1]);
    }
  });
});
