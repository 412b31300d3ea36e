import { css } from 'lit';

/** Paragraphs and lists inside hints, notices and consent texts (from the definition's rich text). */
export const richText = css`
  .hint p,
  .notice-body p,
  .consent-text p {
    margin: 0 0 var(--_space-unit);
  }
  .hint > :last-child,
  .notice-body > :last-child,
  .consent-text > :last-child {
    margin-block-end: 0;
  }
  .hint ul,
  .notice-body ul,
  .consent-text ul {
    margin: 0 0 var(--_space-unit);
    padding-inline-start: calc(var(--_space-unit) * 2.5);
  }
`;
