import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Relative to the working directory, which npm sets to the repo root.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // The network is closed, and the project sends no usage data anywhere.
  core: { disableTelemetry: true },
};
export default config;
