import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** ARCHITECTURE.md: each src/ folder imports only from the folders above it; only elements/ imports lit. */
const allowed: Record<string, string[]> = {
  definition: ['zod'],
  rules: ['definition'],
  model: ['definition', 'rules'],
  submission: ['definition', 'model', 'jose'],
  i18n: ['definition', 'i18next'],
  theme: ['zod'],
  elements: ['definition', 'rules', 'model', 'submission', 'i18n', 'theme', 'lit', '@lit/task'],
  locales: ['i18n'],
};

describe('import rule between src/ folders', () => {
  it('holds for every module', async () => {
    const modules = (await executeServerCommand('antrag-source-imports')) as Array<{ file: string; imports: string[] }>;
    expect(modules.length).to.be.greaterThan(20);
    const violations: string[] = [];
    for (const { file, imports } of modules) {
      const folder = file.includes('/') ? file.split('/')[0]! : undefined;
      if (!folder) continue; // index.ts, core.ts, define.ts, embed.ts may import everything
      for (const target of imports) {
        // A relative import names the src/ folder (or root module) it lands in; a bare one names a package.
        const dependency = target.startsWith('.')
          ? new URL(target, `file:///src/${file}`).pathname.split('/')[2]!
          : target
              .split('/')
              .slice(0, target.startsWith('@') ? 2 : 1)
              .join('/');
        if (dependency !== folder && !allowed[folder]?.includes(dependency)) violations.push(`src/${file} imports ${target}`);
      }
    }
    expect(violations).to.deep.equal([]);
  });
});
