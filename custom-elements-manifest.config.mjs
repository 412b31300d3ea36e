// @ts-check
/**
 * `cem analyze` (run by scripts/build.mjs) writes dist/custom-elements.json from the element's JSDoc: tag,
 * attributes, properties, events, parts and slots. The CSS custom properties come from the token table in
 * docs/theming.md, which a test keeps equal to the code. The plugins below make it describe the package as
 * shipped: module paths in dist/ instead of src/, each event's type, and the `definition` property's type.
 */
import { readFileSync } from 'node:fs';

/** The shipped module that exports the element and registers its tag (`antrag/define`). */
const SHIPPED_MODULE = 'dist/define.js';
/** The declaration file that exports the types the manifest names (`import type { … } from 'antrag/define'`). */
const TYPES_MODULE = 'dist/types/define.d.ts';

function themingTokens() {
  return {
    name: 'antrag-theming-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const table = readFileSync('docs/theming.md', 'utf8');
      const cssProperties = [...table.matchAll(/^\| `(--antrag-[a-z-]+)` \| ([^|]+) \| `([^`]+)` \|/gmu)].map(
        ([, name, description, value]) => ({
          name,
          description: description.trim(),
          default: value,
        }),
      );
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.tagName !== 'antrag-assistant') continue;
          declaration.cssProperties = cssProperties;
          // Lit's internal reactive state (`state: true`) is not API, though the analyzer lists it.
          declaration.attributes = declaration.attributes?.filter((a) => a.name !== 'loadIssues');
          declaration.members = declaration.members?.filter((m) => m.name !== 'loadIssues');
        }
      }
    },
  };
}

/**
 * One module, `dist/define.js`, instead of the analysed src/ files (which the package does not contain): it
 * exports the class and defines the tag. Events get `CustomEvent<AntragEventDetails['…']>` (the detail types in
 * src/elements/events.ts, exported from `antrag/define`); `definition` gets the `Definition` type.
 */
function shippedPaths() {
  const typeFrom = (text, name, module) => ({
    text,
    references: [{ name, package: 'antrag', module, start: text.indexOf(name), end: text.indexOf(name) + name.length }],
  });
  return {
    name: 'antrag-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const element = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .find((declaration) => declaration.tagName === 'antrag-assistant');
      if (!element) throw new Error('custom-elements-manifest.config.mjs: <antrag-assistant> was not found');
      for (const event of element.events ?? [])
        event.type = typeFrom(`CustomEvent<AntragEventDetails['${event.name}']>`, 'AntragEventDetails', TYPES_MODULE);
      const definition = element.members?.find((member) => member.name === 'definition');
      if (definition) definition.type = typeFrom('Definition', 'Definition', 'dist/types/core.d.ts');
      const declaration = { name: element.name, module: SHIPPED_MODULE };
      customElementsManifest.modules = [
        {
          kind: 'javascript-module',
          path: SHIPPED_MODULE,
          declarations: [element],
          exports: [
            { kind: 'js', name: element.name, declaration },
            { kind: 'custom-element-definition', name: element.tagName, declaration },
          ],
        },
      ];
    },
  };
}

export default {
  globs: ['src/elements/antrag-assistant.ts', 'src/define-elements.ts'],
  outdir: 'dist',
  // package.json names the manifest itself (with "./"); the analyzer would rewrite that line on every build.
  packagejson: false,
  litelement: true,
  plugins: [themingTokens(), shippedPaths()],
};
