import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import type { Definition } from '../../src/definition/schema.js';
import { createAssistantModel } from '../../src/model/assistant-model.js';
import { derive } from '../../src/model/derive.js';
import { toSubmissionPayload, validateSubmission } from '../../src/model/submission-payload.js';

function definition(): Definition {
  const result = parseDefinition({
    schemaVersion: 1,
    id: 'regeln',
    version: '1.0.0',
    languages: ['de'],
    title: 'Regeln',
    steps: [
      {
        id: 'kontakt',
        title: 'Kontakt',
        fields: [
          {
            id: 'ermaessigung',
            type: 'radio',
            label: 'Ermäßigung?',
            required: true,
            options: [
              { value: 'ja', label: 'Ja' },
              { value: 'nein', label: 'Nein' },
            ],
          },
          {
            id: 'grund',
            type: 'text',
            label: 'Grund',
            requiredIf: { '==': [{ var: 'ermaessigung' }, 'ja'] },
            visibleIf: { '==': [{ var: 'ermaessigung' }, 'ja'] },
          },
          { id: 'telefon', type: 'tel', label: 'Telefon' },
          { id: 'email', type: 'email', label: 'E-Mail' },
        ],
        rules: [
          {
            id: 'erreichbar',
            check: { or: [{ var: 'telefon' }, { var: 'email' }] },
            message: 'Telefon oder E-Mail',
            fields: ['telefon', 'email'],
          },
        ],
      },
      {
        id: 'nachweis',
        title: 'Nachweis',
        visibleIf: { '==': [{ var: 'ermaessigung' }, 'ja'] },
        fields: [{ id: 'nummer', type: 'text', label: 'Nummer', required: true }],
      },
      { id: 'ende', title: 'Ende', fields: [{ id: 'anzahl', type: 'number', label: 'Hunde', required: true }] },
    ],
    computed: [
      {
        id: 'steuer',
        label: 'Steuer',
        format: 'currency',
        value: {
          '*': [
            { '+': [96, { '*': [{ '-': [{ var: 'anzahl' }, 1] }, 132] }] },
            { if: [{ '==': [{ var: 'ermaessigung' }, 'ja'] }, 0.5, 1] },
          ],
        },
        breakdown: [
          { id: 'erster', label: 'Erster Hund', value: 96 },
          {
            id: 'weitere',
            label: 'Weitere Hunde',
            value: { '*': [{ '-': [{ var: 'anzahl' }, 1] }, 132] },
            visibleIf: { '>': [{ var: 'anzahl' }, 1] },
          },
        ],
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.definition;
}

describe('rules in the model', () => {
  it('shows a follow-up question only for the answer that needs it, and requires it then', () => {
    const model = createAssistantModel(definition());
    expect(derive(model.definition, model.getSnapshot()).rules.visible.has('grund')).to.equal(false);
    model.input('ermaessigung', 'ja');
    model.input('telefon', '0171 2345678');
    const rules = derive(model.definition, model.getSnapshot()).rules;
    expect(rules.visible.has('grund')).to.equal(true);
    expect(rules.required.has('grund')).to.equal(true);
    expect(model.next().kind).to.equal('invalid');
    expect(derive(model.definition, model.getSnapshot()).summary.map((i) => i.fieldId)).to.deep.equal(['grund']);
  });

  it('checks a cross-field rule and shows it at its first field after "Weiter"', () => {
    const model = createAssistantModel(definition());
    model.input('ermaessigung', 'nein');
    expect(model.next().kind).to.equal('invalid');
    expect(derive(model.definition, model.getSnapshot()).summary).to.deep.equal([
      { fieldId: 'telefon', code: 'rule', params: { rule: 'erreichbar' } },
    ]);
    model.input('email', 'erika@example.de');
    expect(model.next().kind).to.equal('moved');
  });

  it('skips a hidden step, neither validating nor sending its answers', () => {
    const model = createAssistantModel(definition(), { prefill: { nummer: 'alt' } });
    model.input('ermaessigung', 'nein');
    model.input('email', 'erika@example.de');
    model.next();
    expect(model.getSnapshot().view).to.deep.equal({ kind: 'step', index: 2 });
    expect(derive(model.definition, model.getSnapshot()).progress).to.deep.equal({ current: 2, total: 2 });
    model.input('anzahl', '3');
    model.next();
    const payload = toSubmissionPayload(model.definition, model.getSnapshot(), { language: 'de' });
    expect(payload.data).to.deep.equal({ ermaessigung: 'nein', email: 'erika@example.de', anzahl: 3 });
    expect(payload.computed).to.deep.equal({ steuer: 360 });
    expect(payload.breakdown.steuer).to.deep.equal([
      { id: 'erster', label: 'Erster Hund', value: 96 },
      { id: 'weitere', label: 'Weitere Hunde', value: 264 },
    ]);
    expect(validateSubmission(model.definition, payload)).to.deep.equal({ ok: true, issues: [] });
  });

  it('makes the intake reject a hidden answer, a missing conditional answer and a forged fee', () => {
    const model = createAssistantModel(definition());
    for (const [id, value] of Object.entries({ ermaessigung: 'ja', grund: 'Bürgergeld', email: 'e@example.de', nummer: '42', anzahl: '1' }))
      model.input(id, value);
    const payload = toSubmissionPayload(model.definition, model.getSnapshot(), { language: 'de' }) as any;
    expect(payload.computed).to.deep.equal({ steuer: 48 });
    payload.data.ermaessigung = 'nein';
    payload.computed.steuer = 1;
    const { issues } = validateSubmission(model.definition, payload);
    expect(issues.map((i) => `${i.fieldId ?? '-'}:${i.code}`)).to.deep.equal(['grund:hidden', 'nummer:hidden', '-:computed']);
    delete payload.data.grund;
    delete payload.data.nummer;
    payload.data.ermaessigung = 'ja';
    payload.computed.steuer = 48;
    expect(validateSubmission(model.definition, payload).issues.map((i) => `${i.fieldId ?? '-'}:${i.code}`)).to.deep.equal([
      'grund:required',
      'nummer:required',
    ]);
  });
});
