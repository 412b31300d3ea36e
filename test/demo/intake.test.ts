import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import { createSubmissionId } from '../../src/model/submission-id.js';
import { toSubmissionPayload } from '../../src/model/submission-payload.js';
import { burningDate, loadForm, storedSubmissions } from '../support/harness.js';

/** The reference intake (demo/intake.mjs) over real HTTP, with its SQLite file, as the test server mounts it. */
async function payloadFor(name: string) {
  const result = parseDefinition(await loadForm('verbrennung-pflanzlicher-abfaelle'));
  if (!result.ok) throw new Error('demo form invalid');
  const values = {
    name,
    anschrift: 'Lindenweg 4',
    datum: burningDate,
    uhrzeitVon: '09:00',
    uhrzeitBis: '12:00',
    menge: '1',
    art: ['laub'],
    brandschutz: true,
  };
  return toSubmissionPayload(result.definition, { submissionId: createSubmissionId(), values }, { language: 'de' });
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch('/api/submissions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('reference intake', () => {
  it('stores a submission once per Idempotency-Key and answers a repeat with the same reference', async () => {
    const payload = await payloadFor('Erika Einmal');
    const first = await post(payload, { 'Idempotency-Key': payload.submissionId });
    const second = await post(payload, { 'Idempotency-Key': payload.submissionId });
    expect(first.status).to.equal(201);
    expect(second.status).to.equal(201);
    const [a, b] = [await first.json(), await second.json()];
    expect(a.reference).to.match(/^VPA-\d{4}-\d{6}$/);
    expect(b.reference).to.equal(a.reference);
    const stored = (await storedSubmissions()).filter((s) => s.submissionId === payload.submissionId);
    expect(stored).to.have.length(1);
    expect(stored[0]!.data.name).to.equal('Erika Einmal');
  });

  it('refuses the same key with a different body', async () => {
    const payload = await payloadFor('Erika Erst');
    await post(payload, { 'Idempotency-Key': payload.submissionId });
    const changed = await post(
      { ...payload, data: { ...payload.data, name: 'Erika Anders' } },
      { 'Idempotency-Key': payload.submissionId },
    );
    expect(changed.status).to.equal(422);
    const stored = (await storedSubmissions()).filter((s) => s.submissionId === payload.submissionId);
    expect(stored.map((s) => s.data.name)).to.deep.equal(['Erika Erst']);
  });

  it('numbers references per form and lists the newest first', async () => {
    const one = await payloadFor('Erste');
    const two = await payloadFor('Zweite');
    const r1 = (await (await post(one, { 'Idempotency-Key': one.submissionId })).json()).reference as string;
    const r2 = (await (await post(two, { 'Idempotency-Key': two.submissionId })).json()).reference as string;
    // Other test files post at the same time, so only the order is certain, not adjacency.
    expect(r2.slice(0, 9)).to.equal(r1.slice(0, 9));
    expect(Number(r2.slice(-6))).to.be.greaterThan(Number(r1.slice(-6)));
    const references = (await storedSubmissions()).map((s) => s.reference);
    expect(references.indexOf(r2)).to.be.lessThan(references.indexOf(r1));
    expect(references.indexOf(r2)).to.be.greaterThan(-1);
  });

  it("re-validates with the form's rules and returns field errors as 422", async () => {
    const payload = await payloadFor('');
    const response = await post(payload, { 'Idempotency-Key': payload.submissionId });
    expect(response.status).to.equal(422);
    expect((await response.json()).errors).to.deep.equal([{ field: 'name', code: 'required' }]);
  });

  it('says clearly what is wrong with the request itself', async () => {
    const payload = await payloadFor('Erika');
    const wrongType = await fetch('/api/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(payload),
    });
    expect(wrongType.status).to.equal(415);
    expect((await wrongType.json()).error).to.contain('application/json');
    expect((await post(payload)).status).to.equal(400);
    expect((await post('{"kaputt"', { 'Idempotency-Key': payload.submissionId })).status).to.equal(400);
    const tooLarge = await post(
      { ...payload, data: { ...payload.data, anschrift: 'x'.repeat(1_100_000) } },
      { 'Idempotency-Key': payload.submissionId },
    );
    expect(tooLarge.status).to.equal(413);
  });
});
