import { expect } from '@open-wc/testing';
import { ar } from '../../src/i18n/messages-ar.js';
import { sendKeys } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { burningDate, dogSince, loadForm, renderAssistant, storedSubmissions } from '../support/fixtures.js';
import { $, focused, heading, until } from '../support/user.js';

const press = (key: string) => sendKeys({ press: key });
const type = (text: string) => sendKeys({ type: text });

/**
 * Tabs to the next control and checks it is the expected one, so the walk cannot silently drift.
 * Chromium's date and time fields keep focus for one more Tab (their picker button), so Tab is pressed
 * again only while focus stays on the control it started from.
 */
async function tabTo(el: AntragAssistant, id: string): Promise<void> {
  const start = focused(el);
  await press('Tab');
  for (let i = 0; i < 2 && start && focused(el) === start; i++) await press('Tab');
  expect(focused(el)?.id, `Tab should reach #${id}`).to.equal(id);
}

/** Types a date into Chromium's native date field, whose segment order follows the browser locale. */
async function typeDate(iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const parts = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(2000, 0, 2),
  );
  const segments = { year, month, day } as Record<string, string>;
  for (const part of parts) if (part.type in segments) await type(segments[part.type]!);
}

/** Types a time; a 12-hour locale adds the AM/PM segment. */
async function typeTime(hhmm: string): Promise<void> {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const twelveHour = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hour12;
  if (!twelveHour) return type(`${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}`);
  await type(`${String(h % 12 || 12).padStart(2, '0')}${String(m).padStart(2, '0')}${h < 12 ? 'A' : 'P'}`);
}

const words = {
  de: { next: 'Weiter', review: 'Bitte prüfen Sie Ihre Angaben', submit: 'Absenden', reference: 'Ihr Aktenzeichen: ' },
  en: { next: 'Continue', review: 'Check your answers', submit: 'Submit', reference: 'Your reference number: ' },
  ar: { next: ar.next, review: ar['review.title'], submit: ar.submit, reference: '' },
};

describe('keyboard only', () => {
  for (const lang of ['de', 'en'] as const)
    it(`completes "Verbrennung pflanzlicher Abfälle anzeigen" in ${lang} with Tab, typing, Space and Enter`, async () => {
      const w = words[lang];
      const el = await renderAssistant(await loadForm('verbrennung-pflanzlicher-abfaelle'), { theme: 'beispielhausen', lang });
      // Start where a citizen arriving at the step starts: on its heading (Tab from a page whose last
      // focused element was removed would otherwise leave the page in headless Chromium).
      $(el, '#view-heading')!.focus();
      await tabTo(el, 'f-name');
      await type('Erika Mustermann');
      await tabTo(el, 'f-anschrift');
      await type('Lindenweg 4, 12345 Beispielhausen');
      await tabTo(el, 'f-datum');
      await typeDate(burningDate);
      await tabTo(el, 'f-uhrzeitVon');
      await typeTime('09:00');
      await tabTo(el, 'f-uhrzeitBis');
      await typeTime('12:30');
      await tabTo(el, 'f-menge');
      await type('2,5');
      await tabTo(el, 'f-art-0');
      await press('Space');
      await tabTo(el, 'f-art-1');
      await press('Space');
      await tabTo(el, 'f-art-2');
      await tabTo(el, 'f-brandschutz');
      await press('Space');
      // Enter in a checkbox does not submit; Tab to "Weiter" and press Enter as a keyboard user does.
      await press('Tab');
      expect(focused(el)?.textContent?.trim()).to.equal(w.next);
      await press('Enter');
      await el.updateComplete;
      expect(heading(el)).to.equal(w.review);
      expect(focused(el)).to.equal($(el, '#view-heading'));

      // The burning form is an Anzeige (`"kind": "anzeige"`): its button names it.
      const submit = lang === 'de' ? 'Anzeige absenden' : 'Submit notification';
      for (let i = 0; i < 12 && focused(el)?.textContent?.trim() !== submit; i++) await press('Tab');
      expect(focused(el)?.textContent?.trim()).to.equal(submit);
      await press('Enter');
      await until(() => $(el, '.reference') !== null, 'the confirmation');
      const reference = $(el, '.reference')!.textContent!.replace(w.reference, '');
      const stored = (await storedSubmissions()).find((s) => s.reference === reference)!;
      expect(stored.form).to.deep.equal({ id: 'verbrennung-pflanzlicher-abfaelle', version: '1.0.0' });
      expect(stored.data).to.deep.equal({
        name: 'Erika Mustermann',
        anschrift: 'Lindenweg 4, 12345 Beispielhausen',
        datum: burningDate,
        uhrzeitVon: '09:00',
        uhrzeitBis: '12:30',
        menge: 2.5,
        art: ['baumschnitt', 'laub'],
        brandschutz: true,
      });
    });

  // Hundesteuer has no Arabic texts: in ar the interface is Arabic (right to left), the questions German.
  for (const lang of ['de', 'ar'] as const)
    it(`completes "Hund zur Hundesteuer anmelden" (${lang}) with two dogs, SEPA mandate and the computed tax`, async () => {
      const w = words[lang];
      const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme: 'musterstadt', lang });
      const tabToButton = async (text: string) => {
        for (let i = 0; i < 6 && focused(el)?.textContent?.trim() !== text; i++) await press('Tab');
        expect(focused(el)?.textContent?.trim()).to.equal(text);
      };
      $(el, '#view-heading')!.focus();
      await tabTo(el, 'f-anrede');
      await tabTo(el, 'f-vorname');
      await type('Erika');
      await tabTo(el, 'f-nachname');
      await type('Mustermann');
      await tabTo(el, 'f-geburtsdatum-day');
      await type('17');
      await tabTo(el, 'f-geburtsdatum-month');
      await type('5');
      await tabTo(el, 'f-geburtsdatum-year');
      await type('1980');
      for (const [part, text] of [
        ['strasse', 'Hauptstraße'],
        ['hausnummer', '12a'],
        ['plz', '54321'],
        ['ort', 'Musterstadt'],
      ] as const) {
        await tabTo(el, `f-anschrift-${part}`);
        await type(text);
      }
      // Enter in a text field submits the step.
      await press('Enter');
      await el.updateComplete;
      expect(heading(el)).to.equal('Ihre Hunde');

      const dog = async (index: number, name: string, breedSteps: number, female: boolean, month: string) => {
        if (index > 0) {
          await tabToButton('Weiteren Hund hinzufügen');
          await press('Enter');
          await el.updateComplete;
          expect(focused(el)?.id, 'focus moves to the new dog').to.equal(`f-hunde.${index}.name`);
        } else {
          await tabTo(el, `f-hunde.${index}.name`);
        }
        await type(name);
        await tabTo(el, `f-hunde.${index}.rasse`);
        for (let i = 0; i < breedSteps; i++) await press('ArrowDown');
        await tabTo(el, `f-hunde.${index}.geschlecht-0`);
        await press('Space');
        if (female) await press('ArrowDown');
        expect(focused(el)?.id).to.equal(`f-hunde.${index}.geschlecht-${female ? 1 : 0}`);
        await tabTo(el, `f-hunde.${index}.wurfdatum`);
        if (month) await type(month);
        await tabTo(el, `f-hunde.${index}.chipnummer`);
        await tabTo(el, `f-hunde.${index}.beginnHaltung`);
        await typeDate(dogSince);
        await tabTo(el, `f-hunde.${index}.listenhund-0`);
        await press('Space');
      };
      await dog(0, 'Bello', 4, false, '');
      await dog(1, 'Luna', 1, true, '04/2024');
      await tabToButton(w.next);
      await press('Enter');
      await el.updateComplete;
      expect(heading(el)).to.equal('Ermäßigung oder Befreiung');

      await tabTo(el, 'f-ermaessigung-0');
      await press('Space');
      await tabToButton(w.next);
      await press('Enter');
      await el.updateComplete;
      expect(heading(el)).to.equal('Zahlung');

      await tabTo(el, 'f-zahlungsweise-0');
      await press('Space');
      await el.updateComplete;
      await tabTo(el, 'f-kontoinhaber');
      await type('Erika Mustermann');
      await tabTo(el, 'f-iban');
      await type('DE89 3704 0044 0532 0130 00');
      await press('Tab'); // the mandate text's "Wortlaut anzeigen: …" disclosure
      expect(focused(el)?.tagName).to.equal('SUMMARY');
      await tabTo(el, 'f-mandat');
      await press('Space');
      if (lang === 'de') expect($(el, '.computed-value')!.textContent!.replace(/\s/gu, ' ')).to.equal('228,00 €');
      await tabToButton(w.next);
      await press('Enter');
      await el.updateComplete;

      await tabTo(el, 'f-richtigkeit');
      await press('Space');
      await tabToButton(w.next);
      await press('Enter');
      await el.updateComplete;
      expect(heading(el)).to.equal(w.review);
      for (let i = 0; i < 40 && focused(el)?.textContent?.trim() !== w.submit; i++) await press('Tab');
      await press('Enter');
      await until(() => $(el, '.reference') !== null, 'the confirmation');
      const reference = /HST-\d{4}-\d{6}/u.exec($(el, '.reference')!.textContent!)?.[0];
      expect(reference).to.match(/^HST-\d{4}-\d{6}$/);
      const stored = (await storedSubmissions()).find((s) => s.reference === reference)! as unknown as { data: unknown; computed: unknown };
      expect(stored.data).to.deep.equal({
        vorname: 'Erika',
        nachname: 'Mustermann',
        geburtsdatum: '1980-05-17',
        anschrift: { strasse: 'Hauptstraße', hausnummer: '12a', plz: '54321', ort: 'Musterstadt' },
        hunde: [
          { name: 'Bello', rasse: 'dackel', geschlecht: 'ruede', beginnHaltung: dogSince, listenhund: 'nein' },
          { name: 'Luna', rasse: 'mischling', geschlecht: 'huendin', wurfdatum: '04/2024', beginnHaltung: dogSince, listenhund: 'nein' },
        ],
        ermaessigung: 'nein',
        zahlungsweise: 'sepa',
        kontoinhaber: 'Erika Mustermann',
        iban: 'DE89370400440532013000',
        mandat: true,
        richtigkeit: true,
      });
      expect(stored.computed).to.deep.equal({ jahressteuer: 228 });
    });

  it('reaches the error summary and each field from it with the keyboard', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    $(el, '#view-heading')!.focus();
    await tabTo(el, 'f-anrede');
    await tabTo(el, 'f-vorname');
    // Enter in a text field submits the step, as in any HTML form.
    await press('Enter');
    await el.updateComplete;
    expect(focused(el)).to.equal($(el, '.error-summary'));
    await press('Tab');
    expect(focused(el)?.textContent).to.equal('Bitte geben Sie „\u2068Vorname\u2069“ an.');
    await press('Enter');
    expect(focused(el)?.id).to.equal('f-vorname');
  });
});
