import { css } from 'lit';

/**
 * Read out, never seen: the live region (a light-DOM child slotted in, see controllers/announcer.ts) and the
 * `.visually-hidden` texts for screen readers ("Fehler:", "Ändern Name"). `!important` inside the shadow root
 * wins over the host page's own `!important` rules on the slotted live region.
 */
export const visuallyHidden = css`
  ::slotted([slot='antrag-status']),
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
