import { css } from 'lit';

/** The language switcher: a row of link-style buttons, the current one bold. */
export const languages = css`
  .languages ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space-unit) * 2);
    margin: 0 0 calc(var(--_space-unit) * 2);
    padding: 0;
    list-style: none;
  }
  .languages button {
    min-block-size: 1.5em;
  }
  .languages button[aria-current='true'] {
    font-weight: 700;
    text-decoration: none;
  }
`;
