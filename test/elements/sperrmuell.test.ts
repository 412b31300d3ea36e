import { expect } from '@open-wc/testing';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $, $$, answerStep, choose, enter, fill, focused, heading, next } from '../support/user.js';

describe('Sperrmüllabholung (address, "Sonstiges", limits, "Telefon oder E-Mail")', () => {
  it("accepts only Beispielhausen's postcodes, with the municipality's own message, and focuses the postcode", async () => {
    const el = await renderAssistant(await loadForm('sperrmuell-abholung'), { theme: 'beispielhausen' });
    await answerStep(el, validAnswers['sperrmuell-abholung']![0]!);
    await enter(el, 'abholadresse', { plz: '54321' });
    await next(el);
    const link = $(el, '.error-summary a')!;
    expect(link.textContent).to.equal('Diese Postleitzahl gehört nicht zu Beispielhausen. Wir holen nur in 12345, 12346 und 12347 ab.');
    link.click();
    expect(focused(el)?.id).to.equal('f-abholadresse-plz');
    expect($(el, '#f-abholadresse-plz')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-abholadresse-strasse')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('asks what "Sonstiges" is only when it is ticked', async () => {
    const el = await renderAssistant(await loadForm('sperrmuell-abholung'));
    expect($(el, '#f-sonstigesText')).to.equal(null);
    await choose(el, 'gegenstaende', 'sonstiges');
    expect($(el, 'label[for="f-sonstigesText"]')!.textContent).to.contain('Was ist „Sonstiges“?');
    await choose(el, 'gegenstaende', 'sonstiges');
    expect($(el, '#f-sonstigesText')).to.equal(null);
  });

  it('warns above 5 cubic metres and does not let the request through', async () => {
    const el = await renderAssistant(await loadForm('sperrmuell-abholung'));
    await answerStep(el, validAnswers['sperrmuell-abholung']![0]!);
    await fill(el, 'menge', '6');
    expect($(el, '.notice.warning')!.textContent).to.contain('bestellen Sie bitte einen Container');
    await next(el);
    expect($$(el, '.error-summary a').map((a) => a.textContent)).to.deep.equal([
      'Wir holen höchstens 5 Kubikmeter ab. Für mehr bestellen Sie bitte einen Container.',
    ]);
  });

  it('needs a phone number or an email address, and counts the characters of the note', async () => {
    const el = await renderAssistant(await loadForm('sperrmuell-abholung'));
    await fill(el, 'stellplatz', 'x'.repeat(498));
    expect($(el, '#f-stellplatz-count')!.textContent!.trim()).to.equal('Sie können noch 2 Zeichen eingeben.');
    expect($(el, '#f-stellplatz')!.getAttribute('aria-describedby')).to.equal('f-stellplatz-hint f-stellplatz-count');
    await fill(el, 'stellplatz', 'Hinter dem Tor');
    await answerStep(el, validAnswers['sperrmuell-abholung']![0]!);
    await next(el);
    expect(heading(el)).to.equal('Wie erreichen wir Sie?');
    await fill(el, 'name', 'Erika Mustermann');
    await next(el);
    expect($$(el, '.error-summary a').map((a) => a.textContent)).to.deep.equal([
      'Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an.',
    ]);
    await fill(el, 'telefon', '0171 2345678');
    await next(el);
    expect(heading(el)).to.equal('Bitte prüfen Sie Ihre Angaben');
  });
});
