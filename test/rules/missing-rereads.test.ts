import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import { evaluateRules } from '../../src/model/rule-state.js';

describe('missing and missing_some read the answers they name', () => {
  it('re-derives a condition written with "missing" when that answer changes', () => {
    const parsed = parseDefinition({
      schemaVersion: 1,
      id: 'fehlend',
      version: '1.0.0',
      languages: ['de'],
      title: 'Fehlend',
      steps: [
        {
          id: 'a',
          title: 'A',
          fields: [
            { id: 'telefon', type: 'tel', label: 'Telefon' },
            { id: 'email', type: 'email', label: 'E-Mail' },
            { id: 'hinweis', type: 'notice', label: 'Hinweis', text: 'Bitte geben Sie eine Telefonnummer an.', visibleIf: { missing: ['telefon'] } },
            { id: 'rueckruf', type: 'text', label: 'Rückruf', visibleIf: { '!': { missing_some: [1, ['telefon', 'email']] } } },
          ],
        },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const empty = evaluateRules(parsed.definition, {});
    expect([...empty.visible]).to.include('hinweis').and.not.include('rueckruf');
    const values = { telefon: '0421 123456' };
    const answered = evaluateRules(parsed.definition, values, { values: {}, state: empty });
    expect([...answered.visible]).to.include('rueckruf').and.not.include('hinweis');
  });
});
