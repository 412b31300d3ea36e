import { css } from 'lit';

/**
 * After the confirmation: the payment notice with its "Jetzt bezahlen" link drawn as a button, the page the
 * citizen returns to from the payment provider, and the satisfaction question set apart below.
 */
export const followUp = css`
  .payment,
  .feedback {
    margin-block: calc(var(--_space-unit) * 4);
    padding-block-start: calc(var(--_space-unit) * 3);
    border-block-start: 1px solid var(--_color-border);
  }
  .payment h4,
  .feedback h4 {
    margin-block: 0 var(--_space-unit);
  }
  .payment-state {
    font-weight: 700;
  }
  a.button {
    display: inline-block;
    text-decoration: none;
    text-align: center;
  }
  a.button.primary:hover {
    text-decoration: underline;
  }
  @media print {
    .feedback {
      display: none;
    }
  }
`;
