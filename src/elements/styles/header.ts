import { css } from 'lit';

/**
 * The header (logo, municipality, office, the line under it) and the top of a step: progress and lead text. At
 * 320 px "Sperrmüllabholung" is wider than the room beside the logo: the text column may shrink below its longest
 * word (`min-inline-size: 0`), long words break (hyphenated where the browser knows the language), and the logo
 * goes above the text when even that is too narrow (WCAG 1.4.10).
 */
export const header = css`
  .header {
    display: flex;
    flex-wrap: wrap;
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
  .header-text {
    flex: 1 1 12em;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .authority,
  .office {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .authority {
    font-weight: 700;
  }
  .progress {
    margin: 0 0 var(--_space-unit);
    color: var(--_color-text-muted);
  }
  .lead {
    margin-block: 0 calc(var(--_space-unit) * 3);
  }
`;
