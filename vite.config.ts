import { defineConfig, type Plugin } from 'vite';
import * as z from 'zod';
import { DefinitionSchema } from './src/definition/schema';

/** Emits the definition JSON Schema, generated from the zod schema; never written by hand. */
function definitionJsonSchema(): Plugin {
  return {
    name: 'antrag-definition-json-schema',
    generateBundle() {
      const schema = z.toJSONSchema(DefinitionSchema, { target: 'draft-2020-12' });
      this.emitFile({
        type: 'asset',
        fileName: 'antrag-definition.schema.json',
        source: `${JSON.stringify({ $comment: 'Generated from src/definition/schema.ts by vite build. Do not edit.', title: 'Antrag form definition', ...schema }, null, 2)}\n`,
      });
    },
  };
}

// `vite build` makes the ESM library (dependencies external, for bundlers);
// `vite build --mode embed` makes the self-contained script-tag file.
export default defineConfig(({ mode }) =>
  mode === 'embed'
    ? {
        build: {
          emptyOutDir: false,
          target: 'es2022',
          lib: { entry: 'src/embed.ts', formats: ['iife'], name: 'AntragEmbed', fileName: () => 'antrag.embed.js' },
          rolldownOptions: { output: { codeSplitting: false } },
        },
      }
    : {
        plugins: [definitionJsonSchema()],
        build: {
          target: 'es2022',
          minify: false,
          lib: { entry: { index: 'src/index.ts', core: 'src/core.ts', define: 'src/define.ts' }, formats: ['es'] },
          rolldownOptions: { external: [/^lit($|\/)/, /^zod($|\/)/, /^i18next($|\/)/] },
        },
      },
);
