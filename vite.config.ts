import { defineConfig, type Plugin } from 'vite';
import * as z from 'zod';
import { DefinitionSchema } from './src/definition/schema.ts';
import { minifyTemplates } from './scripts/build/minify-templates.ts';

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

/** A self-contained script-tag file: no imports, no dynamic imports, nothing shared with other files. */
function scriptTagBuild(entry: string, fileName: string, wrap?: { banner: string; footer: string }) {
  return {
    plugins: [minifyTemplates()],
    build: {
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry, formats: ['iife' as const], name: 'Antrag', fileName: () => fileName },
      rolldownOptions: { output: { codeSplitting: false, ...wrap } },
    },
  };
}

/**
 * A second copy of the script-tag file on the page (two CMS plugins, a classic and a module tag) runs
 * nothing but a warning: Lit, inside, would create its Trusted Types policy "lit-html" again, which a page
 * that allows the policy once (`trusted-types lit-html`) reports as a violation and turns into a TypeError.
 */
const ONLY_ONCE = {
  banner: `if (typeof customElements !== 'undefined' && customElements.get('antrag-assistant')) console.warn('<antrag-assistant> is already defined by another copy of Antrag; that copy is used.'); else {`,
  footer: '}',
};

// Modes (scripts/build.mjs runs them all): the default makes the ESM library (dependencies external, for
// bundlers); `embed` the script-tag bundle; `encryption` the JWE module as a script-tag file; `locale-tr` etc.
// one script-tag file per additional UI language.
export default defineConfig(({ mode }) => {
  if (mode === 'embed') return scriptTagBuild('src/embed.ts', 'antrag.embed.js', ONLY_ONCE);
  if (mode === 'encryption') return scriptTagBuild('src/encryption.ts', 'antrag.encryption.js');
  const locale = /^locale-([a-z]{2,3})$/u.exec(mode)?.[1];
  if (locale) return scriptTagBuild(`src/locales/${locale}.ts`, `antrag.locale-${locale}.js`);
  return {
    plugins: [definitionJsonSchema()],
    build: {
      target: 'es2022',
      minify: false,
      lib: { entry: { index: 'src/index.ts', core: 'src/core.ts', define: 'src/define.ts', encryption: 'src/encryption.ts', fim: 'src/fim.ts' }, formats: ['es'] },
      rolldownOptions: { external: [/^lit($|\/)/, /^zod($|\/)/, /^i18next($|\/)/, /^jose($|\/)/, /^fast-xml-parser($|\/)/] },
    },
  };
});
