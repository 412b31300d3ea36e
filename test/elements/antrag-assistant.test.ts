import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { loadForm, renderAssistant, storedSubmissions, validAnswers } from '../support/fixtures.js';
import { $, $$, byId, answerStep, fill, focused, heading, next, until } from '../support/user.js';

describe('<antrag-assistant>', () => {
  it('loads a definition from "src" and shows the first step with its progress', async () => {
    const el = await fixture<AntragAssistant>(
      html`<antrag-assistant src="/demo/forms/hundesteuer-anmeldung.json" theme="musterstadt" lang="de"></antrag-assistant>`,
    );
    await oneEvent(el, 'antrag-ready');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Hund zur Hundesteuer anmelden');
    expect($(el, '.progress')!.textContent).to.equal('Schritt 1 von 5');
    expect(heading(el)).to.equal('Halterin oder Halter');
    expect($(el, '.authority')!.textContent).to.equal('Stadt Musterstadt');
  });

  it('starts with the answers of a "prefill" attribute (JSON) and says so', async () => {
    const el = await fixture<AntragAssistant>(
      html`<antrag-assistant
        src="/demo/forms/verbrennung-pflanzlicher-abfaelle.json"
        prefill='{"name": "Erika Mustermann", "brandschutz": true}'
      ></antrag-assistant>`,
    );
    await oneEvent(el, 'antrag-ready');
    await el.updateComplete;
    expect(($(el, '#f-name') as HTMLInputElement).value).to.equal('Erika Mustermann');
    expect($(el, '#f-name-note')!.textContent!.trim()).to.equal('Bereits ausgefüllt. Bitte prüfen Sie die Angabe.');
    // A declaration is the citizen's own act: never ticked for them.
    expect(($(el, '#f-brandschutz') as HTMLInputElement).checked).to.equal(false);
  });

  it('moves focus to the error summary after a failed "Weiter", and its links focus the fields', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await next(el);
    const summary = $(el, '.error-summary')!;
    expect(focused(el)).to.equal(summary);
    // Named by its title and said once, by the focus (no alert racing it: test/elements/screen-reader-names.test.ts).
    expect(summary.getAttribute('aria-labelledby')).to.equal('error-summary-title');
    expect(summary.querySelector('[role="alert"]')).to.equal(null);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Bitte geben Sie „\u2068Vorname\u2069“ an.',
      'Bitte geben Sie „\u2068Nachname\u2069“ an.',
      'Bitte geben Sie „\u2068Geburtsdatum\u2069“ an.',
      'Bitte geben Sie „\u2068Anschrift\u2069“ an.',
    ]);
    const url = location.href;
    links[3]!.click();
    expect(focused(el)?.id).to.equal('f-anschrift-strasse');
    expect(location.href).to.equal(url);
  });

  it('ties each error to its field with aria-describedby, hint first, and prefixes "Fehler:"', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await next(el);
    const input = $(el, '#f-nachname')!;
    expect(input.getAttribute('aria-describedby')).to.equal('f-nachname-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-nachname-error')!.textContent!.trim()).to.equal('Fehler: Bitte geben Sie „\u2068Nachname\u2069“ an.');
    expect($(el, '#f-nachname-error .visually-hidden')!.textContent).to.equal('Fehler:');
    const birth = $(el, '[data-field="geburtsdatum"] fieldset')!;
    expect(birth.getAttribute('aria-describedby')).to.equal('f-geburtsdatum-hint f-geburtsdatum-error');
    expect($(el, '#f-geburtsdatum-day')!.getAttribute('aria-invalid')).to.equal('true');
    // Groups carry the description on the fieldset, so it is read once for the whole question.
    await answerStep(el, validAnswers['hundesteuer-anmeldung']![0]!);
    await next(el);
    await next(el);
    expect(byId(el, 'f-hunde.0.geschlecht-0')!.closest('fieldset')!.getAttribute('aria-describedby')).to.equal(
      'f-hunde.0.geschlecht-error',
    );
  });

  it('focuses the step heading after "Weiter" and "Zurück"', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await answerStep(el, validAnswers['hundesteuer-anmeldung']![0]!);
    await next(el);
    expect(focused(el)).to.equal($(el, '#view-heading'));
    expect(heading(el)).to.equal('Ihre Hunde');
    $<HTMLButtonElement>(el, '.nav button.secondary')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Halterin oder Halter');
    expect(focused(el)).to.equal($(el, '#view-heading'));
    expect(($(el, '#f-vorname') as HTMLInputElement).value).to.equal('Erika');
  });

  it('lists every answer on the review page; "Ändern" opens the field and returns to the review', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    for (const answers of validAnswers['hundesteuer-anmeldung']!) {
      await answerStep(el, answers);
      await next(el);
    }
    expect(heading(el)).to.equal('Bitte prüfen Sie Ihre Angaben');
    const rows = $$(el, '.summary-row').map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]);
    expect(rows).to.deep.include(['Rasse', 'Dackel']);
    expect(rows).to.deep.include(['Geburtsdatum', '17. Mai 1980']);
    expect(rows).to.deep.include(['Anrede', 'Keine Angabe']);
    $<HTMLButtonElement>(el, '[data-edit="hunde.0.name"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('f-hunde.0.name');
    await fill(el, 'hunde.0.name', 'Struppi');
    expect($(el, 'button[type="submit"]')!.textContent!.trim()).to.equal('Weiter zur Zusammenfassung');
    await next(el);
    expect(heading(el)).to.equal('Bitte prüfen Sie Ihre Angaben');
    expect($$(el, '.summary-row dd').map((dd) => dd.textContent)).to.include('Struppi');
  });

  it('applies the burning rules: at least 3 working days ahead, only March or October, end after start', async () => {
    const el = await renderAssistant(await loadForm('verbrennung-pflanzlicher-abfaelle'), { theme: 'beispielhausen' });
    await answerStep(el, validAnswers['verbrennung-pflanzlicher-abfaelle']![0]!);
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    await fill(
      el,
      'datum',
      `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`,
    );
    await fill(el, 'uhrzeitBis', '08:30');
    await fill(el, 'uhrzeitVon', '10:00');
    await next(el);
    const messages = $$(el, '.error-summary a').map((a) => a.textContent);
    expect(messages[0]).to.match(/^„\u2068Datum der Verbrennung\u2069“ darf nicht vor dem \d+\. \S+ \d{4} liegen\.$/);
    expect(messages[1]).to.equal('Die Uhrzeit bis muss nach der Uhrzeit von liegen.');
    await fill(el, 'datum', `${new Date().getFullYear() + 1}-04-15`);
    await fill(el, 'uhrzeitBis', '12:00');
    await next(el);
    expect($$(el, '.error-summary a').map((a) => a.textContent)).to.deep.equal([
      'Sie dürfen pflanzliche Abfälle nur im März oder Oktober verbrennen. Bitte wählen Sie ein Datum in diesen Monaten.',
    ]);
    expect(focused(el)).to.equal($(el, '.error-summary'));
  });

  it('sends the answers to the real intake and shows the reference it returns', async () => {
    const el = await renderAssistant(await loadForm('verbrennung-pflanzlicher-abfaelle'), { theme: 'beispielhausen' });
    await answerStep(el, validAnswers['verbrennung-pflanzlicher-abfaelle']![0]!);
    await next(el);
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { detail } = await submitted;
    await el.updateComplete;
    expect(detail.reference).to.match(/^VPA-\d{4}-\d{6}$/);
    expect($(el, '.reference')!.textContent).to.equal(`Ihr Aktenzeichen: ${detail.reference}`);
    expect(focused(el)).to.equal($(el, '#view-heading'));
    const stored = (await storedSubmissions()).find((s) => s.reference === detail.reference)!;
    expect(stored.submissionId).to.equal(detail.payload.submissionId);
    expect(stored.data).to.deep.equal({ ...detail.payload.data, menge: 2.5 });
  });

  it('offers the sent answers on the confirmation page, to read or print', async () => {
    const el = await renderAssistant(await loadForm('verbrennung-pflanzlicher-abfaelle'), {
      endpoint: 'data:application/json,{"reference":"VPA-1"}',
    });
    await answerStep(el, validAnswers['verbrennung-pflanzlicher-abfaelle']![0]!);
    await next(el);
    await next(el);
    await until(() => $(el, '.confirmation-summary') !== null, 'the confirmation');
    const details = $<HTMLDetailsElement>(el, '.confirmation-summary')!;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Ihre Angaben');
    expect([...details.querySelectorAll('.summary-row dd')].map((dd) => dd.textContent)).to.include('Erika Mustermann');
    expect(details.querySelector('button')).to.equal(null);
    const print = window.print;
    let printed = false;
    window.print = () => {
      printed = details.open;
    };
    try {
      $<HTMLButtonElement>(el, '.confirmation-summary + .nav button')!.click();
    } finally {
      window.print = print;
    }
    expect(printed, 'the summary is open when printing').to.equal(true);
  });

  it('keeps every answer when the endpoint cannot be reached, and "Erneut senden" delivers exactly once', async () => {
    const el = await renderAssistant(await loadForm('verbrennung-pflanzlicher-abfaelle'), { endpoint: 'http://127.0.0.1:9/nowhere' });
    await answerStep(el, validAnswers['verbrennung-pflanzlicher-abfaelle']![0]!);
    await next(el);
    const failed = oneEvent(el, 'antrag-submit-error');
    await next(el);
    await failed;
    await el.updateComplete;
    expect($(el, '#submit-failed h3')!.textContent).to.equal('Ihre Anzeige wurde noch nicht gesendet');
    expect(focused(el)?.id).to.equal('submit-failed');
    expect($(el, 'button[type="submit"]')!.textContent!.trim()).to.equal('Erneut senden');
    expect($$(el, '.summary-row dd').map((dd) => dd.textContent)).to.include('Erika Mustermann');

    el.endpoint = '/api/submissions';
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { detail } = await submitted;
    const matching = (await storedSubmissions()).filter((s) => s.submissionId === detail.payload.submissionId);
    expect(matching).to.have.length(1);
    expect(matching[0]!.data.name).to.equal('Erika Mustermann');
  });

  it("shows the intake's status when it rejects the application, and keeps the answers", async () => {
    // The intake knows only version 1.0.0 of this form, so it rejects a payload for 9.9.9 with a 422.
    const definition = { ...((await loadForm('verbrennung-pflanzlicher-abfaelle')) as object), version: '9.9.9' };
    const el = await renderAssistant(definition);
    await answerStep(el, validAnswers['verbrennung-pflanzlicher-abfaelle']![0]!);
    await next(el);
    await next(el);
    await until(() => $(el, '#submit-failed') !== null, 'the failure notice');
    expect($(el, '#submit-failed p')!.textContent).to.contain('kann Ihre Angaben gerade nicht annehmen (Fehler 422)');
    expect($$(el, '.summary-row dd').map((dd) => dd.textContent)).to.include('Erika Mustermann');
  });

  it('shows every problem of a broken definition with its JSON pointer, and logs them', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args[0]);
    try {
      const el = await renderAssistant({
        schemaVersion: 1,
        id: 'kaputt',
        version: '1.0.0',
        languages: ['de', 'en'],
        title: { de: 'Kaputt' },
        steps: [
          {
            id: 's',
            title: 'S',
            fields: [
              { id: 'a', type: 'slider', label: 'A' },
              { id: 'b', type: 'text', label: 'B' },
              { id: 'b', type: 'text', label: 'B2' },
            ],
          },
        ],
      });
      const items = $$(el, '.developer-issues li').map((li) => li.textContent);
      expect(items).to.have.length(3);
      expect(items[0]).to.match(/^\/steps\/0\/fields\/0\/type: Unknown field type "slider"/);
      expect(items[1]).to.match(/^\/title: Missing the "en" translation/);
      expect(items[2]).to.match(/^\/steps\/0\/fields\/2\/id: The field id "b" is already used/);
      expect($(el, '[role="alert"] h3')!.textContent).to.equal('Dieses Formular kann gerade nicht angezeigt werden');
      const logged = errors.find((e) => e instanceof Error && e.name === 'DefinitionError') as Error;
      expect(logged.message).to.contain('/steps/0/fields/0/type').and.contain('/title').and.contain('/steps/0/fields/2/id');
    } finally {
      console.error = original;
    }
  });

  it('reports a definition URL that cannot be loaded instead of staying blank', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const el = await fixture<AntragAssistant>(html`<antrag-assistant src="/demo/forms/gibt-es-nicht.json"></antrag-assistant>`);
      await oneEvent(el, 'antrag-definition-error');
      await el.updateComplete;
      expect($(el, '.developer-issues')!.textContent).to.contain('could not be loaded from /demo/forms/gibt-es-nicht.json: HTTP 404');
    } finally {
      console.error = original;
    }
  });

  it('speaks English with lang="en", and switching language keeps the answers', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { lang: 'en' });
    expect(heading(el)).to.equal('Dog owner');
    await fill(el, 'vorname', 'Erika');
    await next(el);
    expect($(el, '.error-summary h3')!.textContent).to.equal('There is a problem');
    el.lang = 'de';
    await el.updateComplete;
    expect(heading(el)).to.equal('Halterin oder Halter');
    expect($(el, '.error-summary a')!.textContent).to.equal('Bitte geben Sie „\u2068Nachname\u2069“ an.');
    expect(($(el, '#f-vorname') as HTMLInputElement).value).to.equal('Erika');
  });

  it('applies the theme tokens as custom properties the host page can still override', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme: 'musterstadt' });
    expect(getComputedStyle(el).getPropertyValue('--antrag-color-primary').trim().toLowerCase()).to.equal('#004b87');
    el.style.setProperty('--antrag-color-primary', '#123456');
    const button = $(el, 'button[type="submit"]')!;
    // The button eases its colour change; jump to the end of that transition.
    for (const animation of button.getAnimations()) animation.finish();
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(18, 52, 86)');
  });
});
