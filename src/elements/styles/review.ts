import { css } from 'lit';

/** The review page: one row per answer, label above value on a narrow screen. */
export const review = css`
  .summary-list {
    margin: 0;
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: var(--_space-unit) calc(var(--_space-unit) * 2);
    padding-block: var(--_space-unit);
    border-block-end: 1px solid var(--_color-border);
  }
  .summary-row dt {
    font-weight: 700;
  }
  .summary-row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 30em) {
    .summary-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .summary-row dt {
      grid-column: 1 / -1;
    }
  }
`;
