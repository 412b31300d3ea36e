import { resolveTheme } from '../theme/custom-theme.js';
import { toCustomProperties, type Theme, type TokenGroup } from '../theme/design-tokens.js';
import { neutral, themes } from '../theme/themes.js';
import { antragEvent } from './events.js';

/**
 * The assistant's look: a built-in theme by id, or a municipality's own tokens (from `theme-src` or the
 * `theme` property), checked and with accessible fallbacks, applied as `--antrag-*` custom properties through a
 * constructable stylesheet (no <style> element, so a strict style-src CSP holds).
 */
export class ThemeController {
  /** Adopted by the element's shadow root; host pages can still override every property. */
  readonly sheet = new CSSStyleSheet();
  /** The theme in use, for the header's name and logo. */
  current: Theme = neutral;

  constructor(private readonly element: HTMLElement) {}

  /** A built-in theme by id, or a municipality's own tokens; problems are reported on the console and as `antrag-theme-error`. */
  use(theme: string | TokenGroup | undefined, source = 'theme property'): void {
    if (typeof theme === 'object') {
      const resolved = resolveTheme(theme, neutral);
      if (resolved.issues.length > 0 || resolved.contrast.length > 0) {
        const lines = [
          ...resolved.issues,
          ...resolved.contrast.map(
            (c) =>
              `${c.foreground} on ${c.background} (${c.use}): contrast ${c.ratio}:1, needs ${c.required}:1 — the neutral colours are used`,
          ),
        ];
        console.warn(`<antrag-assistant>: the theme from ${source} has ${lines.length} problem(s):\n${lines.join('\n')}`);
        this.element.dispatchEvent(antragEvent('antrag-theme-error', { issues: resolved.issues, contrast: resolved.contrast }));
      }
      return this.#apply(resolved.theme);
    }
    if (theme && !themes[theme]) console.warn(`<antrag-assistant>: unknown theme "${theme}", using "neutral".`);
    this.#apply(themes[theme ?? 'neutral'] ?? neutral);
  }

  /** A municipality's theme from a URL (DTCG JSON); "neutral" when it cannot be loaded. */
  async load(src: string): Promise<void> {
    try {
      const response = await fetch(src, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.use((await response.json()) as TokenGroup, src);
    } catch (error) {
      console.warn(`<antrag-assistant>: the theme ${src} could not be loaded (${(error as Error).message}); using "neutral".`);
      this.#apply(neutral);
    }
  }

  #apply(theme: Theme): void {
    this.current = theme;
    this.sheet.replaceSync(':host {}');
    const rule = this.sheet.cssRules[0] as CSSStyleRule;
    for (const [name, value] of toCustomProperties(theme.tokens)) rule.style.setProperty(name, value);
  }
}
