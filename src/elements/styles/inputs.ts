import { css } from 'lit';

/**
 * Text inputs and selects with their widths, the date, IBAN and address compounds, and the invalid state. A width
 * that fits the content says what is expected (a PLZ has five digits): it is counted in `ch` of the input's own font,
 * plus the padding and border (1.5 space units and 4px), and never more than the room there is. The address parts wrap onto
 * the next line when the row is too narrow (a phone, or text at 200 %), so "Hausnummer" fits.
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
  /* A read-only answer (an Aktenzeichen given by the office) must not look like a box to type in. */
  .input[readonly] {
    background: var(--_color-surface);
    border-style: dashed;
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
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-unit) calc(var(--_space-unit) * 2);
  }
  .address-part {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .address-part.strasse {
    flex: 1 1 14em;
  }
  .address-part.ort {
    flex: 1 1 12em;
  }
  /* "12a", "123-125": seven characters; a PLZ has five (a sixth for the caret). */
  .address-part.hausnummer .input {
    inline-size: calc(7ch + var(--_space-unit) * 1.5 + 4px);
    max-inline-size: 100%;
  }
  .address-part.plz .input {
    inline-size: calc(6ch + var(--_space-unit) * 1.5 + 4px);
    max-inline-size: 100%;
  }
  /* "07:00 PM" where the browser shows 12-hour time, plus Chromium's clock button. */
  .input[type='time'] {
    inline-size: calc(8ch + 2.5em + var(--_space-unit) * 1.5 + 4px);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .input-row {
    display: flex;
    align-items: center;
    gap: var(--_space-unit);
  }
  .input[aria-invalid='true'] {
    border-color: var(--_color-error);
  }
  /* The native file input, hidden from sight but not from the keyboard or screen readers: its second label is the
     visible button, and shows the input's focus and invalid state. */
  .file-input {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    opacity: 0;
    overflow: hidden;
  }
  .file-button {
    display: inline-flex;
    align-items: center;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .file-input:focus-visible + .file-button {
    outline: 3px solid var(--_color-focus-text);
    box-shadow: 0 0 0 6px var(--_color-focus);
  }
  .file-input[aria-invalid='true'] + .file-button {
    border-color: var(--_color-error);
  }
`;
