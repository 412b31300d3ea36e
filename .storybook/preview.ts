import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import '../src/define.js';
import { defineAntragElements } from '../src/define-elements.js';
import { registerLocale } from '../src/i18n/locale-registry.js';
import { ar } from '../src/i18n/messages-ar.js';
import { tr } from '../src/i18n/messages-tr.js';
import { uk } from '../src/i18n/messages-uk.js';
import { themes } from '../src/theme/themes.js';
import { axeRunOptions } from '../test/support/axe-options.js';
import { manifestControls } from './manifest-controls.js';

// Registers <antrag-assistant>. The import of src/define.ts above does the same, but package.json's
// "sideEffects" lists only dist/define.js, so `storybook build` tree-shakes that bare import away;
// this call keeps the element in the built Storybook (it is guarded against double registration).
defineAntragElements();
// The additional UI languages, registered by call for the same reason (src/locales/*.ts are bare side effects).
registerLocale('tr', tr);
registerLocale('uk', uk);
registerLocale('ar', ar);
// Controls, attribute table, events, slots and parts come from the element's JSDoc via the manifest (`npm run build`).
setCustomElementsManifest(manifest);

const THEME_TITLES: Record<string, string> = {
  neutral: 'Neutral',
  musterstadt: 'Musterstadt',
  beispielhausen: 'Beispielhausen',
  musterland: 'Musterland',
  kontrast: 'Kontrast (hoher Kontrast)',
};

const preview: Preview = {
  // Every story starts as a fresh tab would: no session draft of another story of the same form.
  decorators: [
    (story) => {
      sessionStorage.clear();
      return story();
    },
  ],
  argTypesEnhancers: [manifestControls],
  parameters: {
    // Every story doubles as an accessibility fixture: axe violations fail the story's a11y test, with the
    // same rules as the tests (WCAG 2.2 A/AA, best practice, target size), not axe's defaults.
    // test/stories/story-a11y.test.ts runs the project's axe helper on every built story in the test suite.
    a11y: { test: 'error', options: axeRunOptions },
    controls: { expanded: true, sort: 'requiredFirst' },
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
          { value: 'tr', title: 'Türkçe' },
          { value: 'uk', title: 'Українська' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme der Kommune',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        // Every built-in theme, from the source of truth (src/theme/themes.ts).
        items: Object.keys(themes).map((value) => ({ value, title: THEME_TITLES[value] ?? value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'de', theme: 'neutral' },
};
export default preview;
