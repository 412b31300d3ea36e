import { defineConfig } from 'vite';

// Storybook's own Vite config (see `viteConfigPath` in main.ts). The repo's vite.config.ts builds the
// library (lib mode, externals, the JSON Schema asset, the embed bundle); Storybook builds an app and
// needs none of that.
export default defineConfig({
  build: { target: 'es2022' },
});
