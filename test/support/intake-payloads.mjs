// @ts-check
/**
 * Submissions for the Node tests of the reference intake, built by the built library (dist/core.js) from the
 * demo definitions, as an assistant would send them.
 */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDefinition, toSubmissionPayload } from '../../dist/core.js';
import { burningValues } from './demo-dates.mjs';
import { repositoryRoot } from './repository-root.mjs';

/** A demo definition, parsed. @param {string} id */
function demoDefinition(id) {
  const result = parseDefinition(readFileSync(join(repositoryRoot, 'demo/forms', `${id}.json`), 'utf8'));
  if (!result.ok) throw new Error(`demo form ${id} invalid`);
  return result.definition;
}

/** A valid burning-permit submission (Verbrennung) from `name`; an empty name makes it invalid. @param {string} name */
export function payloadFor(name) {
  const values = burningValues(name);
  return toSubmissionPayload(
    demoDefinition('verbrennung-pflanzlicher-abfaelle'),
    { submissionId: randomUUID(), values },
    { language: 'de' },
  );
}

/**
 * A Mängelmelder submission with one photo: every byte value, so that any re-encoding on the way shows; or the
 * given bytes under the given attachment id.
 * @param {{ id?: string, bytes?: Uint8Array }} [options]
 */
export function payloadWithPhoto({ id = randomUUID(), bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 37) % 256) } = {}) {
  const photo = {
    id,
    name: 'müll.png',
    type: 'image/png',
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  const values = {
    kategorie: 'wilder-muell',
    gefaehrlich: 'nein',
    ort: 'Parkplatz am Stadtpark',
    beschreibung: 'Säcke mit Bauschutt.',
    fotos: [photo],
    rueckmeldung: 'nein',
  };
  const payload = toSubmissionPayload(demoDefinition('maengelmelder'), { submissionId: randomUUID(), values }, { language: 'de' });
  assert.deepEqual(
    payload.attachments.map((a) => a.id),
    [photo.id],
  );
  return { payload, bytes };
}
