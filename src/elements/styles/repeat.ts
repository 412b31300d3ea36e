import { css } from 'lit';

/** One item of a repeated group ("Hund 2"), framed as a panel; a group of questions under its legend. */
export const repeat = css`
  .repeat-item {
    margin-block: calc(var(--_space-unit) * 2);
    padding: calc(var(--_space-unit) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-panel);
  }
  .repeat-item-label {
    font-weight: 700;
    font-size: 1.125em;
    padding: 0;
    margin-block-end: var(--_space-unit);
  }
  .group-label {
    font-weight: 700;
    font-size: 1.25em;
    padding: 0;
    margin-block-end: calc(var(--_space-unit) * 2);
  }
`;
