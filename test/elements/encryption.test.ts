import { expect, oneEvent } from '@open-wc/testing';
import '../../src/encryption.js';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $, answerStep, next, text, until } from '../support/user.js';
import { recordsOf } from '../support/intake-faults.js';

/** What left the browser for the intake: each request's body, read from a spy around the real fetch. */
async function capturingRequests<T>(run: (bodies: Array<{ contentType: string | null; body: BodyInit }>) => Promise<T>): Promise<T> {
  const realFetch = window.fetch;
  const bodies: Array<{ contentType: string | null; body: BodyInit }> = [];
  window.fetch = (input, init) => {
    if (String(input).includes('/api/submissions') && init?.method === 'POST') {
      bodies.push({ contentType: new Headers(init.headers).get('Content-Type'), body: init.body! });
    }
    return realFetch(input, init);
  };
  try {
    return await run(bodies);
  } finally {
    window.fetch = realFetch;
  }
}

const header = (jwe: string) => JSON.parse(atob(jwe.split('.')[0]!.replace(/-/gu, '+').replace(/_/gu, '/'))) as Record<string, string>;
const JWE = /^[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+$/u;

async function completeAndSend(el: AntragAssistant, form: string) {
  for (const step of validAnswers[form]!) {
    await answerStep(el, step);
    await next(el);
  }
  const submitted = oneEvent(el, 'antrag-submitted');
  await next(el);
  return (await submitted).detail;
}

describe('end-to-end encryption (JWE, RSA-OAEP-256 / A256GCM)', () => {
  it('sends the submission as a JWE with the expected header; the intake decrypts it to exactly what was typed', async () => {
    const form = 'verbrennung-pflanzlicher-abfaelle';
    const el = await renderAssistant(await loadForm(form));
    el.encryptionKey = '/api/jwks.json';
    await capturingRequests(async (bodies) => {
      const detail = await completeAndSend(el, form);
      expect(bodies).to.have.length(1);
      expect(bodies[0]!.contentType).to.equal('application/jose');
      const jwe = bodies[0]!.body as string;
      expect(jwe).to.match(JWE);
      expect(jwe).to.not.contain('Erika');
      const { keys } = (await (await fetch('/api/jwks.json')).json()) as { keys: Array<{ kid?: string }> };
      expect(header(jwe)).to.deep.equal({ alg: 'RSA-OAEP-256', enc: 'A256GCM', ...(keys[0]!.kid && { kid: keys[0]!.kid }) });
      const [record] = await recordsOf(detail.payload.submissionId);
      expect(record!.encrypted).to.equal(true);
      expect(record!.data).to.deep.equal({ ...detail.payload.data });
      expect(record!.data.name).to.equal('Erika Mustermann');
    });
  });

  it('encrypts every attachment too; the intake stores them byte for byte', async () => {
    const form = 'parkausweis-behinderung';
    const el = await renderAssistant(await loadForm(form));
    // This time the key itself (a public JWK as JSON) instead of the JWKS URL.
    const { keys } = (await (await fetch('/api/jwks.json')).json()) as { keys: object[] };
    el.setAttribute('encryption-key', JSON.stringify(keys[0]));
    await capturingRequests(async (bodies) => {
      const detail = await completeAndSend(el, form);
      const body = bodies[0]!.body as FormData;
      const parts = [...body.entries()];
      expect(parts.map(([name]) => name)).to.deep.equal(['submission', ...detail.payload.attachments.map((a: { id: string }) => a.id)]);
      for (const [, part] of parts) {
        expect((part as Blob).type).to.equal('application/jose');
        expect(await (part as Blob).text()).to.match(JWE);
      }
      const [record] = await recordsOf(detail.payload.submissionId);
      expect(record!.encrypted).to.equal(true);
      const files = validAnswers[form]!.flatMap((step) =>
        Object.values(step).filter((v): v is File[] => Array.isArray(v) && v[0] instanceof File),
      ).flat();
      expect(record!.attachments.map((a) => a.name).sort()).to.deep.equal(files.map((f) => f.name).sort());
      for (const attachment of record!.attachments) {
        const stored = new Uint8Array(await (await fetch(`/api/submissions/${record!.reference}/attachments/${attachment.id}`)).arrayBuffer());
        const original = new Uint8Array(await files.find((f) => f.name === attachment.name)!.arrayBuffer());
        expect([...stored]).to.deep.equal([...original]);
      }
    });
  });

  it('sends nothing in clear when encryption is asked for but the encryption module is not loaded', async () => {
    const registry = Symbol.for('antrag.encryption.v1');
    const scope = globalThis as unknown as Record<symbol, unknown>;
    const factory = scope[registry];
    delete scope[registry];
    const originalError = console.error;
    console.error = () => {};
    try {
      const form = 'verbrennung-pflanzlicher-abfaelle';
      const el = await renderAssistant(await loadForm(form));
      el.encryptionKey = '/api/jwks.json';
      await capturingRequests(async (bodies) => {
        await answerStep(el, validAnswers[form]![0]!);
        await next(el);
        await next(el);
        await until(() => $(el, '#submit-failed') !== null, 'the failure notice');
        expect(bodies).to.have.length(0);
        expect(text($(el, '#submit-failed p'))).to.contain('kann Ihre Angaben gerade nicht annehmen');
      });
    } finally {
      scope[registry] = factory;
      console.error = originalError;
    }
  });
});
