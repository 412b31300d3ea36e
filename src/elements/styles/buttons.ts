import { css } from 'lit';

/**
 * The navigation row, buttons and links, and the draft choice below the navigation, set apart from the form's own
 * questions (it is about the draft, not the application). None of them is printed.
 */
export const buttons = css`
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space-unit) * 2);
    align-items: center;
    margin-block-start: calc(var(--_space-unit) * 4);
  }
  .draft-choice {
    margin-block: calc(var(--_space-unit) * 6) 0;
    padding-block-start: calc(var(--_space-unit) * 3);
    border-block-start: 1px solid var(--_color-border);
  }
  .button {
    font: inherit;
    font-weight: 700;
    min-block-size: 2.75em;
    padding: var(--_space-unit) calc(var(--_space-unit) * 2.5);
    border-radius: var(--_button-radius);
    border: 2px solid var(--_color-primary);
    cursor: pointer;
  }
  .button.primary {
    color: var(--_color-on-primary);
    background: var(--_color-primary);
  }
  .button.primary:hover {
    background: var(--_color-primary-hover);
  }
  .button.secondary {
    color: var(--_color-primary);
    background: var(--_color-background);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  .link-button,
  a {
    font: inherit;
    color: var(--_color-primary);
    text-decoration: underline;
    background: none;
    border: 0;
    padding: 0.125em 0;
    cursor: pointer;
  }
  @media print {
    .nav,
    .draft-choice {
      display: none;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: background-color 0.15s ease-in-out;
    }
  }
`;
