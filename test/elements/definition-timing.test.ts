/**
 * When a definition object is given, its check begins at once (decision 0027: a stamped definition's digest
 * runs while the element connects), but the form starts at the element's next update, as before: after every
 * property set until then, and only once it is in the page. Found by an attack on the first version of 0027,
 * which started the form from the setter: each test here failed on it.
 */
import { expect } from '@open-wc/testing';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { loadForm } from '../support/fixtures.js';
import { byId, fill, until } from '../support/user.js';

const FORM = 'verbrennung-pflanzlicher-abfaelle';
const KEY = `antrag.draft.v1.${FORM}`;

/** A host page's pause between giving the definition and adding the element (an awaited login, a fetch). */
const hostWaits = () => new Promise((resolve) => setTimeout(resolve, 30));

const shown = (el: AntragAssistant) => el.shadowRoot?.querySelector('#view-heading') != null;

const made: AntragAssistant[] = [];
function create(): AntragAssistant {
  const el = document.createElement('antrag-assistant') as AntragAssistant;
  el.setAttribute('endpoint', '/api/submissions');
  made.push(el);
  return el;
}
afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

describe('a definition given before the element is in the page (decision 0027)', () => {
  it('starts with the prefill set before the element was added', async () => {
    const el = create();
    el.definition = await loadForm(FORM);
    await hostWaits();
    el.prefill = { name: 'Erika Mustermann' };
    el.setAttribute('lang', 'de');
    document.body.append(el);
    await until(() => shown(el), 'the first step');
    await el.updateComplete;
    expect(byId<HTMLInputElement>(el, 'f-name')?.value).to.equal('Erika Mustermann');
  });

  it('keeps no draft when drafts="off" was set before the element was added', async () => {
    sessionStorage.clear();
    const el = create();
    el.definition = await loadForm(FORM);
    await hostWaits();
    el.drafts = 'off';
    el.setAttribute('lang', 'de');
    document.body.append(el);
    await until(() => shown(el), 'the first step');
    await el.updateComplete;
    await fill(el, 'name', 'Erika Mustermann');
    expect(sessionStorage.getItem(KEY), 'a draft in sessionStorage although drafts="off"').to.equal(null);
  });

  it('tells a listener on document that it is ready (antrag-ready bubbles only from the page)', async () => {
    const heard: string[] = [];
    const listener = (event: Event) => heard.push(event.type);
    document.addEventListener('antrag-ready', listener);
    try {
      const el = create();
      el.definition = await loadForm(FORM);
      await hostWaits();
      document.body.append(el);
      await until(() => shown(el), 'the first step');
      expect(heard).to.deep.equal(['antrag-ready']);
    } finally {
      document.removeEventListener('antrag-ready', listener);
    }
  });

  it('tells a listener on document that the definition is broken', async () => {
    const heard: string[] = [];
    const listener = (event: Event) => heard.push(event.type);
    document.addEventListener('antrag-definition-error', listener);
    const error = console.error;
    console.error = () => {};
    try {
      const el = create();
      el.definition = { id: 'kaputt' };
      await hostWaits();
      document.body.append(el);
      await until(() => el.shadowRoot?.querySelector('.assistant') != null, 'the broken-definition message');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(heard).to.deep.equal(['antrag-definition-error']);
    } finally {
      console.error = error;
      document.removeEventListener('antrag-definition-error', listener);
    }
  });
});

describe('a definition given and taken back in one task (decision 0027)', () => {
  it('shows no form for a definition that is no longer given', async () => {
    const el = create();
    const definition = await loadForm(FORM);
    el.setAttribute('lang', 'de');
    document.body.append(el);
    await el.updateComplete;
    el.definition = definition;
    el.definition = undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(el.definition).to.equal(undefined);
    expect(shown(el), 'the form of the definition taken back').to.equal(false);
  });
});

describe('the script-tag file: a stamped definition given before the element is in the page (decision 0027)', () => {
  it('starts with the prefill set before the element was added', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Host</title><script src="/dist/antrag.embed.js"></script></head><body></body></html>`;
    document.body.append(frame);
    try {
      await until(() => frame.contentWindow?.customElements.get('antrag-assistant') !== undefined, 'the script-tag file', 10000);
      const page = frame.contentDocument!;
      const el = page.createElement('antrag-assistant') as AntragAssistant;
      el.setAttribute('endpoint', '/api/submissions');
      el.definition = await loadForm(FORM); // stamped: checked with the digest, no checker file
      // A host page waiting for its login before it shows the form (longer than the digest takes).
      await new Promise((resolve) => setTimeout(resolve, 300));
      el.prefill = { name: 'Erika Mustermann' };
      page.body.append(el);
      await until(() => shown(el), 'the first step', 10000);
      await el.updateComplete;
      expect(el.shadowRoot?.getElementById('f-name')).to.have.property('value', 'Erika Mustermann');
    } finally {
      frame.remove();
    }
  });
});
