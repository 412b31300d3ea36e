import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import type { Definition } from '../../src/definition/schema.js';
import { createAssistantModel } from '../../src/model/assistant-model.js';
import { derive } from '../../src/model/derive.js';

/**
 * Found by an attack (2026-11-26): removeItem renumbers `checked` with afterRemoval, but not the intake's
 * field errors (snapshot.serverIssues, keyed by path id). After a 422 about Ben's school, removing Mia moves
 * Ben to item 0 and Eva to item 1: the intake's error then shows on Eva's school, and Ben's goes unmarked.
 * Failed before removeItem renumbered the summary and the intake's issues.
 */
async function schulweg(): Promise<Definition> {
  const result = parseDefinition(await (await fetch('/test/fixtures/nested-repeat-form.json')).json());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.definition;
}

describe('the intake\'s field errors follow items when an earlier item is removed', () => {
  it('a 422 about Kind 2, Schule 1 stays on that school after Kind 1 is removed', async () => {
    const definition = await schulweg();
    const model = createAssistantModel(definition, {
      restore: {
        values: {
          kinder: [
            { name: 'Mia', schulen: [] },
            { name: 'Ben', schulen: [{ schulname: 'Schule X', ort: '' }] },
            { name: 'Eva', schulen: [{ schulname: 'Schule Y', ort: '' }] },
          ],
        },
        view: { kind: 'review' },
      },
    });
    expect(model.beginSubmit({ language: 'de' }).kind).to.equal('sending');
    expect(model.submitRejected([{ field: 'kinder.1.schulen.0.schulname', code: 'pattern' }], 422).kind).to.equal('rejected');
    model.removeItem('kinder', 0);
    const snapshot = model.getSnapshot();
    expect(snapshot.values.kinder).to.deep.equal([
      { name: 'Ben', schulen: [{ schulname: 'Schule X', ort: '' }] },
      { name: 'Eva', schulen: [{ schulname: 'Schule Y', ort: '' }] },
    ]);
    const shown = [...derive(definition, snapshot).shownIssues.keys()];
    expect(shown, "the intake's error is on Ben's school, now Kind 1").to.deep.equal(['kinder.0.schulen.0.schulname']);
  });
});
