/**
 * The reference intake (demo/intake.mjs) as the test server mounts it, posted to from pages of two origins:
 * only a browser enforces CORS. Everything else about the intake is tested from Node (test/node/intake*.test.mjs).
 */
import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/definition/parse-definition.js';
import { createSubmissionId } from '../../src/model/submission-id.js';
import { toSubmissionPayload } from '../../src/model/submission-payload.js';
import { burningValues } from '../support/demo-dates.mjs';
import { loadForm } from '../support/fixtures.js';
import { recordsOf } from '../support/intake-faults.js';

/** A valid burning-permit submission from `name`. */
async function payloadFor(name: string) {
  const result = parseDefinition(await loadForm('verbrennung-pflanzlicher-abfaelle'));
  if (!result.ok) throw new Error('demo form invalid');
  return toSubmissionPayload(result.definition, { submissionId: createSubmissionId(), values: burningValues(name) }, { language: 'de' });
}

const post = (body: unknown, headers: Record<string, string>, url: string) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** An iframe under http://127.0.0.1:<port>: another origin than the test page's http://localhost:<port>. */
async function otherOriginFrame() {
  const frame = document.createElement('iframe');
  const origin = `http://127.0.0.1:${location.port}`;
  const ready = new Promise<void>((resolve) =>
    addEventListener('message', function onReady(event) {
      if (event.origin !== origin || event.data !== 'ready') return;
      removeEventListener('message', onReady);
      resolve();
    }),
  );
  frame.src = `${origin}/test/demo/cross-origin-post.html`;
  document.body.append(frame);
  await ready;
  return {
    fetch: (url: string, init: RequestInit) =>
      new Promise<{ status?: number; body?: string; error?: string }>((resolve) => {
        addEventListener('message', function onAnswer(event) {
          if (event.origin !== origin || event.data === 'ready') return;
          removeEventListener('message', onAnswer);
          resolve(event.data);
        });
        frame.contentWindow!.postMessage({ url, init }, origin);
      }),
    remove: () => frame.remove(),
  };
}

describe('reference intake across origins (CORS, as a browser enforces it)', () => {
  it('lets the allowed origin post across origins, preflight included', async () => {
    // The test page is http://localhost:<port>; the same server as http://127.0.0.1:<port> is another origin.
    expect(location.hostname).to.equal('localhost');
    const payload = await payloadFor('Erika Von Nebenan');
    const response = await post(payload, { 'Idempotency-Key': payload.submissionId }, `http://127.0.0.1:${location.port}/api/submissions`);
    expect(response.status).to.equal(201);
    expect((await response.json()).reference).to.match(/^VPA-/);
    expect(await recordsOf(payload.submissionId)).to.have.length(1);
  });

  it('refuses a cross-origin post from an origin that is not allowed', async () => {
    const frame = await otherOriginFrame();
    try {
      const payload = await payloadFor('Erika Von Fremd');
      const answer = await frame.fetch(`http://localhost:${location.port}/api/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.submissionId },
        body: JSON.stringify(payload),
      });
      expect(answer.error, 'the browser refuses after the preflight').to.contain('TypeError');
      expect(await recordsOf(payload.submissionId)).to.have.length(0);
      // The frame itself works: a GET without a preflight reaches its own origin.
      expect((await frame.fetch(`http://127.0.0.1:${location.port}/api/jwks.json`, {})).status).to.equal(200);
    } finally {
      frame.remove();
    }
  });
});
