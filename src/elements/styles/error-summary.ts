import { css } from 'lit';

/**
 * The error summary and the status panels (sending, submit failed, draft notice, broken definition): a frame
 * that takes focus. After `focus` in the cascade: the frame keeps its outline and the links their error colour.
 */
export const errorSummary = css`
  .error-summary,
  .status-panel {
    padding: calc(var(--_space-unit) * 2);
    margin-block-end: calc(var(--_space-unit) * 3);
    border: 5px solid var(--_error-summary-border);
    border-radius: var(--_radius-panel);
  }
  .error-summary:focus,
  .status-panel:focus {
    outline: 3px solid var(--_color-focus);
    outline-offset: 0;
  }
  .error-summary-list {
    margin: 0;
    padding-inline-start: calc(var(--_space-unit) * 2.5);
  }
  .error-summary-list a {
    color: var(--_color-error);
    font-weight: 700;
  }
  .status-panel.info {
    border-color: var(--_color-primary);
  }
`;
