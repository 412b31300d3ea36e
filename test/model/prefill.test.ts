import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import type { Definition } from '../../src/definition/schema.js';
import { resolvePrefill } from '../../src/model/prefill.js';
import { loadForm } from '../support/fixtures.js';

function definition(): Definition {
  const result = parseDefinition({
    schemaVersion: 1,
    id: 'vorab',
    version: '1.0.0',
    languages: ['de'],
    title: 'Vorab',
    prefill: { query: ['kategorie', 'ort'], claims: { given_name: 'name', 'address.postal_code': 'anschrift.plz' } },
    steps: [
      {
        id: 's',
        title: 'S',
        fields: [
          {
            id: 'kategorie',
            type: 'radio',
            label: 'Kategorie',
            options: [
              { value: 'licht', label: 'Licht' },
              { value: 'muell', label: 'Müll' },
            ],
          },
          { id: 'ort', type: 'text', label: 'Ort' },
          { id: 'name', type: 'text', label: 'Name' },
          { id: 'anschrift', type: 'address', label: 'Anschrift' },
          { id: 'richtig', type: 'checkbox', label: 'Richtig', required: true },
          { id: 'geheim', type: 'text', label: 'Nicht aus der URL' },
        ],
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.definition;
}

describe('resolvePrefill (once-only principle)', () => {
  it("takes allowed query parameters, the host page's answers and identity claims, in that order of precedence", () => {
    const { values, sources } = resolvePrefill(definition(), {
      query: '?kategorie=licht&ort=Marktplatz&geheim=nein&name=Query',
      host: { name: 'Host', ort: 'Rathaus', unbekannt: 'x' },
      claims: { given_name: 'Erika', address: { postal_code: '12345' } },
    });
    expect(values).to.deep.equal({
      kategorie: 'licht',
      ort: 'Rathaus',
      name: 'Erika',
      anschrift: { strasse: '', hausnummer: '', plz: '12345', ort: '' },
    });
    expect(sources).to.deep.equal({ kategorie: 'query', ort: 'host', name: 'claims', anschrift: 'claims' });
  });

  it('ignores what does not fit: unknown options, declarations, inherited properties', () => {
    const claims = Object.create({ given_name: 'Geerbt' }) as object;
    const { values } = resolvePrefill(definition(), { query: 'kategorie=gibtsnicht', host: { richtig: true, richtig2: 'ja' }, claims });
    expect(values).to.deep.equal({});
  });

  it('rejects a definition whose prefill names fields that do not exist', () => {
    const result = parseDefinition({
      ...(definition() as object),
      prefill: { query: ['fehlt'], claims: { family_name: 'anschrift.land' } },
    });
    expect(!result.ok && result.issues.map((i) => i.pointer)).to.deep.equal(['/prefill/query/0', '/prefill/claims/family_name']);
  });

  it('maps the Servicekonto claims of the Hundesteuer form', async () => {
    const parsed = parseDefinition(await loadForm('hundesteuer-anmeldung'));
    if (!parsed.ok) throw new Error('demo form invalid');
    const { values } = resolvePrefill(parsed.definition, {
      claims: {
        given_name: 'Erika',
        family_name: 'Mustermann',
        birthdate: '1980-05-17',
        address: { street_address: 'Hauptstraße', postal_code: '54321', locality: 'Musterstadt' },
      },
    });
    expect(values).to.deep.equal({
      vorname: 'Erika',
      nachname: 'Mustermann',
      geburtsdatum: '1980-05-17',
      anschrift: { strasse: 'Hauptstraße', hausnummer: '', plz: '54321', ort: 'Musterstadt' },
    });
  });
});
