import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import type { Definition } from '../../src/definition/schema.js';
import { toSubmissionPayload, validateSubmission } from '../../src/model/submission-payload.js';
import { burningDate, loadForm } from '../support/fixtures.js';

async function verbrennung(): Promise<Definition> {
  const result = parseDefinition(await loadForm('verbrennung-pflanzlicher-abfaelle'));
  if (!result.ok) throw new Error('demo form invalid');
  return result.definition;
}

const values = {
  name: ' Erika Mustermann ',
  anschrift: 'Lindenweg 4',
  datum: burningDate,
  uhrzeitVon: '09:00',
  uhrzeitBis: '12:00',
  menge: '2,5',
  art: ['laub'],
  brandschutz: true,
};

describe('toSubmissionPayload', () => {
  it('follows the submission contract: typed answers, trimmed text, form id and version', async () => {
    const definition = await verbrennung();
    const payload = toSubmissionPayload(
      definition,
      { submissionId: '6f1c5a52-1d7f-4c39-9d7e-1f0a2b3c4d5e', values },
      { language: 'de', now: new Date('2026-11-22T10:15:00Z') },
    );
    expect(payload).to.deep.equal({
      submissionId: '6f1c5a52-1d7f-4c39-9d7e-1f0a2b3c4d5e',
      form: { id: 'verbrennung-pflanzlicher-abfaelle', version: '1.0.0' },
      submittedAt: '2026-11-22T10:15:00.000Z',
      language: 'de',
      data: {
        name: 'Erika Mustermann',
        anschrift: 'Lindenweg 4',
        datum: burningDate,
        uhrzeitVon: '09:00',
        uhrzeitBis: '12:00',
        menge: 2.5,
        art: ['laub'],
        brandschutz: true,
      },
      computed: {},
      breakdown: {},
      attachments: [],
    });
  });
});

describe('validateSubmission', () => {
  it('accepts what the assistant sends', async () => {
    const definition = await verbrennung();
    const payload = toSubmissionPayload(definition, { submissionId: '6f1c5a52-1d7f-4c39-9d7e-1f0a2b3c4d5e', values }, { language: 'de' });
    expect(validateSubmission(definition, payload)).to.deep.equal({ ok: true, issues: [] });
  });

  it('rejects a tampered payload: wrong version, unknown field, bad value, missing answer', async () => {
    const definition = await verbrennung();
    const payload = toSubmissionPayload(
      definition,
      { submissionId: '6f1c5a52-1d7f-4c39-9d7e-1f0a2b3c4d5e', values },
      { language: 'de' },
    ) as any;
    payload.form.version = '0.9.0';
    payload.data.admin = true;
    payload.data.menge = 50;
    delete payload.data.brandschutz;
    const { ok, issues } = validateSubmission(definition, payload);
    expect(ok).to.equal(false);
    expect(issues.map((i) => `${i.fieldId ?? '-'}:${i.code}`)).to.deep.equal([
      '-:form',
      '-:unknownField',
      'menge:max',
      'brandschutz:required',
    ]);
  });
});

describe('toSubmissionPayload with a page language that names a region', () => {
  it('labels the fee breakdown in the form language of the page language ("en-US" reads "en")', () => {
    const result = parseDefinition({
      schemaVersion: 1,
      id: 'gebuehr',
      version: '1.0.0',
      languages: ['de', 'en'],
      title: { de: 'Gebühr', en: 'Fee' },
      steps: [{ id: 's', title: { de: 'Hunde', en: 'Dogs' }, fields: [{ id: 'anzahl', type: 'number', label: { de: 'Anzahl', en: 'Number' } }] }],
      computed: [
        {
          id: 'steuer',
          label: { de: 'Steuer', en: 'Tax' },
          value: { '*': [{ var: 'anzahl' }, 96] },
          breakdown: [{ id: 'erster', label: { de: 'Erster Hund', en: 'First dog' }, value: 96 }],
        },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const payload = toSubmissionPayload(result.definition, { submissionId: '0', values: { anzahl: '1' } }, { language: 'en-US' });
    expect(payload.breakdown.steuer?.map((line) => line.label)).to.deep.equal(['First dog']);
    // The payload names the form language whose texts were read, which the intake checks against the form's.
    expect(payload.language).to.equal('en');
    const arabicPage = toSubmissionPayload(result.definition, { submissionId: '0', values: { anzahl: '1' } }, { language: 'ar' });
    expect(arabicPage.language).to.equal('de');
    expect(arabicPage.breakdown.steuer?.map((line) => line.label)).to.deep.equal(['Erster Hund']);
  });
});
