import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import type { Definition } from '../../src/definition/schema.js';
import { createAssistantModel } from '../../src/model/assistant-model.js';
import { validateSubmission } from '../../src/model/submission-payload.js';
import { createDraftStore } from '../../src/submission/drafts.js';

/** Issue 14: a repeat inside a repeated item in the definition checks, the model and the intake's re-check (decision 0025). */
async function schulweg(): Promise<Definition> {
  const result = parseDefinition(await (await fetch('/test/fixtures/nested-repeat-form.json')).json());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.definition;
}
const payload = (data: unknown) => ({ submissionId: '6f1c5a52-1d7f-4c39-9d7e-1f0a2b3c4d5e', form: { id: 'schulweg-test', version: '1.0.0' }, data, computed: {} });

describe('a repeat inside a repeat: definition, model and intake', () => {
  it('refuses a third level of repeats and repeated ids inside an inner item, with their pointers', async () => {
    const raw = await (await fetch('/test/fixtures/nested-repeat-form.json')).json();
    const schulen = raw.steps[0].fields[0].fields[1];
    schulen.fields.push({ id: 'klassen', type: 'repeat', label: 'Klassen', itemLabel: 'Klasse', addLabel: 'Mehr', fields: [{ id: 'k', type: 'text', label: 'K' }] });
    schulen.fields.push({ id: 'ort', type: 'text', label: 'Ort' });
    const result = parseDefinition(raw);
    const issues = result.ok ? [] : result.issues.map((issue) => issue.pointer);
    expect(issues).to.include('/steps/0/fields/0/fields/1/fields/2/type');
    expect(issues).to.include('/steps/0/fields/0/fields/1/fields/3/id');
  });

  it('adds and removes inner items by path id, renumbering their checked answers', async () => {
    const model = createAssistantModel(await schulweg());
    expect(model.addItem('kinder.0.schulen').kind).to.equal('itemAdded');
    model.addItem('kinder.0.schulen');
    model.input('kinder.0.schulen.1.schulname', 'Gymnasium');
    expect(model.next().kind).to.equal('invalid');
    expect(Object.keys(model.getSnapshot().checked)).to.include('kinder.0.schulen.1.schulname');
    model.removeItem('kinder.0.schulen', 0);
    const { values, checked } = model.getSnapshot();
    expect(values.kinder).to.deep.equal([{ name: '', schulen: [{ schulname: 'Gymnasium', ort: '' }] }]);
    expect(checked['kinder.0.schulen.0.schulname']).to.equal('Gymnasium');
    expect(Object.hasOwn(checked, 'kinder.0.schulen.1.schulname')).to.equal(false);
    expect(model.field('kinder.0.schulen.0.schulname')?.id).to.equal('kinder.0.schulen.0.schulname');
  });

  it('re-checks a nested payload at the intake: inner answers by path id, unknown inner keys, wrong shapes', async () => {
    const definition = await schulweg();
    const good = { kinder: [{ name: 'Mia', schulen: [{ schulname: 'Gymnasium' }] }] };
    expect(validateSubmission(definition, payload(good))).to.deep.equal({ ok: true, issues: [] });
    const bad = { kinder: [{ name: 'Mia', schulen: [{ ort: 'Musterstadt', farbe: 'rot' }, 'Gymnasium'] }] };
    expect(validateSubmission(definition, payload(bad)).issues).to.deep.equal([
      { fieldId: 'kinder.0.schulen', code: 'type' },
    ]);
    const missing = { kinder: [{ name: 'Mia', schulen: [{ ort: 'Musterstadt', farbe: 'rot' }] }] };
    expect(validateSubmission(definition, payload(missing)).issues).to.deep.equal([
      { code: 'unknownField', params: { field: 'kinder.0.schulen.0.farbe' } },
      { fieldId: 'kinder.0.schulen.0.schulname', code: 'required' },
    ]);
  });

  it('leaves files and sensitive answers inside inner items out of drafts, answers and checked ones alike', async () => {
    const raw = await (await fetch('/test/fixtures/nested-repeat-form.json')).json();
    const schulen = raw.steps[0].fields[0].fields[1];
    schulen.fields.push({ id: 'zeugnis', type: 'file', label: 'Zeugnis', accept: ['.pdf'], maxSizeMb: 1 });
    schulen.fields.push({ id: 'iban', type: 'iban', label: 'IBAN', sensitive: true });
    const result = parseDefinition(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const memory = () => {
      const items = new Map<string, string>();
      return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) } as unknown as Storage;
    };
    const [session, device] = [memory(), memory()];
    const store = createDraftStore(result.definition, { session, device });
    const file = { id: 'a', name: 'z.pdf', type: 'application/pdf', size: 1, sha256: 'b'.repeat(64) };
    const school = { schulname: 'Gymnasium', ort: '', zeugnis: [file], iban: 'DE02120300000000202051' };
    store.save(
      {
        values: { kinder: [{ name: 'Mia', schulen: [school] }] },
        checked: { 'kinder.0.schulen.0.zeugnis': [file], 'kinder.0.schulen.0.iban': 'DE02120300000000202051', 'kinder.0.schulen.0.schulname': 'Gymnasium' },
        view: { kind: 'step', index: 0 },
        submissionId: '6f1c5a52-1d7f-4c39-9d7e-1f0a2b3c4d5e',
      },
      true,
    );
    const kept = JSON.parse(device.getItem('antrag.draft.v1.schulweg-test')!);
    expect(kept.values).to.deep.equal({ kinder: [{ name: 'Mia', schulen: [{ schulname: 'Gymnasium', ort: '' }] }] });
    expect(kept.checked).to.deep.equal({ 'kinder.0.schulen.0.schulname': 'Gymnasium' });
    expect(kept.filesDropped).to.equal(true);
    expect(JSON.parse(session.getItem('antrag.draft.v1.schulweg-test')!).values.kinder[0].schulen[0].iban, 'the session keeps it').to.equal('DE02120300000000202051');
  });

  it('lets a condition inside an inner item use the outer item\'s answers and its own earlier ones', async () => {
    const raw = await (await fetch('/test/fixtures/nested-repeat-form.json')).json();
    const schulen = raw.steps[0].fields[0].fields[1];
    schulen.fields[1].visibleIf = { '==': [{ var: 'name' }, 'Mia'] };
    schulen.fields.push({ id: 'grund', type: 'text', label: 'Grund', requiredIf: { '==': [{ var: 'schulname' }, 'Internat'] } });
    const result = parseDefinition(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const model = createAssistantModel(result.definition);
    model.addItem('kinder.0.schulen');
    model.input('kinder.0.schulen.0.schulname', 'Internat');
    expect(model.next().kind).to.equal('invalid');
    const ids = (model.getSnapshot().summary ?? []).map((issue) => issue.fieldId);
    expect(ids).to.deep.equal(['kinder.0.name', 'kinder.0.schulen.0.grund']);
    model.input('kinder.0.name', 'Mia');
    model.input('kinder.0.schulen.0.grund', 'Weit weg');
    model.input('kinder.0.schulen.0.ort', 'Musterdorf');
    expect(model.next().kind).to.equal('moved');
    model.back();
    model.input('kinder.0.name', 'Ben');
    expect(model.next().kind).to.equal('moved');
    const sent = validateSubmission(result.definition, payload({ kinder: [{ name: 'Ben', schulen: [{ schulname: 'Internat', grund: 'Weit weg', ort: 'Musterdorf' }] }] }));
    expect(sent.issues, 'the place is hidden for Ben').to.deep.equal([{ fieldId: 'kinder.0.schulen.0.ort', code: 'hidden' }]);
  });
});
