import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Theme } from '../../theme/design-tokens.js';

/**
 * The office as the header shows it under the municipality: "Stadt Musterstadt, Steueramt" under the theme's
 * "Stadt Musterstadt" becomes "Steueramt", so the municipality is not read twice; anything else stays whole.
 */
function officeUnder(municipality: string, authority: string): string {
  const rest = municipality && authority.startsWith(municipality) ? authority.slice(municipality.length) : authority;
  const office = rest.replace(/^[\s,–—-]+/u, '');
  return rest === authority || office === '' ? authority : office;
}

/**
 * The header says who receives the application: the municipality (the theme's name, or the `authority` slot) and
 * the office (the definition's `authority`), then the form's title. Long German words wrap instead of scrolling
 * sideways at 320 px (WCAG 1.4.10). `authorityLang`: the office's language when it falls back (see definition-text.ts).
 */
export function renderHeader(theme: Theme, title: TemplateResult | string, authority = '', authorityLang?: string): TemplateResult {
  const office = officeUnder(theme.name, authority);
  return html`<div class="header" part="header">
    <slot name="logo"
      >${
        theme.logo
          ? html`<svg class="logo" viewBox=${theme.logo.viewBox} aria-hidden="true" focusable="false">
              ${theme.logo.paths.map((p) => svg`<path d=${p.d} fill=${p.fill}></path>`)}
            </svg>`
          : nothing
      }</slot
    >
    <div class="header-text">
      <slot name="authority">${theme.name ? html`<p class="authority">${theme.name}</p>` : nothing}</slot>
      ${office ? html`<p class="office">${authorityLang ? html`<span lang=${authorityLang} dir="auto">${office}</span>` : office}</p>` : nothing}
      <h2>${title}</h2>
    </div>
  </div>`;
}
