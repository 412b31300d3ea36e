import { css } from 'lit';

/** A field's frame: label, hint, pre-fill note, error message and character count; fieldsets without a frame. */
export const field = css`
  .field {
    margin-block-end: calc(var(--_space-unit) * 3);
  }
  .field.has-error {
    border-inline-start: 5px solid var(--_color-error);
    padding-inline-start: calc(var(--_space-unit) * 1.5);
  }
  .label {
    display: block;
    font-weight: 700;
    margin-block-end: calc(var(--_space-unit) / 2);
    padding: 0;
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    color: var(--_color-text-muted);
    margin-block-end: var(--_space-unit);
  }
  .prefill-note {
    color: var(--_color-text-muted);
    font-style: italic;
    margin-block-end: var(--_space-unit);
  }
  .error-message {
    color: var(--_color-error);
    font-weight: 700;
    margin-block: 0 var(--_space-unit);
  }
  .fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .char-count {
    margin-block-start: calc(var(--_space-unit) / 2);
    color: var(--_color-text-muted);
  }
  .char-count.over {
    color: var(--_color-error);
    font-weight: 700;
  }
`;
