// @ts-check
/**
 * Found by an attack (2026-11-26): the reference intake's own checks of files (demo/intake-checks.mjs:
 * fileCapacity and checkReferences) walk `step.fields` and one level of `repeat.fields` only: they open no
 * group and enter no inner repeat. A file question inside a group (what the FIM importer now makes of a
 * Datenfeldgruppe) or inside an inner item counts for no file at all, so the intake refuses the submission
 * with the one file the citizen added ("maxFiles", max 0) — nothing can be sent. Runs in Node over real HTTP:
 * `node --test test/node/intake-files-nested.test.mjs` (needs the build). Failed before the checks opened groups and inner repeats.
 */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseDefinition, toSubmissionPayload } from '../../dist/core.js';
import { startIntake } from '../support/intake-server.mjs';

const file = { id: 'nachweis', type: 'file', label: 'Nachweis', accept: ['.pdf'], maxSizeMb: 1 };
const forms = {
  'files-in-group': [{ id: 'angaben', type: 'group', label: 'Angaben', fields: [{ id: 'name', type: 'text', label: 'Name' }, file] }],
  'files-in-inner-item': [
    {
      id: 'kinder', type: 'repeat', label: 'Kinder', itemLabel: 'Kind', addLabel: 'Weiteres Kind', max: 3,
      fields: [{ id: 'schulen', type: 'repeat', label: 'Schulen', itemLabel: 'Schule', addLabel: 'Weitere Schule', max: 3, fields: [file] }],
    },
  ],
};

/** @type {Awaited<ReturnType<typeof startIntake>>} */
let intake;
const dir = mkdtempSync(join(tmpdir(), 'antrag-attack-forms-'));
for (const [id, fields] of Object.entries(forms)) {
  const definition = { schemaVersion: 1, id, version: '1.0.0', languages: ['de'], title: id, steps: [{ id: 's', title: 'Schritt', fields }] };
  writeFileSync(join(dir, `${id}.json`), JSON.stringify(definition));
}

/** The payload the assistant sends with one PDF, and its multipart body. @param {string} id @param {(ref: object) => Record<string, any>} values */
function submission(id, values) {
  const bytes = new TextEncoder().encode('%PDF-1.4 attack');
  const ref = { id: randomUUID(), name: 'nachweis.pdf', type: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  const parsed = parseDefinition(JSON.stringify({ schemaVersion: 1, id, version: '1.0.0', languages: ['de'], title: id, steps: [{ id: 's', title: 'Schritt', fields: forms[/** @type {keyof typeof forms} */ (id)] }] }));
  assert.ok(parsed.ok);
  const payload = toSubmissionPayload(parsed.definition, { submissionId: randomUUID(), values: values(ref) }, { language: 'de' });
  assert.equal(payload.attachments.length, 1, 'the assistant sends the file');
  const form = new FormData();
  form.append('submission', new Blob([JSON.stringify(payload)], { type: 'application/json' }));
  form.append(ref.id, new Blob([bytes], { type: 'application/pdf' }), ref.name);
  return { payload, form };
}

describe('the reference intake and files in groups and inner items', () => {
  before(async () => (intake = await startIntake({ formsDir: dir })));
  after(() => intake.close());

  for (const [id, values] of /** @type {Array<[string, (ref: object) => Record<string, any>]>} */ ([
    ['files-in-group', (ref) => ({ name: 'Erika', nachweis: [ref] })],
    ['files-in-inner-item', (ref) => ({ kinder: [{ schulen: [{ nachweis: [ref] }] }] })],
  ])) {
    it(`stores a submission of "${id}" with its one file (201)`, async () => {
      const { payload, form } = submission(id, values);
      const answer = await intake.fetch('/api/submissions', { method: 'POST', headers: { 'Idempotency-Key': payload.submissionId }, body: form });
      assert.equal(answer.status, 201, await answer.text());
    });
  }
});
