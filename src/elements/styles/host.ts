import { css, unsafeCSS, type CSSResult } from 'lit';
import { toCustomProperties } from '../../theme/design-tokens.js';
import { neutral } from '../../theme/themes.js';

const neutralValues = toCustomProperties(neutral.tokens);

/**
 * The neutral theme's value of a public token, as its fallback: every default is defined in themes.ts and
 * nowhere else. An alias (`var(--antrag-color-primary)`) points at the private property, so it has a default too.
 */
function neutralValue(property: string): CSSResult {
  const value = neutralValues.get(property);
  if (value === undefined) throw new Error(`${property} is not a token of the neutral theme`);
  return unsafeCSS(value.replace(/^var\(--antrag-/u, 'var(--_'));
}

/**
 * The host element and the private custom properties every other rule reads: `--_x` is the page's or theme's
 * `--antrag-x` (set on the host, so it wins over `:host`), else the neutral theme's value. Without extra
 * specificity, so a host page's rules and the theme's adopted sheet both take effect.
 */
export const host = css`
  :host {
    display: block;
    --_color-primary: var(--antrag-color-primary, ${neutralValue('--antrag-color-primary')});
    --_color-primary-hover: var(--antrag-color-primary-hover, ${neutralValue('--antrag-color-primary-hover')});
    --_color-on-primary: var(--antrag-color-on-primary, ${neutralValue('--antrag-color-on-primary')});
    --_color-text: var(--antrag-color-text, ${neutralValue('--antrag-color-text')});
    --_color-text-muted: var(--antrag-color-text-muted, ${neutralValue('--antrag-color-text-muted')});
    --_color-background: var(--antrag-color-background, ${neutralValue('--antrag-color-background')});
    --_color-surface: var(--antrag-color-surface, ${neutralValue('--antrag-color-surface')});
    --_color-border: var(--antrag-color-border, ${neutralValue('--antrag-color-border')});
    --_color-error: var(--antrag-color-error, ${neutralValue('--antrag-color-error')});
    --_color-success: var(--antrag-color-success, ${neutralValue('--antrag-color-success')});
    --_color-focus: var(--antrag-color-focus, ${neutralValue('--antrag-color-focus')});
    --_color-focus-text: var(--antrag-color-focus-text, ${neutralValue('--antrag-color-focus-text')});
    --_font-body: var(--antrag-font-body, ${neutralValue('--antrag-font-body')});
    --_font-heading: var(--antrag-font-heading, ${neutralValue('--antrag-font-heading')});
    --_radius-control: var(--antrag-radius-control, ${neutralValue('--antrag-radius-control')});
    --_radius-panel: var(--antrag-radius-panel, ${neutralValue('--antrag-radius-panel')});
    --_space-unit: var(--antrag-space-unit, ${neutralValue('--antrag-space-unit')});
    --_button-radius: var(--antrag-button-radius, ${neutralValue('--antrag-button-radius')});
    --_header-rule: var(--antrag-header-rule, ${neutralValue('--antrag-header-rule')});
    --_error-summary-border: var(--antrag-error-summary-border, ${neutralValue('--antrag-error-summary-border')});
  }
  :host([hidden]) {
    display: none;
  }
`;
