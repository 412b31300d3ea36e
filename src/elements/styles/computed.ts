import { css } from 'lit';

/** A computed value (a fee) with its breakdown, as a panel within the step. */
export const computed = css`
  .computed {
    margin-block: calc(var(--_space-unit) * 3);
    padding: calc(var(--_space-unit) * 2);
    background: var(--_color-surface);
    border-inline-start: 5px solid var(--_color-primary);
    border-radius: var(--_radius-panel);
  }
  .computed-title {
    margin: 0;
  }
  .breakdown {
    margin: var(--_space-unit) 0 0;
  }
  .breakdown-row {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space-unit) * 2);
    padding-block: calc(var(--_space-unit) / 2);
  }
  .breakdown-row dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;
