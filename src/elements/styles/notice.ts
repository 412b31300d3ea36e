import { css } from 'lit';

/** Info and warning notices, and consent texts (a framed panel, or a details element to open). */
export const notice = css`
  .notice {
    display: flex;
    gap: calc(var(--_space-unit) * 1.5);
    align-items: flex-start;
    padding: calc(var(--_space-unit) * 2);
    background: var(--_color-surface);
    border-inline-start: 5px solid var(--_color-primary);
  }
  .notice.warning {
    border-inline-start-color: var(--_color-error);
  }
  .notice-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border-radius: 50%;
    font-weight: 700;
    color: var(--_color-on-primary);
    background: var(--_color-primary);
  }
  .notice.warning .notice-icon {
    background: var(--_color-error);
  }
  .notice-title {
    display: block;
    margin-block-end: calc(var(--_space-unit) / 2);
  }
  .consent-text {
    padding: calc(var(--_space-unit) * 2);
    margin-block-end: calc(var(--_space-unit) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-panel);
  }
  details.consent-text summary {
    cursor: pointer;
    color: var(--_color-primary);
    text-decoration: underline;
  }
  details.consent-text[open] summary {
    margin-block-end: var(--_space-unit);
  }
`;
