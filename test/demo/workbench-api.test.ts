/**
 * The element API the demo's state picker uses (issue 15), as any host page may: `status`, `next()`,
 * `enter()` and `submit()`, with no reach into the shadow root.
 */
import { expect } from '@open-wc/testing';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { loadForm, renderAssistant, storedSubmissions, validAnswers } from '../support/fixtures.js';
import { $, heading, until } from '../support/user.js';

/** The harness's answers as the API takes them: item paths of a repeat become its list of items. */
function apiAnswers(answers: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(answers)) {
    const [repeat, index, field] = id.split('.');
    if (field === undefined) out[id] = value;
    else ((out[repeat!] ??= [{}]) as Array<Record<string, unknown>>)[Number(index)]![field] = value;
  }
  return out;
}

describe('<antrag-assistant> API for host pages and tools (status, next, enter, submit)', () => {
  it('tells where it stands and shows the error summary on next() with nothing answered', async () => {
    const el = await renderAssistant(await loadForm('sperrmuell-abholung'));
    expect(el.status).to.deep.equal({ page: 'step', step: 'abholung', errors: 0, submission: 'idle' });
    el.next();
    await el.updateComplete;
    expect(el.status!.errors).to.be.greaterThan(2);
    expect(el.status!.step).to.equal('abholung');
    expect($(el, '[part~="error-summary"]'), 'the summary shows as after pressing "Weiter"').to.exist;
  });

  it('enters answers as the citizen does, files from another window included, and goes to the review and the confirmation', async () => {
    const el = await renderAssistant(await loadForm('parkausweis-behinderung'));
    for (const step of validAnswers['parkausweis-behinderung']!) {
      for (const [id, value] of Object.entries(apiAnswers(step))) {
        // Files made in a frame's window: what a page around an iframe (the demo) hands in.
        const files =
          Array.isArray(value) && value[0] instanceof File
            ? value.map((file: File) => new (frameFile())([file], file.name, { type: file.type }))
            : undefined;
        await el.enter(id, files ?? (value as string));
      }
      el.next();
      await el.updateComplete;
      expect(el.status!.errors, `no errors after ${JSON.stringify(Object.keys(step))}`).to.equal(0);
    }
    expect(el.status!.page).to.equal('review');
    await el.submit();
    await until(() => el.status?.page === 'confirmation', 'the confirmation');
    const reference = el.status!.reference!;
    expect(reference).to.match(/^PKA-/u);
    expect(heading(el)).to.exist;
    const stored = (await storedSubmissions()).find((s) => s.reference === reference)!;
    expect(stored.data.vorname).to.equal('Karl');
  });

  it('refuses an answer that does not fit the question, and a question it does not have', async () => {
    const el: AntragAssistant = await renderAssistant(await loadForm('sperrmuell-abholung'));
    let refused = await el.enter('gegenstaende', 'moebel').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).to.be.instanceOf(TypeError);
    refused = await el.enter('gibt-es-nicht', 'x').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).to.be.instanceOf(TypeError);
    await el.enter('gegenstaende', ['moebel']);
    expect(el.status!.errors).to.equal(0);
  });
});

let frame: HTMLIFrameElement | undefined;
/** `File` of another window (an iframe's). */
function frameFile(): typeof File {
  if (!frame) {
    frame = document.createElement('iframe');
    document.body.append(frame);
  }
  return (frame.contentWindow as unknown as { File: typeof File }).File;
}
