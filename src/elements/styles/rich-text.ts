import { css } from 'lit';

/**
 * Paragraphs and lists inside hints, notices and consent texts (from the definition's rich text). A text in
 * another language than the page's (`div[lang]`, German in the Arabic form): each paragraph runs in its own
 * direction ("kostenlos." ends with its full stop) but keeps the page's alignment (under `plaintext` Chromium
 * aligns "start" by the paragraph's direction, also with `match-parent`). Comments stay out of the CSS: they
 * would ship in the script-tag file.
 */
export const richText = css`
  .hint p,
  .notice-body p,
  .consent-text p {
    margin: 0 0 var(--_space-unit);
  }
  .hint > :last-child,
  .notice-body > :last-child,
  .consent-text > :last-child,
  div[lang] > :last-child {
    margin-block-end: 0;
  }
  div[lang] :is(p, li) {
    unicode-bidi: plaintext;
    text-align: left;
  }
  :host([dir='rtl']) div[lang] :is(p, li) {
    text-align: right;
  }
  .hint ul,
  .notice-body ul,
  .consent-text ul {
    margin: 0 0 var(--_space-unit);
    padding-inline-start: calc(var(--_space-unit) * 2.5);
  }
`;
