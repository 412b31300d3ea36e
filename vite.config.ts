import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
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
function scriptTagBuild(entry: string, fileName: string, wrap?: { banner: string; footer: string }): UserConfig {
  return {
    plugins: [minifyTemplates()],
    build: {
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry, formats: ['iife' as const], name: 'Antrag', fileName: () => fileName },
      // ASCII only (non-ASCII escaped): a server that sends .js without a charset makes the browser decode a
      // classic script in the page's encoding, and an old CMS page in windows-1252 would read "ZurÃ¼ck".
      rolldownOptions: { output: { codeSplitting: false, charset: 'ascii', ...wrap } },
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

/** One locale file per module in src/locales/; the script-tag file loads each by itself when a form needs it. */
const loadableLocales = readdirSync('src/locales').map((file) => file.replace(/\.ts$/u, ''));

/**
 * The script-tag file without what only some pages need (decision 0024): its embed variants load the
 * definition checker `antrag.checker.js` only for a definition without a valid "checked" stamp, and a locale
 * file (English included) only when a form needs that language — each pinned by the hash recorded here.
 */
function embedBuild(): UserConfig {
  const pinned = (file: string) => ({ file, integrity: `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}` });
  /** The module `…/<path>.js` is replaced by `src/<path>.embed.ts`. */
  const swap = (path: string) => ({
    find: new RegExp(`^.*/${path.split('/').pop()}\\.js$`, 'u'),
    replacement: fileURLToPath(new URL(`src/${path}.embed.ts`, import.meta.url)),
  });
  return {
    ...scriptTagBuild('src/embed.ts', 'antrag.embed.js', ONLY_ONCE),
    define: {
      __ANTRAG_CHECKER__: JSON.stringify(pinned('antrag.checker.js')),
      __ANTRAG_LOCALES__: JSON.stringify(Object.fromEntries(loadableLocales.map((locale) => [locale, pinned(`antrag.locale-${locale}.js`)]))),
    },
    resolve: { alias: [swap('definition/check-definition'), swap('i18n/built-in-messages'), swap('i18n/locale-files')] },
  };
}


/** The definition checker for the script-tag file, as one self-contained ES module. */
function checkerBuild(): UserConfig {
  return {
    plugins: [minifyTemplates()],
    build: {
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: 'src/definition/check-definition.ts', formats: ['es' as const], fileName: () => 'antrag.checker.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  };
}

// Modes (scripts/build.mjs runs them all): the default makes the ESM library (dependencies external, for
// bundlers); `checker` the definition checker the script-tag bundle loads when it must, then `embed` the script-tag bundle; `encryption` the JWE module as a script-tag file; `locale-tr` etc.
// one script-tag file per additional UI language.
export default defineConfig(({ mode }) => {
  if (mode === 'checker') return checkerBuild();
  if (mode === 'embed') return embedBuild();
  if (mode === 'encryption') return scriptTagBuild('src/encryption.ts', 'antrag.encryption.js');
  const locale = /^locale-([a-z]{2,3})$/u.exec(mode)?.[1];
  if (locale) return scriptTagBuild(`src/locales/${locale}.ts`, `antrag.locale-${locale}.js`);
  return {
    plugins: [definitionJsonSchema()],
    build: {
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          index: 'src/index.ts',
          core: 'src/core.ts',
          define: 'src/define.ts',
          react: 'src/react.ts',
          encryption: 'src/encryption.ts',
          fim: 'src/fim.ts',
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^i18next($|\/)/, /^jose($|\/)/, /^react($|\/)/, /^fast-xml-parser($|\/)/],
      },
    },
  };
});
