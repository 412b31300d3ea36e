import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The repo's vite.config.ts builds the library (lib mode, externals); Storybook builds an app.
  async viteFinal(config) {
    if (config.build) {
      delete config.build.lib;
      delete (config.build as Record<string, unknown>).rolldownOptions;
    }
    config.plugins = (config.plugins ?? []).filter(
      (plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'antrag-definition-json-schema'),
    );
    return config;
  },
};
export default config;
