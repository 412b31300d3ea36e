// @ts-check
/**
 * For the framework examples (examples/): React ships CommonJS and Vue's default module expects a bundler,
 * as a real app has. Here esbuild bundles React once (one shared copy for react and react-dom) and Vue's
 * browser build is used; the examples import `antrag/define` and `antrag/react` as an app would, here this repository's source.
 */
import { build as esbuild } from 'esbuild';

/** @returns {Promise<import('@web/test-runner').TestRunnerPlugin>} */
export async function frameworkExamplesPlugin() {
  const vendor = new Map(
    (
      await esbuild({
        entryPoints: { react: 'test/support/vendor-react.js', 'react-dom-client': 'test/support/vendor-react-dom-client.js' },
        bundle: true,
        splitting: true,
        format: 'esm',
        outdir: '/__vendor',
        write: false,
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'warning',
      })
    ).outputFiles.map((file) => [file.path, file.text]),
  );
  return {
    name: 'antrag-framework-examples',
    resolveImport({ source }) {
      if (source === 'react') return '/__vendor/react.js';
      if (source === 'react-dom/client') return '/__vendor/react-dom-client.js';
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.prod.js';
      if (source === 'antrag/define') return '/src/define.ts';
      if (source === 'antrag/react') return '/src/react.ts';
      return undefined;
    },
    serve(context) {
      const code = vendor.get(context.path);
      return code === undefined ? undefined : { body: code, type: 'js' };
    },
  };
}
