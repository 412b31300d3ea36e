import { css } from 'lit';

/**
 * Radio buttons and checkboxes next to a clickable label. Controls default to a smaller font; 1.5em of the body's
 * size makes the 24 px target of WCAG 2.5.8.
 */
export const choices = css`
  .choices {
    display: grid;
    gap: var(--_space-unit);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-unit);
  }
  .choice input {
    flex: none;
    font-size: inherit;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.125em 0 0;
    accent-color: var(--_color-primary);
  }
  .choice label {
    display: inline-block;
    padding-block: 0.125em;
    cursor: pointer;
  }
  .choice-hint {
    margin: 0;
  }
`;
