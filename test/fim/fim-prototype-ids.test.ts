import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import { importFim } from '../../src/fim/import-fim.js';
import { toFimData } from '../../src/fim/to-fim-data.js';

/**
 * `fim.groups` (the FIM group ids between a step and a question, which
 * the importer now also writes for flattened deeper groups) accepts any string, and toFimData walks it with
 * `here[id]`, prototype chain included. A definition parseDefinition accepts, with
 * `"groups": ["__proto__", "isAdmin"]`, makes toFimData write the citizen's answer onto Object.prototype —
 * in the browser, and in the reference intake (demo/intake-receive.mjs runs toFimData for every FIM form).
 * Failed before FIM ids were checked and toFimData wrote own properties only (2026-11-26).
 */
const definition = {
  schemaVersion: 1,
  id: 'fim-pollution',
  version: '1.0.0',
  languages: ['de'],
  title: 'FIM',
  fim: { id: 'S00000000001', version: '1.0' },
  steps: [
    {
      id: 's',
      title: 'Schritt',
      fim: { id: 'G00000000001', version: '1.0' },
      fields: [{ id: 'name', type: 'text', label: 'Name', fim: { id: 'F00000000001', version: '1.0', groups: ['__proto__', 'isAdmin'] } }],
    },
  ],
};

describe('FIM group ids named like prototype properties', () => {
  afterEach(() => {
    Reflect.deleteProperty(Object.prototype, 'isAdmin');
    Reflect.deleteProperty(Object.prototype, 'F00000000001');
  });

  it('parseDefinition refuses "__proto__" and "isAdmin" as FIM group ids, with their pointers', () => {
    const result = parseDefinition(definition);
    expect(result.ok, 'refused').to.equal(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.pointer)).to.include.members(['/steps/0/fields/0/fim/groups/0', '/steps/0/fields/0/fim/groups/1']);
  });

  it('toFimData on its own (a definition that skipped the checker) keeps such ids off Object.prototype', () => {
    const data = toFimData(definition as unknown as Parameters<typeof toFimData>[0], { data: { name: 'Mallory' } });
    expect(Object.hasOwn(Object.prototype, 'isAdmin'), 'Object.prototype.isAdmin was written').to.equal(false);
    expect(Object.hasOwn(Object.prototype, 'F00000000001'), 'Object.prototype.F00000000001 was written').to.equal(false);
    expect(JSON.stringify(data)).to.equal('{"G00000000001":{"__proto__":{"isAdmin":{"F00000000001":"Mallory"}}}}');
  });

  it('an imported XDF whose deeper groups are called "__proto__" and "isAdmin" does not reach Object.prototype', async () => {
    const xdf = await (await fetch('/test/fixtures/fim/synthetic-xdf3.xml')).text();
    const start = xdf.indexOf('<xdf:datenfeld>', xdf.indexOf('<xdf:id>G99000000002</xdf:id>'));
    const end = xdf.indexOf('</xdf:datenfeld>', start) + '</xdf:datenfeld>'.length;
    const wrap = (id: string, inner: string) =>
      `<xdf:datenfeldgruppe><xdf:identifikation><xdf:id>${id}</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation><xdf:name>${id}</xdf:name><xdf:bezeichnungEingabe>${id}</xdf:bezeichnungEingabe><xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt>${inner}</xdf:enthaelt></xdf:struktur></xdf:datenfeldgruppe>`;
    const hostile = xdf.slice(0, start) + wrap('__proto__', wrap('isAdmin', xdf.slice(start, end))) + xdf.slice(end);
    const { definition: imported } = await importFim(hostile);
    const result = parseDefinition(imported);
    if (!result.ok) return; // refused: nothing reaches toFimData
    toFimData(result.definition, { data: { f99000000004: '2000-01-01' } });
    expect(Object.hasOwn(Object.prototype, 'isAdmin'), 'Object.prototype.isAdmin was written').to.equal(false);
  });
});
