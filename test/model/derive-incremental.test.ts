import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import type { Definition } from '../../src/definition/schema.js';
import { createAssistantModel } from '../../src/model/assistant-model.js';
import { derive } from '../../src/model/derive.js';
import type { Snapshot } from '../../src/model/snapshot.js';

/** A form whose rules read some answers and not others, with a computed fee and a repeat. */
function form(): Definition {
  const result = parseDefinition({
    schemaVersion: 1,
    id: 'inc',
    version: '1.0.0',
    languages: ['de'],
    title: 'Inc',
    steps: [
      {
        id: 'a',
        title: 'A',
        fields: [
          { id: 'art', type: 'radio', label: 'Art', required: true, options: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }] },
          { id: 'name', type: 'text', label: 'Name', required: true, maxLength: 5 },
          { id: 'grund', type: 'text', label: 'Grund', visibleIf: { '==': [{ var: 'art' }, 'y'] }, requiredIf: { '!=': [{ var: 'name' }, 'Erika'] } },
          { id: 'anzahl', type: 'number', label: 'Anzahl', min: 1 },
          { id: 'notiz', type: 'textarea', label: 'Notiz' },
        ],
      },
      {
        id: 'b',
        title: 'B',
        fields: [{ id: 'hunde', type: 'repeat', label: 'Hunde', itemLabel: 'Hund', addLabel: 'Weiteren Hund hinzufügen', fields: [{ id: 'rufname', type: 'text', label: 'Rufname', required: true }] }],
      },
    ],
    computed: [{ id: 'gebuehr', label: 'Gebühr', value: { '*': [{ var: 'anzahl' }, 10] } }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.definition;
}

const fresh = (snapshot: Snapshot) => derive(form(), snapshot);
const plain = (d: ReturnType<typeof derive>) => ({
  visible: [...d.rules.visible].sort(),
  required: [...d.rules.required].sort(),
  data: Object.fromEntries(Object.entries(d.rules.data).sort(([a], [b]) => a.localeCompare(b))),
  computed: d.rules.computed,
  shown: [...d.shownIssues],
  summary: d.summary,
  progress: d.progress,
});

const command = fc.oneof(
  fc.record({ kind: fc.constant('input' as const), field: fc.constantFrom('art', 'name', 'grund', 'anzahl', 'notiz', 'hunde.0.rufname'), value: fc.constantFrom('', 'x', 'y', 'Erika', '3', 'abc', '123456') }),
  fc.record({ kind: fc.constantFrom('leave' as const), field: fc.constantFrom('art', 'name', 'grund', 'anzahl', 'notiz', 'hunde.0.rufname') }),
  fc.record({ kind: fc.constantFrom('next' as const, 'back' as const, 'addItem' as const) }),
);

describe('derive follows the change', () => {
  it('gives the same result as deriving anew, after any sequence of commands', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
        const model = createAssistantModel(form());
        for (const c of commands) {
          if (c.kind === 'input') model.input(c.field, c.value);
          else if (c.kind === 'leave') model.leave(c.field);
          else if (c.kind === 'addItem') model.addItem('hunde');
          else model[c.kind]();
          const snapshot = model.getSnapshot();
          expect(plain(derive(model.definition, snapshot))).to.deep.equal(plain(fresh(snapshot)));
        }
      }),
      { numRuns: 150 },
    );
  });
});
