import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import type { Definition } from '../../src/definition/schema.js';
import { validateSubmission } from '../../src/model/submission-payload.js';

/**
 * Found by an attack (2026-11-26): a repeat inside a repeat multiplies the items one evaluation walks
 * (50 children × 50 schools = 2,500 inner items, all within the definition's `max`). Five simple conditions
 * per inner item then spend the one step budget of an evaluation (50,000 steps), and every later condition
 * "fails towards showing more": `visibleIf` holds, `requiredIf` does not. At the intake that means a
 * payload the definition allows in size makes `validateSubmission` accept a hidden answer and a missing
 * required one. The intake now refuses a payload whose rules ran out of steps (issue code `rules`).
 */
const same = { '==': [{ var: 'art' }, 'a'] };
const raw = {
  schemaVersion: 1,
  id: 'budget-attack',
  version: '1.0.0',
  languages: ['de'],
  title: 'Budget',
  steps: [
    {
      id: 's',
      title: 'Schritt',
      fields: [
        {
          id: 'art',
          type: 'radio',
          label: 'Art',
          required: true,
          options: [
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
          ],
        },
        {
          id: 'kinder',
          type: 'repeat',
          label: 'Kinder',
          itemLabel: 'Kind',
          addLabel: 'Weiteres Kind',
          max: 50,
          fields: [
            { id: 'vorname', type: 'text', label: 'Vorname' },
            {
              id: 'schulen',
              type: 'repeat',
              label: 'Schulen',
              itemLabel: 'Schule',
              addLabel: 'Weitere Schule',
              min: 0,
              max: 50,
              fields: [
                { id: 'name', type: 'text', label: 'Name' },
                ...['ort', 'plz', 'land', 'schulart', 'klasse'].map((id) => ({ id, type: 'text', label: id, visibleIf: same })),
              ],
            },
          ],
        },
        { id: 'geheim', type: 'text', label: 'Nur bei B', visibleIf: { '==': [{ var: 'art' }, 'b'] } },
        { id: 'pflicht', type: 'text', label: 'Pflicht bei A', requiredIf: same },
      ],
    },
  ],
};

function definition(): Definition {
  const result = parseDefinition(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.definition;
}

const school = { name: 'n', ort: 'o', plz: 'p', land: 'l', schulart: 's', klasse: 'k' };
const payload = (children: number, schools: number) => ({
  submissionId: '6f1c5a52-1d7f-4c39-9d7e-1f0a2b3c4d5e',
  form: { id: 'budget-attack', version: '1.0.0' },
  data: {
    art: 'a',
    kinder: Array.from({ length: children }, () => ({ vorname: 'x', schulen: Array.from({ length: schools }, () => ({ ...school })) })),
    geheim: 'versteckte Angabe',
  },
  computed: {},
});

describe('rules that run out of steps at the intake', () => {
  it('control: with one child and one school the intake refuses the hidden and the missing required answer', () => {
    const result = validateSubmission(definition(), payload(1, 1));
    expect(result.issues).to.deep.include({ fieldId: 'geheim', code: 'hidden' });
    expect(result.issues).to.deep.include({ fieldId: 'pflicht', code: 'required' });
    expect(result.issues).not.to.deep.include({ code: 'rules' });
  });

  it('50 children of 50 schools each (within max) spend the step budget: the payload is refused, not accepted with a hidden answer', () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const result = validateSubmission(definition(), payload(50, 50));
      expect(result.ok, 'a payload must not pass because the rules ran out of steps').to.equal(false);
      expect(result.issues).to.deep.include({ code: 'rules' });
    } finally {
      console.warn = warn;
    }
  });
});
