import { expect, fixture, html } from '@open-wc/testing';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $, answerStep, fill, next, text, until, upload } from '../support/user.js';
import { faultScope, recordsOf } from '../support/intake-faults.js';

const FORM = 'verbrennung-pflanzlicher-abfaelle';
const KEY = `antrag.draft.v1.${FORM}`;
const answers = validAnswers[FORM]![0]!;
const DAY = 24 * 60 * 60 * 1000;

/** A real page (the built script-tag files) in an iframe, so that it can be reloaded and closed. */
async function openPage(attributes: Record<string, string>): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1200px';
  frame.src = `/test/fixtures/assistant-page.html?${new URLSearchParams({ src: `/demo/forms/${FORM}.json`, ...attributes })}`;
  document.body.append(frame);
  await ready(frame);
  return frame;
}

async function ready(frame: HTMLIFrameElement): Promise<void> {
  await until(() => assistantIn(frame)?.shadowRoot?.querySelector('#view-heading') != null, 'the assistant in the page', 10000);
  await assistantIn(frame)!.updateComplete;
}

const assistantIn = (frame: HTMLIFrameElement) => frame.contentDocument?.querySelector<AntragAssistant>('antrag-assistant') ?? undefined;

async function reload(frame: HTMLIFrameElement): Promise<AntragAssistant> {
  const old = assistantIn(frame);
  frame.contentWindow!.location.reload();
  await until(() => assistantIn(frame) !== undefined && assistantIn(frame) !== old, 'the reloaded page', 10000);
  await ready(frame);
  return assistantIn(frame)!;
}

/** An assistant in this page with drafts kept on the device. */
async function onDevice(definition: unknown): Promise<AntragAssistant> {
  const el = await fixture<AntragAssistant>(
    html`<antrag-assistant .definition=${definition} lang="de" drafts="device" endpoint="/api/submissions"></antrag-assistant>`,
  );
  await el.updateComplete;
  return el;
}

/** A draft with a name, kept on the device; then the tab is closed (its session storage goes with it). */
async function leaveDeviceDraft(): Promise<void> {
  const first = await onDevice(await loadForm(FORM));
  await fill(first, 'name', 'Erika Mustermann');
  await keepOnDevice(first);
  first.remove();
  sessionStorage.clear();
}

async function keepOnDevice(el: AntragAssistant): Promise<void> {
  $<HTMLInputElement>(el, '#draft-device')!.click();
  await el.updateComplete;
}

describe('drafts and the outbox', () => {
  beforeEach(() => localStorage.clear());

  it('without opt-in, writes nothing to localStorage or IndexedDB through a whole application, and forgets the session draft once sent', async () => {
    const el = await renderAssistant(await loadForm(FORM));
    expect($(el, '#draft-device'), 'no device choice without drafts="device"').to.equal(null);
    await answerStep(el, answers);
    expect(sessionStorage.getItem(KEY)).to.contain('Erika Mustermann');
    await next(el);
    await next(el);
    await until(() => $(el, '.confirmation') !== null, 'the confirmation');
    expect(localStorage.length).to.equal(0);
    expect(await indexedDB.databases()).to.deep.equal([]);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('keeps the answers through a reload of the page in the same tab', async () => {
    const frame = await openPage({ lang: 'de' });
    try {
      await fill(assistantIn(frame)!, 'name', 'Erika Mustermann');
      const el = await reload(frame);
      expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Erika Mustermann');
      expect(frame.contentWindow!.localStorage.length).to.equal(0);
    } finally {
      frame.remove();
    }
  });

  it('saves typing sent with Enter on a failed "Weiter", and does not write the draft again when nothing was typed since', async () => {
    const el = await renderAssistant(await loadForm(FORM));
    const input = $<HTMLInputElement>(el, '#f-name')!;
    input.focus();
    input.value = 'Erika Mustermann';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(sessionStorage.getItem(KEY) ?? '', 'not saved per keystroke').not.to.contain('Erika');
    // Enter in the field submits the step without leaving it; the typing is saved as focus moves to the summary.
    input.form!.requestSubmit();
    await el.updateComplete;
    expect($(el, '.error-summary'), 'the step is still invalid').not.to.equal(null);
    expect(sessionStorage.getItem(KEY)).to.contain('Erika Mustermann');
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(key);
      setItem.call(this, key, value);
    };
    try {
      await next(el);
      expect($(el, '.error-summary')).not.to.equal(null);
      expect(writes, 'a second failed "Weiter" changes no answer').to.deep.equal([]);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('with opt-in, keeps a draft on the device that survives closing the tab, without sensitive answers or files', async () => {
    const frame = await openPage({ lang: 'de', drafts: 'device' });
    try {
      const el = assistantIn(frame)!;
      await fill(el, 'name', 'Erika Mustermann');
      expect(localStorage.getItem(KEY), 'nothing on the device before the citizen chose').to.equal(null);
      expect(text($(el, '#draft-device-hint'))).to.match(/bis zum \d+\. \S+ \d{4}/);
      await keepOnDevice(el);
      expect(localStorage.getItem(KEY)).to.contain('Erika Mustermann');
    } finally {
      frame.remove();
    }
    sessionStorage.clear(); // the tab is closed: its session storage goes with it
    const again = await openPage({ lang: 'de', drafts: 'device' });
    try {
      const el = assistantIn(again)!;
      expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Erika Mustermann');
      expect(text($(el, '[part="draft-notice"]'))).to.equal('Ihre bisherigen Angaben wurden wiederhergestellt.');
      expect($<HTMLInputElement>(el, '#draft-device')!.checked).to.equal(true);
    } finally {
      again.remove();
    }
  });

  it('never keeps sensitive answers or file descriptions on the device, and forgets the draft when the citizen withdraws', async () => {
    const definition = {
      schemaVersion: 1,
      id: 'erstattung',
      version: '1.0.0',
      languages: ['de'],
      title: 'Erstattung',
      steps: [
        {
          id: 'konto',
          title: 'Konto',
          fields: [
            { id: 'inhaber', type: 'text', label: 'Kontoinhaber' },
            { id: 'iban', type: 'iban', label: 'IBAN', sensitive: true },
            { id: 'beleg', type: 'file', label: 'Beleg', accept: ['application/pdf'], maxSizeMb: 5 },
          ],
        },
      ],
    };
    const el = await onDevice(definition);
    await fill(el, 'inhaber', 'Erika Mustermann');
    await fill(el, 'iban', 'DE89 3704 0044 0532 0130 00');
    await upload(el, 'beleg', [new File(['%PDF'], 'kontoauszug.pdf', { type: 'application/pdf' })]);
    await keepOnDevice(el);
    const stored = localStorage.getItem('antrag.draft.v1.erstattung')!;
    expect(stored).to.contain('Erika Mustermann');
    expect(stored).to.not.contain('3704');
    expect(stored).to.not.contain('kontoauszug');
    // The tab's own draft keeps the IBAN (it dies with the tab), but never a file: its content could not come back.
    expect(sessionStorage.getItem('antrag.draft.v1.erstattung')).to.contain('3704').and.not.contain('kontoauszug');
    await expectNoAxeViolations(el, 'device draft opted in');
    await keepOnDevice(el); // unticks
    expect(localStorage.getItem('antrag.draft.v1.erstattung')).to.equal(null);

    // Back in the same tab (a reload): the answers are there, and the citizen is asked for the file again.
    el.remove();
    const again = await onDevice(definition);
    expect($<HTMLInputElement>(again, '#f-inhaber')!.value).to.equal('Erika Mustermann');
    expect(text($(again, '[part="draft-notice"]'))).to.contain('Bitte fügen Sie Ihre Dateien noch einmal hinzu');
    expect(text($(again, '.file-list'))).to.equal(undefined);
  });

  it('names in the device choice only the kinds of data the form asks for: files, confidential answers, bank details', async () => {
    const hintOf = async (definition: unknown, lang = 'de') => {
      const el = await onDevice(definition);
      el.lang = lang;
      await el.updateComplete;
      const words = text($(el, '#draft-device-hint'))!.replace(/\d+\. \S+ \d{4}|\d+ \S+ \d{4}/u, 'DATE');
      el.remove();
      return words;
    };
    // The Mängelmelder asks for photos, nothing confidential.
    expect(await hintOf(await loadForm('maengelmelder'))).to.equal(
      'Dann können Sie bis zum DATE später weitermachen. Dateien werden nicht gespeichert. Wählen Sie dies nur auf einem Gerät, das nur Sie benutzen.',
    );
    expect(await hintOf(await loadForm('maengelmelder'), 'en')).to.equal(
      'You can then continue until DATE. Files are not saved. Only choose this on a device that only you use.',
    );
    // The Hundesteuer asks for a proof (a file) and an IBAN marked sensitive.
    expect(await hintOf(await loadForm('hundesteuer-anmeldung'))).to.equal(
      'Dann können Sie bis zum DATE später weitermachen. Dateien werden nicht gespeichert. Vertrauliche Angaben wie Ihre Bankverbindung werden nicht gespeichert. Wählen Sie dies nur auf einem Gerät, das nur Sie benutzen.',
    );
    // Sperrmüll asks for neither: nothing is left out, so nothing is named.
    expect(await hintOf(await loadForm('sperrmuell-abholung'))).to.equal(
      'Dann können Sie bis zum DATE später weitermachen. Wählen Sie dies nur auf einem Gerät, das nur Sie benutzen.',
    );
    // A confidential answer that is not a bank account is not called one.
    const taxId = {
      schemaVersion: 1,
      id: 'steuer',
      version: '1.0.0',
      languages: ['de'],
      title: 'Steuer',
      steps: [{ id: 'a', title: 'Angaben', fields: [{ id: 'steuerId', type: 'text', label: 'Steuer-ID', sensitive: true }] }],
    };
    expect(await hintOf(taxId)).to.equal(
      'Dann können Sie bis zum DATE später weitermachen. Vertrauliche Angaben werden nicht gespeichert. Wählen Sie dies nur auf einem Gerät, das nur Sie benutzen.',
    );
  });

  it('lets a device draft expire (simulated clock) and tells the citizen', async () => {
    await leaveDeviceDraft();
    const realNow = Date.now;
    Date.now = () => realNow() + 7 * DAY + 60_000;
    try {
      const el = await onDevice(await loadForm(FORM));
      expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('');
      expect(text($(el, '[part="draft-notice"]'))).to.equal('Ihr gespeicherter Entwurf war abgelaufen und wurde gelöscht.');
      expect(localStorage.getItem(KEY)).to.equal(null);
      await expectNoAxeViolations(el, 'the expired-draft notice');
    } finally {
      Date.now = realNow;
    }
  });

  it('still restores a device draft within its days', async () => {
    await leaveDeviceDraft();
    const realNow = Date.now;
    Date.now = () => realNow() + 6 * DAY;
    try {
      const el = await onDevice(await loadForm(FORM));
      expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Erika Mustermann');
    } finally {
      Date.now = realNow;
    }
  });

  it('discards a draft with a notice when the form changed incompatibly (major version)', async () => {
    await leaveDeviceDraft();
    const el = await onDevice({ ...((await loadForm(FORM)) as object), version: '2.0.0' });
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('');
    expect(text($(el, '[part="draft-notice"]'))).to.contain('wurde gelöscht');
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('deletes the device draft once the intake confirmed the application', async () => {
    const el = await onDevice(await loadForm(FORM));
    await keepOnDevice(el);
    await answerStep(el, answers);
    expect(localStorage.getItem(KEY)).to.contain('Erika Mustermann');
    await next(el);
    await next(el);
    await until(() => $(el, '.confirmation') !== null, 'the confirmation');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('server down for good: "noch nicht gesendet", a reload keeps answers and the pending submission, and it is delivered once when the server is back', async () => {
    const intake = faultScope();
    await intake.inject([{ times: null, drop: 'after-body' }]);
    const frame = await openPage({ lang: 'de', endpoint: intake.endpoint, 'max-attempts': '2' });
    try {
      let el = assistantIn(frame)!;
      await answerStep(el, answers);
      await next(el);
      await next(el);
      await until(() => $(el, '#submit-failed') !== null, 'the failure notice');
      expect(text($(el, '#submit-failed h3'))).to.equal('Ihre Anzeige wurde noch nicht gesendet');
      const [first] = await intake.requests();

      el = await reload(frame);
      // The outbox is sent again on load; the server is still down, so it fails again.
      const before = (await intake.requests()).length;
      let logged = before;
      const poll = setInterval(async () => (logged = (await intake.requests()).length), 100);
      try {
        await until(
          () =>
            logged > before &&
            $(el, '#submit-failed') !== null &&
            $(el, 'button[type="submit"]')?.getAttribute('aria-disabled') === 'false',
          'the resend after the reload to fail',
        );
      } finally {
        clearInterval(poll);
      }
      expect(text($(el, '#view-heading'))).to.equal('Bitte prüfen Sie Ihre Angaben');
      expect(text($(el, '.summary-list'))).to.contain('Erika Mustermann');

      await intake.heal();
      $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await until(() => $(el, '.confirmation') !== null, 'the confirmation');
      const requests = await intake.requests();
      expect(new Set(requests.map((r) => r.key))).to.deep.equal(new Set([first!.key]));
      const records = await recordsOf(first!.key!);
      expect(records).to.have.length(1);
      expect(records[0]!.data).to.deep.equal({
        name: 'Erika Mustermann',
        anschrift: 'Lindenweg 4, 12345 Beispielhausen',
        datum: answers.datum,
        uhrzeitVon: '09:00',
        uhrzeitBis: '12:30',
        menge: 2.5,
        art: ['baumschnitt', 'laub'],
        brandschutz: true,
      });
      expect(text($(el, '.reference'))).to.contain(records[0]!.reference);
    } finally {
      frame.remove();
    }
  });
});
