import { expect, fixture, html } from '@open-wc/testing';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $, answerStep, next, until } from '../support/user.js';
import { faultScope } from '../support/intake-faults.js';

const FORM = 'verbrennung-pflanzlicher-abfaelle';
const live = (el: AntragAssistant) => el.querySelector<HTMLElement>('[slot="antrag-status"]')!;

describe('page title and status announcements', () => {
  const original = document.title;
  afterEach(() => (document.title = original));

  it('with manage-title, names the step in the page title and prefixes "Fehler: " while errors show', async () => {
    document.title = 'Stadt Beispielhausen';
    const el = await fixture<AntragAssistant>(html`<antrag-assistant manage-title lang="de"></antrag-assistant>`);
    el.definition = await loadForm(FORM);
    await el.updateComplete;
    expect(document.title).to.equal('Angaben zur Verbrennung – Verbrennung pflanzlicher Abfälle anzeigen – Stadt Beispielhausen');
    await next(el);
    expect(document.title).to.equal('Fehler: Angaben zur Verbrennung – Verbrennung pflanzlicher Abfälle anzeigen – Stadt Beispielhausen');
    await answerStep(el, validAnswers[FORM]![0]!);
    await next(el);
    expect(document.title).to.equal('Bitte prüfen Sie Ihre Angaben – Verbrennung pflanzlicher Abfälle anzeigen – Stadt Beispielhausen');
  });

  it('leaves the page title alone without manage-title', async () => {
    document.title = 'Stadt Beispielhausen';
    const el = await renderAssistant(await loadForm(FORM));
    await next(el);
    expect(document.title).to.equal('Stadt Beispielhausen');
  });

  it('announces status messages from a live region outside the shadow root: draft kept, sending', async () => {
    const intake = faultScope();
    await intake.inject([{ times: 1, delayMs: 1500 }]);
    const el = await fixture<AntragAssistant>(html`<antrag-assistant drafts="device" lang="de"></antrag-assistant>`);
    el.endpoint = intake.endpoint;
    el.definition = await loadForm(FORM);
    await el.updateComplete;
    const region = live(el);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.parentNode, 'a light-DOM child of the element').to.equal(el);
    expect(region.assignedSlot?.name).to.equal('antrag-status');
    $<HTMLInputElement>(el, '#draft-device')!.click();
    await until(() => region.textContent === 'Ihre Angaben werden auf diesem Gerät gespeichert.', 'the draft announcement');
    await answerStep(el, validAnswers[FORM]![0]!);
    await next(el);
    await next(el);
    await until(() => region.textContent === 'Ihre Anzeige wird gesendet …', 'the sending announcement');
    expect($(el, '[part="status"]')!.hasAttribute('role'), 'not announced twice from inside').to.equal(false);
    await until(() => $(el, '.confirmation') !== null, 'the confirmation', 5000);
    localStorage.clear();
  });
});
