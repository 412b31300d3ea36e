import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, resetMouse } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { contrastIssues, contrastPairs, distinctIssues, tokenValue } from '../../src/theme/contrast.js';
import { deltaE2000, hexToLab } from '../../src/theme/delta-e.js';
import { resolveTheme } from '../../src/theme/custom-theme.js';
import { toCustomProperties } from '../../src/theme/design-tokens.js';
import { neutral, themes } from '../../src/theme/themes.js';
import { loadForm } from '../support/fixtures.js';
import { $, text, until } from '../support/user.js';

describe('themes: design tokens, contrast gate, custom themes', () => {
  for (const theme of Object.values(themes)) {
    it(`${theme.id} passes every contrast pair (text 4.5:1, UI and focus 3:1)`, () => {
      expect(contrastIssues(theme.tokens)).to.deep.equal([]);
    });
  }

  for (const theme of Object.values(themes)) {
    it(`${theme.id}: buttons do not look like errors (primary and error colours at least 20 ΔE00 apart)`, () => {
      expect(distinctIssues(theme.tokens)).to.deep.equal([]);
    });
  }

  it('measures ΔE00 as Sharma, Wu and Dalal (2005) do, and catches a primary as red as the error colour', () => {
    // Pairs 1, 7, 17 and 25 of the paper's supplementary test data (Table 1), to four decimals.
    const pairs: Array<[[number, number, number], [number, number, number], number]> = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    ];
    for (const [a, b, expected] of pairs) expect(deltaE2000(a, b)).to.be.closeTo(expected, 0.00005);
    expect(hexToLab('#FFFFFF')![0]).to.be.closeTo(100, 0.01);
    // Musterland's old primary, the district red #9B1B30, is 6.3 ΔE00 from the error colour #B00020.
    const oldMusterland = structuredClone(themes['musterland']!.tokens);
    (oldMusterland['color'] as Record<string, { $value: string }>)['primary']!.$value = '#9B1B30';
    expect(distinctIssues(oldMusterland).map((issue) => `${issue.first}/${issue.second} ${issue.deltaE}`)).to.deep.equal([
      'color.primary/color.error 6.3',
    ]);
  });

  it('reports a bad custom theme token by token and pair by pair, and falls back to accessible colours', () => {
    const { theme, issues, contrast } = resolveTheme(
      {
        color: {
          primary: { $value: '#FFEB3B' }, // yellow: links and buttons would be unreadable
          textMuted: { $value: '#BBBBBB' },
          border: { $value: 'red; background: url(https://evil.example)' },
          primry: { $value: '#000000' },
        },
      },
      neutral,
    );
    expect(issues).to.have.length(2);
    expect(issues[0]).to.match(/^color\.border: a hex colour/);
    expect(issues[1]).to.match(/^color\.primry: unknown token/);
    const failing = contrast.map((c) => `${c.foreground}/${c.background} ${c.ratio}`);
    expect(failing).to.include('color.primary/color.background 1.22');
    expect(failing).to.include('color.textMuted/color.background 1.91');
    expect(failing).to.include('color.onPrimary/color.primary 1.22');
    expect(contrastIssues(theme.tokens)).to.deep.equal([]);
    expect(tokenValue(theme.tokens, 'color.primary')).to.equal(tokenValue(neutral.tokens, 'color.primary'));
    expect(tokenValue(theme.tokens, 'color.border')).to.equal(tokenValue(neutral.tokens, 'color.border'));
  });

  it('renders a bad custom theme with the accessible fallback and tells the page why', async () => {
    const el = await fixture<AntragAssistant>(html`<antrag-assistant lang="de"></antrag-assistant>`);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const reported = oneEvent(el, 'antrag-theme-error');
      el.theme = { color: { primary: { $value: '#FFEB3B' } } };
      const { detail } = await reported;
      el.definition = await loadForm('maengelmelder');
      await el.updateComplete;
      expect(detail.contrast.map((c: { use: string }) => c.use)).to.include('button text');
      expect(warnings[0]).to.contain('color.primary on color.background (links): contrast 1.22:1, needs 4.5:1');
      expect(getComputedStyle($(el, 'button[type="submit"]')!).backgroundColor).to.equal('rgb(31, 78, 121)');
    } finally {
      console.warn = warn;
    }
  });

  it('loads a theme from theme-src (DTCG JSON): colours, radius and the name in the header', async () => {
    // The colour at rest: a pointer left over the button by an earlier test would show the hover colour.
    await resetMouse();
    const el = await fixture<AntragAssistant>(
      html`<antrag-assistant lang="de" theme-src="/test/fixtures/theme-stadt-y.json"></antrag-assistant>`,
    );
    el.definition = await loadForm('maengelmelder');
    // The theme arrives over the network, and the button then fades to its colour (a 0.15 s transition):
    // a fixed wait read the colour mid-fade on a busy machine.
    await until(() => text($(el, '.authority')) === 'Stadt Ypsilon', 'the theme from theme-src');
    await el.updateComplete;
    void getComputedStyle($(el, 'button[type="submit"]')!).backgroundColor; // starts any pending transition now
    await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
    const button = getComputedStyle($(el, 'button[type="submit"]')!);
    expect(button.backgroundColor).to.equal('rgb(106, 27, 154)');
    expect(button.borderTopLeftRadius).to.equal('8px');
    expect($(el, '.authority')!.textContent).to.equal('Stadt Ypsilon');
  });

  it('every token is used by the components, and every custom property they read is a token', async () => {
    const code = (await executeServerCommand('antrag-source-text')) as string;
    const defined = [...toCustomProperties(neutral.tokens).keys()].sort();
    const used = [...new Set([...code.matchAll(/var\((--antrag-[a-z-]+)/gu)].map((m) => m[1]!))].sort();
    expect(used).to.deep.equal(defined);
  });

  it('docs/theming.md lists exactly the tokens, with their defaults', async () => {
    const table = await (await fetch('/docs/theming.md')).text();
    const rows = [...table.matchAll(/^\| `(--antrag-[a-z-]+)` \| [^|]+ \| `([^`]+)` \|/gmu)].map((m) => [m[1], m[2]]);
    expect(rows).to.deep.equal([...toCustomProperties(neutral.tokens)]);
  });

  it('checks the pairs the components actually draw (one of each kind at least)', () => {
    expect(contrastPairs.filter((p) => p.required === 4.5).length).to.be.greaterThan(5);
    expect(contrastPairs.some((p) => p.use === 'focus ring')).to.equal(true);
  });
});
