// @ts-check
/**
 * `cem analyze` (run by scripts/build.mjs) writes dist/custom-elements.json from the element's JSDoc: tag,
 * attributes, properties, events, parts and slots. The CSS custom properties come from the token table in
 * docs/theming.md, which a test keeps equal to the code.
 */
import { readFileSync } from 'node:fs';

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

export default {
  globs: ['src/elements/antrag-assistant.ts', 'src/define-elements.ts'],
  outdir: 'dist',
  // package.json names the manifest itself (with "./"); the analyzer would rewrite that line on every build.
  packagejson: false,
  litelement: true,
  plugins: [themingTokens()],
};
