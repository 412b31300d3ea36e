import { css } from 'lit';

/** The confirmation page: the success panel with the reference, and the summary to open. */
export const confirmation = css`
  .confirmation {
    padding: calc(var(--_space-unit) * 3);
    margin-block-end: calc(var(--_space-unit) * 3);
    color: var(--_color-on-primary);
    background: var(--_color-success);
    border-radius: var(--_radius-panel);
  }
  .confirmation h3 {
    margin: 0;
  }
  .reference {
    font-size: 1.25em;
    font-weight: 700;
    margin-block: var(--_space-unit) 0;
  }
  .reference-number {
    display: inline-block;
    max-inline-size: 100%;
  }
  .confirmation-summary {
    margin-block: calc(var(--_space-unit) * 3);
  }
  .confirmation-summary > summary {
    cursor: pointer;
    color: var(--_color-primary);
    text-decoration: underline;
    font-weight: 700;
  }
`;
