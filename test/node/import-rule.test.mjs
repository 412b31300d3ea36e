// @ts-check
/**
 * ARCHITECTURE.md, "Folders (src/)": each src/ folder imports only from the folders above it, and only
 * elements/ imports lit. A module in a subfolder belongs to its top folder (elements/controllers/… is elements).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { repositoryRoot } from '../support/repository-root.mjs';

/** What each folder may import: other src/ folders and packages (`lit` stands for lit and @lit/*). */
const allowed = {
  definition: ['zod'],
  rules: ['definition'],
  model: ['definition', 'rules'],
  submission: ['definition', 'model', 'jose'],
  i18n: ['definition', 'i18next'],
  theme: ['zod'],
  elements: ['definition', 'rules', 'model', 'submission', 'i18n', 'theme', 'lit'],
  locales: ['i18n'],
  // The Node-only FIM importer (`antrag/fim`): reads XML, writes definitions.
  fim: ['definition', 'fast-xml-parser'],
};

/** `import … from '…'`, `export … from '…'` and `import '…'`, over several lines too. */
const IMPORT = /^\s*(?:import\s+['"]([^'"]+)['"]|(?:import|export)\b[^'";]*?\bfrom\s+['"]([^'"]+)['"])/gmu;

/** The top src/ folder of a module ('elements/views/review.ts' → elements); undefined for root modules. @param {string} file */
const folderOf = (file) => (file.includes('/') ? file.split('/')[0] : undefined);

/**
 * What an import names: for a relative one the src/ folder (or root module) it lands in, for a bare one the
 * package, with @lit/* counted as lit.
 * @param {string} file @param {string} target
 */
function dependencyOf(file, target) {
  if (target.startsWith('.')) return /** @type {string} */ (new URL(target, `file:///src/${file}`).pathname.split('/')[2]);
  const name = target
    .split('/')
    .slice(0, target.startsWith('@') ? 2 : 1)
    .join('/');
  return name.startsWith('@lit/') ? 'lit' : name;
}

/**
 * Every import that breaks the rule, as `src/<file> imports <target>`.
 * @param {Array<{ file: string, imports: string[] }>} modules files relative to src/
 */
function violations(modules) {
  /** @type {string[]} */
  const found = [];
  for (const { file, imports } of modules) {
    const folder = folderOf(file);
    if (!folder) continue; // index.ts, core.ts, define.ts, embed.ts … may import everything
    const mayImport = /** @type {Record<string, string[]>} */ (allowed)[folder];
    for (const target of imports) {
      const dependency = dependencyOf(file, target);
      if (dependency !== folder && !mayImport?.includes(dependency)) found.push(`src/${file} imports ${target}`);
    }
  }
  return found;
}

/** Every .ts module under src/ with its imports, files relative to src/. */
function sourceModules() {
  const src = join(repositoryRoot, 'src');
  /** @param {string} dir @returns {string[]} */
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
    );
  return walk(src).map((path) => ({
    file: relative(src, path).split('\\').join('/'),
    imports: [...readFileSync(path, 'utf8').matchAll(IMPORT)].map((m) => /** @type {string} */ (m[1] ?? m[2])),
  }));
}

describe('import rule between src/ folders', () => {
  it('holds for every module', () => {
    const modules = sourceModules();
    assert.ok(modules.length > 20, `${modules.length} modules found`);
    assert.ok(
      modules.some((m) => m.imports.length > 0),
      'imports are found',
    );
    assert.deepEqual(violations(modules), []);
  });

  it('counts subfolders as their top folder and catches an upward import from any depth', () => {
    const modules = [
      {
        file: 'elements/controllers/focus-controller.ts',
        imports: ['lit', '@lit/task', '../../model/navigation.js', '../views/review.js', '../antrag-assistant.js'],
      },
      { file: 'elements/fields/text-field.ts', imports: ['lit/directives/live.js', '../../i18n/translator.js'] },
      { file: 'model/derive.ts', imports: ['../elements/views/review.js', 'lit', '../rules/evaluate.js'] },
      { file: 'definition/schema.ts', imports: ['zod/v4', '../rules/evaluate.js', '../index.js'] },
      { file: 'index.ts', imports: ['./elements/antrag-assistant.js', 'lit'] },
    ];
    assert.deepEqual(violations(modules), [
      'src/model/derive.ts imports ../elements/views/review.js',
      'src/model/derive.ts imports lit',
      'src/definition/schema.ts imports ../rules/evaluate.js',
      'src/definition/schema.ts imports ../index.js',
    ]);
  });

  it('reads every form of import statement', () => {
    const text = [
      "import { a } from '../model/a.js';",
      "import type { B } from '../definition/b.js';",
      "export { c } from './c.js';",
      "export * from '../rules/d.js';",
      "import '../i18n/e.js';",
      'import {',
      '  f,',
      '  g,',
      "} from 'lit';",
    ].join('\n');
    assert.deepEqual(
      [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]),
      ['../model/a.js', '../definition/b.js', './c.js', '../rules/d.js', '../i18n/e.js', 'lit'],
    );
  });
});
