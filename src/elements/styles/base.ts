import { css } from 'lit';

/**
 * The box model, the text settings and headings. Everything a host page's CSS could pass down by inheritance is
 * set on `.assistant`, inside the shadow root, where no page rule reaches (page rules on the host element itself,
 * like "* { all: revert }", win over :host). rem would follow a host page's `html { font-size: 62.5% }`: the
 * floor `max(1rem, 16px)` keeps text readable, and every other size is in em, so it follows this one and never
 * the host's root. `overflow-wrap` keeps a long German compound ("Schwerbehindertenausweis") from pushing the
 * layout sideways (WCAG 1.4.10). Slotted footer content (imprint, privacy notice) keeps its distance from the form.
 */
export const base = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .assistant {
    max-inline-size: 40em;
    container-type: inline-size;
    color: var(--_color-text);
    background: var(--_color-background);
    font-family: var(--_font-body);
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
    overflow-wrap: break-word;
  }
  h2,
  h3,
  h4 {
    font-family: var(--_font-heading);
    line-height: 1.25;
    margin-block: 0 calc(var(--_space-unit) * 2);
  }
  h2 {
    font-size: 1.75em;
  }
  h3 {
    font-size: 1.375em;
  }
  h4 {
    font-size: 1.125em;
    margin-block-start: calc(var(--_space-unit) * 3);
  }
  /* h6: an item inside a repeated item, or a group in one, on the review page. */
  h5,
  h6 {
    font-size: 1em;
    margin-block: calc(var(--_space-unit) * 2) var(--_space-unit);
  }
  ::slotted([slot='footer']) {
    display: block;
    margin-block-start: calc(var(--_space-unit) * 4);
  }
  .developer-issues {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
`;
