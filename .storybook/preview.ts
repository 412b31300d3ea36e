import type { Preview } from '@storybook/web-components-vite';
import '../src/define.js';

const preview: Preview = {
  parameters: {
    // Every story doubles as an accessibility fixture: axe violations fail the a11y panel's test.
    a11y: { test: 'error' },
  },
};
export default preview;
