import { css } from 'lit';

/**
 * Text inputs and selects with their widths, the date, IBAN and address compounds, and the invalid state. On a
 * narrow container (a phone, or text at 200 %) the address parts stand one below the other, so "Hausnummer" fits.
 */
export const inputs = css`
  .input {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: calc(var(--_space-unit) * 0.75);
    font: inherit;
    color: inherit;
    background: var(--_color-background);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius-control);
  }
  .input.narrow {
    max-inline-size: 10ch;
    min-inline-size: 7em;
  }
  .input.medium {
    max-inline-size: 20ch;
    min-inline-size: 11em;
  }
  .date-inputs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space-unit) * 2);
  }
  .date-label {
    display: block;
  }
  .input.date-2 {
    inline-size: 3.5em;
  }
  .input.date-4 {
    inline-size: 5.5em;
  }
  .input.iban {
    max-inline-size: 34ch;
  }
  .address {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(6em, 1fr);
    gap: var(--_space-unit) calc(var(--_space-unit) * 2);
  }
  .input-row {
    display: flex;
    align-items: center;
    gap: var(--_space-unit);
  }
  .input[aria-invalid='true'] {
    border-color: var(--_color-error);
  }
  @container (max-width: 30em) {
    .address {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
