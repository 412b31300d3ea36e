import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveTheme } from '../../theme/custom-theme.js';
import { toCustomProperties, type Theme, type TokenGroup } from '../../theme/design-tokens.js';
import { neutral, themes } from '../../theme/themes.js';
import { antragEvent } from '../events.js';

/**
 * The assistant's look: a built-in theme by id, or a municipality's own tokens (from `theme-src` or the
 * `theme` property), checked and with accessible fallbacks, applied as `--antrag-*` custom properties through a
 * constructable stylesheet (no <style> element, so a strict style-src CSP holds).
 */
export class ThemeController implements ReactiveController {
  /** Adopted by the element's shadow root; host pages can still override every property. */
  readonly sheet = new CSSStyleSheet();
  /** The theme in use, for the header's name and logo. */
  current: Theme = neutral;
  #theme: ThemeHost['theme'];
  #src: string | undefined;

  constructor(private readonly element: ThemeHost) {
    element.addController(this);
    // `theme-src`: a newer URL aborts the older request, and only the latest answer is applied. Leaving the
    // page does not abort it: an element moved while its theme loads still gets the theme.
    new Task(element, {
      args: () => [element.themeSrc || undefined],
      task: async ([src], { signal }) => {
        if (!src) return;
        try {
          const response = await fetch(src, { signal, headers: { Accept: 'application/json' } });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const tokens: unknown = await response.json();
          if (signal.aborted) return;
          this.use(isTokenGroup(tokens) ? tokens : {}, src);
        } catch (error) {
          if (signal.aborted) return;
          console.warn(`<antrag-assistant>: the theme ${src} could not be loaded (${error instanceof Error ? error.message : String(error)}); using "neutral".`);
          this.#apply(neutral);
        }
      },
    });
  }

  hostConnected(): void {
    const root = this.element.shadowRoot;
    if (root && !root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  /** A changed `theme` applies at once, unless a new `theme-src` is loading in the same update. */
  hostUpdate(): void {
    const { theme, themeSrc } = this.element;
    if (theme !== this.#theme && !(themeSrc && themeSrc !== this.#src)) this.use(theme);
    this.#theme = theme;
    this.#src = themeSrc;
  }


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
    // Own properties only: the name comes from an attribute, perhaps from the page's URL ("constructor").
    const named = theme && Object.hasOwn(themes, theme) ? themes[theme] : undefined;
    if (theme && !named) console.warn(`<antrag-assistant>: unknown theme "${theme}", using "neutral".`);
    this.#apply(named ?? neutral);
  }

  #apply(theme: Theme): void {
    this.current = theme;
    this.sheet.replaceSync(':host {}');
    const rule = this.sheet.cssRules[0];
    if (rule instanceof CSSStyleRule) for (const [name, value] of toCustomProperties(theme.tokens)) rule.style.setProperty(name, value);
    this.element.requestUpdate();
  }
}

/** What the theme controller reads from its element. */
export interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  theme: string | TokenGroup | undefined;
  themeSrc: string | undefined;
}

const isTokenGroup = (value: unknown): value is TokenGroup => value !== null && typeof value === 'object' && !Array.isArray(value);
