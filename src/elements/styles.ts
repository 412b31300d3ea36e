import { css } from 'lit';

/**
 * The assistant's CSS. It reads only `--antrag-*` tokens, each with a fallback equal to the neutral theme,
 * and uses logical properties so right-to-left languages mirror without extra rules.
 */
export const styles = css`
  :host {
    display: block;
    --_space: var(--antrag-space-unit, 8px);
    --_focus: var(--antrag-color-focus, #ffbf47);
    --_focus-text: var(--antrag-color-focus-text, #0b0c0c);
  }
  :host([hidden]) {
    display: none;
  }
  /* The live region (a light-DOM child, see antrag-assistant.ts): read out, never seen. */
  ::slotted([slot='antrag-status']) {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Everything a host page's CSS could pass down by inheritance is set here, inside the shadow root, where
     no page rule reaches (page rules on the host element itself, like "* { all: revert }", win over :host). */
  .assistant {
    max-inline-size: 40em;
    container-type: inline-size;
    color: var(--antrag-color-text, #1b1b1b);
    background: var(--antrag-color-background, #ffffff);
    font-family: var(--antrag-font-body, system-ui, sans-serif);
    /* rem would follow a host page's html { font-size: 62.5% }: the floor keeps text readable, and every
       other size below is in em, so it follows this one and never the host's root. */
    font-size: max(1rem, 16px);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    /* A long German compound ("Schwerbehindertenausweis") never pushes the layout sideways (WCAG 1.4.10). */
    overflow-wrap: break-word;
  }
  .languages ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    list-style: none;
  }
  .languages button {
    min-block-size: 1.5em;
  }
  .languages button[aria-current='true'] {
    font-weight: 700;
    text-decoration: none;
  }
  /* Slotted footer content (imprint, privacy notice) keeps its distance from the form. */
  ::slotted([slot='footer']) {
    display: block;
    margin-block-start: calc(var(--_space) * 4);
  }
  .header {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    padding-block-end: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 3);
    border-block-end: 4px solid var(--antrag-header-rule, #1f4e79);
  }
  .logo {
    inline-size: 2.5em;
    block-size: 2.5em;
    flex: none;
  }
  .authority {
    margin: 0;
    font-weight: 700;
    color: var(--antrag-color-text-muted, #4a4f55);
  }
  h2,
  h3,
  h4 {
    font-family: var(--antrag-font-heading, system-ui, sans-serif);
    line-height: 1.25;
    margin-block: 0 calc(var(--_space) * 2);
  }
  h2 {
    font-size: 1.75em;
  }
  h3 {
    font-size: 1.375em;
  }
  h4 {
    font-size: 1.125em;
    margin-block-start: calc(var(--_space) * 3);
  }
  .progress {
    margin: 0 0 var(--_space);
    color: var(--antrag-color-text-muted, #4a4f55);
  }
  .lead {
    margin-block: 0 calc(var(--_space) * 3);
  }
  .field {
    margin-block-end: calc(var(--_space) * 3);
  }
  .field.has-error {
    border-inline-start: 5px solid var(--antrag-color-error, #b00020);
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  .label {
    display: block;
    font-weight: 700;
    margin-block-end: calc(var(--_space) / 2);
    padding: 0;
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    color: var(--antrag-color-text-muted, #4a4f55);
    margin-block-end: var(--_space);
  }
  .prefill-note {
    color: var(--antrag-color-text-muted, #4a4f55);
    font-style: italic;
    margin-block-end: var(--_space);
  }
  .error-message {
    color: var(--antrag-color-error, #b00020);
    font-weight: 700;
    margin-block: 0 var(--_space);
  }
  .fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .input {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: calc(var(--_space) * 0.75);
    font: inherit;
    color: inherit;
    background: var(--antrag-color-background, #ffffff);
    border: 2px solid var(--antrag-color-border, #5f6368);
    border-radius: var(--antrag-radius-control, 4px);
  }
  .input.narrow {
    max-inline-size: 10ch;
    min-inline-size: 7em;
  }
  .input.medium {
    max-inline-size: 20ch;
    min-inline-size: 11em;
  }
  .date-inputs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .date-label {
    display: block;
  }
  .input.date-2 {
    inline-size: 3.5em;
  }
  .input.date-4 {
    inline-size: 5.5em;
  }
  .input.iban {
    max-inline-size: 34ch;
  }
  .address {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(6em, 1fr);
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .hint p,
  .notice-body p,
  .consent-text p {
    margin: 0 0 var(--_space);
  }
  .hint > :last-child,
  .notice-body > :last-child,
  .consent-text > :last-child {
    margin-block-end: 0;
  }
  .hint ul,
  .notice-body ul,
  .consent-text ul {
    margin: 0 0 var(--_space);
    padding-inline-start: calc(var(--_space) * 2.5);
  }
  .notice {
    display: flex;
    gap: calc(var(--_space) * 1.5);
    align-items: flex-start;
    padding: calc(var(--_space) * 2);
    background: var(--antrag-color-surface, #f3f4f6);
    border-inline-start: 5px solid var(--antrag-color-primary, #1f4e79);
  }
  .notice.warning {
    border-inline-start-color: var(--antrag-color-error, #b00020);
  }
  .notice-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border-radius: 50%;
    font-weight: 700;
    color: var(--antrag-color-on-primary, #ffffff);
    background: var(--antrag-color-primary, #1f4e79);
  }
  .notice.warning .notice-icon {
    background: var(--antrag-color-error, #b00020);
  }
  .notice-title {
    display: block;
    margin-block-end: calc(var(--_space) / 2);
  }
  .consent-text {
    padding: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
    border: 1px solid var(--antrag-color-border, #5f6368);
    border-radius: var(--antrag-radius-panel, 4px);
  }
  details.consent-text summary {
    cursor: pointer;
    color: var(--antrag-color-primary, #1f4e79);
    text-decoration: underline;
  }
  details.consent-text[open] summary {
    margin-block-end: var(--_space);
  }
  .char-count {
    margin-block-start: calc(var(--_space) / 2);
    color: var(--antrag-color-text-muted, #4a4f55);
  }
  .char-count.over {
    color: var(--antrag-color-error, #b00020);
    font-weight: 700;
  }
  .repeat-item {
    margin-block: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--antrag-color-border, #5f6368);
    border-radius: var(--antrag-radius-panel, 4px);
  }
  .repeat-item-label {
    font-weight: 700;
    font-size: 1.125em;
    padding: 0;
    margin-block-end: var(--_space);
  }
  h5 {
    font-size: 1em;
    margin-block: calc(var(--_space) * 2) var(--_space);
  }
  .input-row {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .input[aria-invalid='true'] {
    border-color: var(--antrag-color-error, #b00020);
  }
  .choices {
    display: grid;
    gap: var(--_space);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .choice input {
    flex: none;
    /* Controls default to a smaller font; 1.5em of the body's size makes the 24 px target of WCAG 2.5.8. */
    font-size: inherit;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.125em 0 0;
    accent-color: var(--antrag-color-primary, #1f4e79);
  }
  .choice label {
    padding-block: 0.125em;
    cursor: pointer;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
    margin-block-start: calc(var(--_space) * 4);
  }
  /* Apart from the form's own questions: it is about the draft, not the application. */
  .draft-choice {
    margin-block: calc(var(--_space) * 6) 0;
    padding-block-start: calc(var(--_space) * 3);
    border-block-start: 1px solid var(--antrag-color-border, #5f6368);
  }
  .button {
    font: inherit;
    font-weight: 700;
    min-block-size: 2.75em;
    padding: var(--_space) calc(var(--_space) * 2.5);
    border-radius: var(--antrag-button-radius, 4px);
    border: 2px solid var(--antrag-color-primary, #1f4e79);
    cursor: pointer;
  }
  .button.primary {
    color: var(--antrag-color-on-primary, #ffffff);
    background: var(--antrag-color-primary, #1f4e79);
  }
  .button.primary:hover {
    background: var(--antrag-color-primary-hover, #163a5a);
  }
  .button.secondary {
    color: var(--antrag-color-primary, #1f4e79);
    background: var(--antrag-color-background, #ffffff);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  .link-button,
  a {
    font: inherit;
    color: var(--antrag-color-primary, #1f4e79);
    text-decoration: underline;
    background: none;
    border: 0;
    padding: 0.125em 0;
    cursor: pointer;
  }
  /* Two-tone focus (dark ring, light halo) stays visible on light and dark surfaces alike. */
  :focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus);
  }
  a:focus-visible,
  .link-button:focus-visible {
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 4px var(--_focus-text);
    outline: 3px solid transparent;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .error-summary,
  .status-panel {
    padding: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 3);
    border: 5px solid var(--antrag-error-summary-border, #b00020);
    border-radius: var(--antrag-radius-panel, 4px);
  }
  .error-summary:focus,
  .status-panel:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .error-summary-list {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 2.5);
  }
  .error-summary-list a {
    color: var(--antrag-color-error, #b00020);
    font-weight: 700;
  }
  .status-panel.info {
    border-color: var(--antrag-color-primary, #1f4e79);
  }
  .confirmation {
    padding: calc(var(--_space) * 3);
    margin-block-end: calc(var(--_space) * 3);
    color: var(--antrag-color-on-primary, #ffffff);
    background: var(--antrag-color-success, #1b5e20);
    border-radius: var(--antrag-radius-panel, 4px);
  }
  .confirmation h3 {
    margin: 0;
  }
  .reference {
    font-size: 1.25em;
    font-weight: 700;
    margin-block: var(--_space) 0;
  }
  .confirmation-summary {
    margin-block: calc(var(--_space) * 3);
  }
  .confirmation-summary > summary {
    cursor: pointer;
    color: var(--antrag-color-primary, #1f4e79);
    text-decoration: underline;
    font-weight: 700;
  }
  @media print {
    .nav,
    .draft-choice {
      display: none;
    }
  }
  .summary-list {
    margin: 0;
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: var(--_space) calc(var(--_space) * 2);
    padding-block: var(--_space);
    border-block-end: 1px solid var(--antrag-color-border, #5f6368);
  }
  .summary-row dt {
    font-weight: 700;
  }
  .summary-row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 30em) {
    /* Narrow (a phone, or text at 200 %): address parts one below the other, so "Hausnummer" fits. */
    .address {
      grid-template-columns: minmax(0, 1fr);
    }
    .summary-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .summary-row dt {
      grid-column: 1 / -1;
    }
  }
  .computed {
    margin-block: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2);
    background: var(--antrag-color-surface, #f3f4f6);
    border-inline-start: 5px solid var(--antrag-color-primary, #1f4e79);
    border-radius: var(--antrag-radius-panel, 4px);
  }
  .computed-title {
    margin: 0;
  }
  .breakdown {
    margin: var(--_space) 0 0;
  }
  .breakdown-row {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    padding-block: calc(var(--_space) / 2);
  }
  .breakdown-row dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .developer-issues {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: background-color 0.15s ease-in-out;
    }
  }
`;
