import { expect, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { renderAssistant } from '../support/fixtures.js';
import { pointerClick } from '../support/pointer.js';
import { $, $$, byId, fill, focused, next, text, until } from '../support/user.js';

/**
 * Issue 14: a repeat inside a repeated item (decision 0025), e.g. the schools of each child: its items are
 * added and removed like the outer ones, its questions have path ids (`kinder.0.schulen.1.schulname`), and
 * errors, focus, the review, the payload and drafts follow them.
 */
const FORM = '/test/fixtures/nested-repeat-form.json';
const form = async () => (await fetch(FORM)).json();
const button = (el: AntragAssistant, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label)!;

describe('a repeat inside a repeat', () => {
  afterEach(() => resetMouse());

  it('adds an inner item with a real pointer: focus goes to its first question, where the citizen types', async () => {
    const el = await renderAssistant(await form());
    await fill(el, 'kinder.0.name', 'Mia');
    await pointerClick(el, byId(el, 'f-kinder.0.schulen-add')!);
    expect(focused(el)?.id).to.equal('f-kinder.0.schulen.0.schulname');
    await sendKeys({ type: 'Grundschule Mitte' });
    await el.updateComplete;
    expect(byId<HTMLInputElement>(el, 'f-kinder.0.schulen.0.schulname')!.value).to.equal('Grundschule Mitte');
    expect($$(el, '.repeat-item-label').map(text)).to.deep.equal(['Kind 1', 'Schule 1']);
    await expectNoAxeViolations(el, 'an inner item');
  });

  it('links an empty required inner question from the error summary, naming both items', async () => {
    const el = await renderAssistant(await form());
    await fill(el, 'kinder.0.name', 'Mia');
    await pointerClick(el, byId(el, 'f-kinder.0.schulen-add')!);
    await pointerClick(el, byId(el, 'f-kinder.0.schulen-add')!);
    await fill(el, 'kinder.0.schulen.0.schulname', 'Grundschule Mitte');
    await next(el);
    const links = $$<HTMLAnchorElement>(el, '.error-summary a');
    expect(links.map(text)).to.deep.equal(['Kind 1, Schule 2: Bitte geben Sie „\u2068Name der Schule\u2069“ an.']);
    await expectNoAxeViolations(el, 'an inner error');
    await pointerClick(el, links[0]!);
    expect(focused(el)?.id).to.equal('f-kinder.0.schulen.1.schulname');
  });

  it('after removing an inner item, focus goes to its add button, as after removing an outer item', async () => {
    const el = await renderAssistant(await form());
    await pointerClick(el, byId(el, 'f-kinder.0.schulen-add')!);
    await pointerClick(el, byId(el, 'f-kinder.0.schulen-add')!);
    await fill(el, 'kinder.0.schulen.1.schulname', 'Gymnasium');
    await pointerClick(el, button(el, 'Entfernen Schule 1'));
    expect(focused(el)?.id).to.equal('f-kinder.0.schulen-add');
    expect(byId<HTMLInputElement>(el, 'f-kinder.0.schulen.0.schulname')!.value, 'the second school moved up').to.equal('Gymnasium');
    await pointerClick(el, byId(el, 'f-kinder-add')!);
    await pointerClick(el, button(el, 'Entfernen Kind 2'));
    expect(focused(el)?.id).to.equal('f-kinder-add');
  });

  it('reviews the inner items under their names and sends them nested in the payload', async () => {
    const el = await renderAssistant(await form(), { endpoint: 'data:application/json,{"reference":"SW-1"}' });
    await fill(el, 'kinder.0.name', 'Mia');
    await pointerClick(el, byId(el, 'f-kinder.0.schulen-add')!);
    await pointerClick(el, byId(el, 'f-kinder.0.schulen-add')!);
    await fill(el, 'kinder.0.schulen.0.schulname', 'Grundschule Mitte');
    await fill(el, 'kinder.0.schulen.0.ort', 'Musterstadt');
    await fill(el, 'kinder.0.schulen.1.schulname', 'Gymnasium');
    await pointerClick(el, byId(el, 'f-kinder-add')!);
    await fill(el, 'kinder.1.name', 'Ben');
    await next(el);
    expect($$(el, 'h5, h6').map((h) => `${h.tagName} ${text(h)}`)).to.deep.equal(['H5 Kind 1', 'H6 Schule 1', 'H6 Schule 2', 'H5 Kind 2']);
    // An inner item's heading reads as large as its item's (the browser's h6 is smaller than the text).
    expect(getComputedStyle($(el, 'h6')!).fontSize).to.equal(getComputedStyle($(el, 'h5')!).fontSize);
    expect(text($(el, 'button[data-edit="kinder.0.schulen.1.schulname"]'))).to.equal('Ändern Name der Schule (Kind 1, Schule 2)');
    await expectNoAxeViolations(el, 'review with inner items');
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { detail } = await submitted;
    expect(detail.payload.data).to.deep.equal({
      kinder: [
        { name: 'Mia', schulen: [{ schulname: 'Grundschule Mitte', ort: 'Musterstadt' }, { schulname: 'Gymnasium' }] },
        { name: 'Ben', schulen: [] },
      ],
    });
  });

  it('keeps the inner items through a reload of the page (session draft)', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 1200px';
    frame.src = `/test/fixtures/assistant-page.html?${new URLSearchParams({ src: FORM, lang: 'de' })}`;
    document.body.append(frame);
    const assistant = () => frame.contentDocument?.querySelector<AntragAssistant>('antrag-assistant') ?? undefined;
    const shown = (what: string) => until(() => assistant()?.shadowRoot?.getElementById('f-kinder.0.name') != null, what, 10000);
    try {
      await shown('the assistant in the page');
      const el = assistant()!;
      await fill(el, 'kinder.0.name', 'Mia');
      byId(el, 'f-kinder.0.schulen-add')!.click();
      await el.updateComplete;
      byId(el, 'f-kinder.0.schulen-add')!.click();
      await el.updateComplete;
      await fill(el, 'kinder.0.schulen.1.schulname', 'Gymnasium');
      frame.contentWindow!.location.reload();
      await until(() => assistant() !== undefined && assistant() !== el, 'the reloaded page', 10000);
      await shown('the reloaded assistant');
      const again = assistant()!;
      await again.updateComplete;
      expect(byId<HTMLInputElement>(again, 'f-kinder.0.name')!.value).to.equal('Mia');
      expect([...again.shadowRoot!.querySelectorAll('.repeat-item-label')].map(text)).to.deep.equal(['Kind 1', 'Schule 1', 'Schule 2']);
      expect(byId<HTMLInputElement>(again, 'f-kinder.0.schulen.1.schulname')!.value).to.equal('Gymnasium');
    } finally {
      frame.remove();
    }
  });
});
