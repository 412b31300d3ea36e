import { expect, oneEvent } from '@open-wc/testing';
import type { SubmissionPayload } from '../../src/model/submission-payload.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { loadForm, renderAssistant, storedSubmissions, validAnswers } from '../support/fixtures.js';
import { $, $$, answerStep, byId, focused, heading, next, upload, text } from '../support/user.js';

const answers = validAnswers['hundesteuer-anmeldung']!;
const pdf = () => new File(['%PDF-1.7 Bescheid über Bürgergeld'], 'bescheid.pdf', { type: 'application/pdf' });

async function atProofStep() {
  const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme: 'musterstadt' });
  await answerStep(el, answers[0]!);
  await next(el);
  await answerStep(el, answers[1]!);
  await next(el);
  await answerStep(el, { ermaessigung: 'ja', grund: 'buergergeld' });
  return el;
}

describe('file upload (Nachweis)', () => {
  it('lists chosen files with name, size and a remove button, and is accessible', async () => {
    const el = await atProofStep();
    expect(byId(el, 'f-nachweis')!.getAttribute('accept')).to.equal('application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png');
    expect(byId(el, 'f-nachweis')!.hasAttribute('multiple')).to.equal(true);
    await upload(el, 'nachweis', [pdf()]);
    expect($$(el, '.file-list li').map(text)).to.deep.equal(['bescheid.pdf (1 KB) Entfernen bescheid.pdf']);
    await expectNoAxeViolations(el, 'a chosen file listed');
    $<HTMLButtonElement>(el, '.file-list button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '.file-list li')).to.have.length(0);
    expect(focused(el)?.id).to.equal('f-nachweis');
  });

  it('names a file of the wrong type or size, and more than three files, after "Weiter"', async () => {
    const el = await atProofStep();
    await upload(el, 'nachweis', [new File(['MZ'], 'programm.exe', { type: 'application/x-msdownload' })]);
    // Choosing a file never changes the layout by itself: the problem shows once the citizen submits the page.
    expect(byId(el, 'f-nachweis-error')).to.equal(null);
    await next(el);
    expect(text(byId(el, 'f-nachweis-error'))).to.equal(
      'Fehler: „\u2068programm.exe\u2069“ hat ein Format, das wir nicht annehmen. Möglich sind: .pdf, .jpg, .jpeg, .png.',
    );
    $<HTMLButtonElement>(el, '.file-list button')!.click();
    await el.updateComplete;
    await upload(el, 'nachweis', [new File([new Uint8Array(11 * 1024 * 1024)], 'scan.png', { type: 'image/png' })]);
    await next(el);
    expect(text(byId(el, 'f-nachweis-error'))).to.equal('Fehler: „\u2068scan.png\u2069“ ist zu groß. Eine Datei darf höchstens 10 MB groß sein.');
    $<HTMLButtonElement>(el, '.file-list button')!.click();
    await el.updateComplete;
    await upload(el, 'nachweis', [pdf(), pdf(), pdf(), pdf()]);
    await next(el);
    expect(text(byId(el, 'f-nachweis-error'))).to.equal('Fehler: Sie können bei „\u2068Nachweis\u2069“ höchstens 3 Dateien hochladen.');
  });

  it('requires the proof only for a reduction', async () => {
    const el = await atProofStep();
    await next(el);
    expect($$(el, '.error-summary a').map(text)).to.deep.equal(['Bitte laden Sie „\u2068Nachweis\u2069“ hoch.']);
    await answerStep(el, { ermaessigung: 'nein' });
    expect(byId(el, 'f-nachweis')).to.equal(null);
    await next(el);
    expect(heading(el)).to.equal('Zahlung');
  });

  it('sends the file as multipart/form-data; the intake checks its SHA-256 and stores it', async () => {
    const el = await atProofStep();
    await upload(el, 'nachweis', [pdf()]);
    await next(el);
    await answerStep(el, answers[3]!);
    await next(el);
    await answerStep(el, answers[4]!);
    await next(el);
    expect($$(el, '.summary-row').map((row) => text(row.querySelector('dd')))).to.include('bescheid.pdf');
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { payload, reference } = (await submitted).detail;
    expect(reference).to.match(/^HST-/);
    const [attachment] = payload.attachments;
    expect(payload.data.nachweis).to.deep.equal([attachment!.id]);
    expect(attachment).to.include({ field: 'nachweis', name: 'bescheid.pdf', type: 'application/pdf', size: pdf().size });
    const digest = await crypto.subtle.digest('SHA-256', await pdf().arrayBuffer());
    expect(attachment!.sha256).to.equal(Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''));
    const stored = (await storedSubmissions()).find((s) => s.reference === reference) as unknown as SubmissionPayload;
    expect(stored.attachments).to.deep.equal(payload.attachments);
    const content = await (await fetch(`/api/submissions/${reference}/attachments/${attachment!.id}`)).text();
    expect(content).to.equal('%PDF-1.7 Bescheid über Bürgergeld');
  });

  it('makes the intake refuse an attachment whose content does not match its SHA-256', async () => {
    const el = await atProofStep();
    await upload(el, 'nachweis', [pdf()]);
    for (const step of [answers[3]!, answers[4]!]) {
      await next(el);
      await answerStep(el, step);
    }
    await next(el);
    const payload = structuredClone(
      await new Promise<SubmissionPayload>((resolve) => {
        el.endpoint = 'data:application/json,{}';
        el.addEventListener('antrag-submitted', (e) => resolve(e.detail.payload), { once: true });
        void next(el);
      }),
    );
    const form = new FormData();
    form.append('submission', new Blob([JSON.stringify(payload)], { type: 'application/json' }));
    form.append(payload.attachments[0]!.id, new File(['%PDF-1.7 gefälscht'], 'bescheid.pdf', { type: 'application/pdf' }));
    const response = await fetch('/api/submissions', { method: 'POST', headers: { 'Idempotency-Key': payload.submissionId }, body: form });
    expect(response.status).to.equal(422);
    expect((await response.json()).errors).to.deep.equal([{ field: 'nachweis', code: 'attachment' }]);
  });
});

describe('a question for one file', () => {
  it('replaces the chosen file when the citizen chooses again', async () => {
    const el = await renderAssistant({
      schemaVersion: 1,
      id: 'ein-nachweis',
      version: '1.0.0',
      languages: ['de'],
      title: 'Ein Nachweis',
      steps: [{ id: 's', title: 'Nachweis', fields: [{ id: 'bescheid', type: 'file', label: 'Bescheid', accept: ['.pdf'], maxSizeMb: 5 }] }],
    });
    await upload(el, 'bescheid', [new File(['%PDF-1.7 alt'], 'alt.pdf', { type: 'application/pdf' })]);
    await upload(el, 'bescheid', [new File(['%PDF-1.7 neu'], 'neu.pdf', { type: 'application/pdf' })]);
    expect($$(el, '.file-list li').map((item) => text(item)?.split(' ')[0])).to.deep.equal(['neu.pdf']);
    await next(el);
    expect($(el, '.error-summary')).to.equal(null);
  });
});
