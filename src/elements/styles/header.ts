import { css } from 'lit';

/** The header (logo, authority, the line under it) and the top of a step: progress and lead text. */
export const header = css`
  .header {
    display: flex;
    align-items: center;
    gap: calc(var(--_space-unit) * 1.5);
    padding-block-end: calc(var(--_space-unit) * 2);
    margin-block-end: calc(var(--_space-unit) * 3);
    border-block-end: 4px solid var(--_header-rule);
  }
  .logo {
    inline-size: 2.5em;
    block-size: 2.5em;
    flex: none;
  }
  .authority {
    margin: 0;
    font-weight: 700;
    color: var(--_color-text-muted);
  }
  .progress {
    margin: 0 0 var(--_space-unit);
    color: var(--_color-text-muted);
  }
  .lead {
    margin-block: 0 calc(var(--_space-unit) * 3);
  }
`;
