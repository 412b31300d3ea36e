import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import type { Definition } from '../../src/definition/schema.js';
import { createAssistantModel } from '../../src/model/assistant-model.js';
import { derive } from '../../src/model/derive.js';

function twoSteps(): Definition {
  const result = parseDefinition({
    schemaVersion: 1,
    id: 'test',
    version: '1.0.0',
    languages: ['de'],
    title: 'Test',
    steps: [
      {
        id: 'a',
        title: 'A',
        fields: [
          { id: 'name', type: 'text', label: 'Name', required: true },
          { id: 'plz', type: 'text', label: 'PLZ', pattern: { regex: '[0-9]{5}', message: 'PLZ' } },
        ],
      },
      { id: 'b', title: 'B', fields: [{ id: 'ok', type: 'checkbox', label: 'OK', required: true }] },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.definition;
}

describe('createAssistantModel', () => {
  it('shows no feedback while typing or on leaving a field, only after "Weiter"; typing a valid answer hides it, the summary stays', () => {
    const model = createAssistantModel(twoSteps());
    const derived = () => derive(model.definition, model.getSnapshot());
    model.input('plz', '123');
    model.leave('plz');
    // Leaving a field never changes the layout, so a click that follows is never lost.
    expect(derived().shownIssues.size).to.equal(0);
    expect(model.next().kind).to.equal('invalid');
    expect(derived().shownIssues.get('plz')?.code).to.equal('pattern');
    model.input('plz', '1234');
    // Still invalid: the message from "Weiter" stays as it was (no validation while typing).
    expect(derived().shownIssues.get('plz')?.code).to.equal('pattern');
    model.input('plz', '12345');
    expect(derived().shownIssues.has('plz')).to.equal(false);
    // The summary changes only on the next "Weiter".
    expect(derived().summary.map((i) => `${i.fieldId}:${i.code}`)).to.deep.equal(['name:required', 'plz:pattern']);
    model.input('name', 'Erika');
    expect(model.next().kind).to.equal('moved');
    expect(derived().summary).to.deep.equal([]);
  });

  it('does not complain about a required field that was only tabbed through', () => {
    const model = createAssistantModel(twoSteps());
    model.leave('name');
    expect(derive(model.definition, model.getSnapshot()).shownIssues.size).to.equal(0);
  });

  it('stays on an invalid step after "Weiter" and lists every problem in the summary, in field order', () => {
    const model = createAssistantModel(twoSteps());
    model.input('plz', '1');
    expect(model.next().kind).to.equal('invalid');
    const derived = derive(model.definition, model.getSnapshot());
    expect(model.getSnapshot().view).to.deep.equal({ kind: 'step', index: 0 });
    expect(derived.summary.map((i) => `${i.fieldId}:${i.code}`)).to.deep.equal(['name:required', 'plz:pattern']);
  });

  it('moves through steps to the review, back again, and returns to the review after "Ändern"', () => {
    const model = createAssistantModel(twoSteps());
    model.input('name', 'Erika');
    expect(model.next().kind).to.equal('moved');
    expect(derive(model.definition, model.getSnapshot()).progress).to.deep.equal({ current: 2, total: 2 });
    model.input('ok', true);
    model.next();
    expect(model.getSnapshot().view.kind).to.equal('review');
    expect(model.back().kind).to.equal('moved');
    expect(model.getSnapshot().view).to.deep.equal({ kind: 'step', index: 1 });
    model.next();
    expect(model.edit('name').kind).to.equal('moved');
    expect(model.getSnapshot().view).to.deep.equal({ kind: 'step', index: 0 });
    model.next();
    expect(model.getSnapshot().view.kind).to.equal('review');
  });

  it('keeps every answer through a failed submission and accepts a retry with the same id', () => {
    const model = createAssistantModel(twoSteps());
    model.input('name', 'Erika');
    model.next();
    model.input('ok', true);
    model.next();
    const id = model.getSnapshot().submissionId;
    expect(model.beginSubmit({ language: 'de' }).kind).to.equal('sending');
    expect(model.next().kind).to.equal('ignored');
    model.submitFailed({ reason: 'network' });
    expect(model.getSnapshot().values).to.include({ name: 'Erika', ok: true });
    expect(model.beginSubmit({ language: 'de' }).kind).to.equal('sending');
    model.submitSucceeded('T-1');
    expect(model.getSnapshot()).to.include({ submissionId: id });
    expect(model.getSnapshot().submission).to.deep.equal({ status: 'sent', reference: 'T-1' });
  });

  it('publishes immutable snapshots to subscribers', () => {
    const model = createAssistantModel(twoSteps());
    const seen: unknown[] = [];
    const stop = model.subscribe((s) => seen.push(s.values.name));
    const before = model.getSnapshot();
    model.input('name', 'E');
    stop();
    model.input('name', 'Er');
    expect(seen).to.deep.equal(['E']);
    expect(before.values.name).to.equal('');
    expect(Object.isFrozen(model.getSnapshot())).to.equal(true);
  });
});
