import type { Preview } from '@storybook/web-components-vite';
import '../src/define.js';
import { defineAntragElements } from '../src/define-elements.js';
import { axeRunOptions } from '../test/support/axe-options.js';

// Registers <antrag-assistant>. The import of src/define.ts above does the same, but package.json's
// "sideEffects" lists only dist/define.js, so `storybook build` tree-shakes that bare import away;
// this call keeps the element in the built Storybook (it is guarded against double registration).
defineAntragElements();

const preview: Preview = {
  // Every story starts as a fresh tab would: no session draft of another story of the same form.
  decorators: [
    (story) => {
      sessionStorage.clear();
      return story();
    },
  ],
  parameters: {
    // Every story doubles as an accessibility fixture: axe violations fail the story's a11y test, with the
    // same rules as the tests (WCAG 2.2 A/AA, best practice, target size), not axe's defaults.
    a11y: { test: 'error', options: axeRunOptions },
  },
  // Toolbar menus; stories pass them to the element as its `lang` and `theme` attributes.
  globalTypes: {
    lang: {
      description: 'Sprache des Assistenten',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme der Kommune',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'neutral', title: 'Neutral' },
          { value: 'musterstadt', title: 'Musterstadt' },
          { value: 'beispielhausen', title: 'Beispielhausen' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'de', theme: 'neutral' },
};
export default preview;
