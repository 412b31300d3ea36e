import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Theme } from '../../theme/design-tokens.js';

/** The header: the municipality's logo and name (from the theme, or the `logo` and `authority` slots) and the form's title. */
export function renderHeader(theme: Theme, title: string): TemplateResult {
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
    <div>
      <slot name="authority">${theme.name ? html`<p class="authority">${theme.name}</p>` : nothing}</slot>
      <h2>${title}</h2>
    </div>
  </div>`;
}
