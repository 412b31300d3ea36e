import { css } from 'lit';

/**
 * The focus indicator for keyboard users: two-tone (dark ring, light halo), so it stays visible on light and dark
 * surfaces alike; focused links turn dark on the light focus colour.
 */
export const focus = css`
  :focus-visible {
    outline: 3px solid var(--_color-focus-text);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_color-focus);
  }
  a:focus-visible,
  .link-button:focus-visible {
    color: var(--_color-focus-text);
    background: var(--_color-focus);
    box-shadow: 0 4px var(--_color-focus-text);
    outline: 3px solid transparent;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
`;
