/**
 * Controls sized and labelled for what they hold: address parts as wide as their content, a time input that shows
 * "07:00 PM" whole, a file control that is a button in the form's language, and consent texts that say what a fold holds.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { loadForm, renderAssistant } from '../support/fixtures.js';
import { $, $$, byId, focused, text, until } from '../support/user.js';
import { press } from '../support/pointer.js';

/** The width of `n` characters "0" in the font of `el`, as `ch` measures it. */
function ch(el: HTMLElement, n: number): number {
  const probe = document.createElement('span');
  probe.style.cssText = `font: ${getComputedStyle(el).font}; inline-size: ${n}ch; display: inline-block; position: absolute`;
  document.body.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

const width = (el: HTMLElement | null) => el!.getBoundingClientRect().width;

describe('controls: sized for their content', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const viewport of [320, 375, 800, 1280]) {
    it(`gives the address parts widths that fit their content at ${viewport} px`, async () => {
      await setViewport({ width: viewport, height: 800 });
      const el = await renderAssistant(await loadForm('sperrmuell-abholung'), { theme: 'beispielhausen' });
      const part = (name: string) => byId<HTMLInputElement>(el, `f-abholadresse-${name}`);
      const plz = part('plz');
      expect(width(plz), 'PLZ at least 5 characters').to.be.at.least(ch(plz!, 5));
      expect(width(plz), 'PLZ at most about 9 characters').to.be.at.most(ch(plz!, 9));
      expect(width(part('hausnummer')), 'Hausnummer short').to.be.at.most(ch(plz!, 11));
      expect(width(part('ort')), 'Ort wider than PLZ').to.be.greaterThan(width(plz) * 1.5);
      expect(width(part('strasse')), 'Straße wider than Hausnummer').to.be.greaterThan(width(part('hausnummer')));
      // Still inside the assistant at every width.
      const box = el.getBoundingClientRect();
      for (const name of ['strasse', 'hausnummer', 'plz', 'ort']) {
        const rect = part(name)!.getBoundingClientRect();
        expect(rect.right, `${name} inside`).to.be.at.most(box.right + 1);
        expect(rect.left, `${name} inside`).to.be.at.least(box.left - 1);
      }
    });
  }

  it('shows a time of "07:00 PM" (en-US, 12-hour) without clipping', async () => {
    const el = await renderAssistant(await loadForm('verbrennung-pflanzlicher-abfaelle'), { lang: 'en-US' });
    const time = byId<HTMLInputElement>(el, 'f-uhrzeitVon')!;
    time.value = '19:00';
    expect(
      new Intl.DateTimeFormat(navigator.language, { hour: 'numeric' }).resolvedOptions().hour12,
      'the browser shows 12-hour time',
    ).to.equal(true);
    // Chromium clips the fields of a narrow time input without scrolling (its scrollWidth stays its clientWidth), so
    // the input is compared with its own natural width: the same input, same font, free to be as wide as "07:00 PM"
    // and the clock button need.
    const natural = time.cloneNode() as HTMLInputElement;
    natural.style.cssText = 'inline-size: auto; min-inline-size: 0; max-inline-size: none';
    time.after(natural);
    natural.value = '19:00';
    const needed = width(natural);
    natural.remove();
    expect(width(time), 'the time input is as wide as "07:00 PM" and its clock button').to.be.at.least(needed);
    expect(time.scrollWidth).to.be.at.most(time.clientWidth);
  });
});

const files = (multiple: boolean, languages = ['de']) => ({
  schemaVersion: 1,
  id: 'nachweise',
  version: '1.0.0',
  languages,
  title: 'Nachweise',
  steps: [
    {
      id: 's',
      title: 'Nachweise',
      fields: [
        { id: 'vorher', type: 'text', label: 'Aktenzeichen', required: false },
        {
          id: 'bescheid',
          type: 'file',
          label: 'Bescheid',
          required: true,
          accept: ['.pdf'],
          maxSizeMb: 5,
          ...(multiple && { maxFiles: 3 }),
        },
      ],
    },
  ],
});
const pdf = (name: string) => new File(['%PDF-1.7'], name, { type: 'application/pdf' });


/** Counts the times the native file input is activated (each would open the file picker), and keeps the picker shut. */
function pickerOpenings(input: HTMLInputElement): () => number {
  let count = 0;
  input.addEventListener('click', (e) => {
    count++;
    e.preventDefault();
  });
  return () => count;
}

describe('controls: the file control', () => {
  for (const [lang, one, many] of [
    ['de', 'Datei auswählen', 'Dateien auswählen'],
    ['en', 'Choose file', 'Choose files'],
    ['ar', 'اختيار ملف', 'اختيار ملفات'],
  ] as const) {
    it(`is a button in the form's language (${lang}: "${one}" / "${many}") over a hidden native input`, async () => {
      for (const [multiple, words] of [
        [false, one],
        [true, many],
      ] as const) {
        const el = await renderAssistant(files(multiple), { lang });
        const input = byId<HTMLInputElement>(el, 'f-bescheid')!;
        const button = $(el, 'label.file-button')!;
        expect(text(button)).to.equal(words);
        expect(button.getAttribute('for')).to.equal(input.id);
        // The browser's own "Choose Files" is not seen: the native input takes no room.
        expect(input.getBoundingClientRect().width).to.be.at.most(1);
        expect(getComputedStyle(input).opacity).to.equal('0');
        // Drawn as the assistant's other secondary buttons.
        const face = getComputedStyle(button);
        expect(face.borderTopColor).to.equal(getComputedStyle($(el, 'button[type="submit"]')!).backgroundColor);
        expect(button.getBoundingClientRect().height).to.be.at.least(24);
        // Its accessible name keeps the question and says what the button does.
        expect([...input.labels!].map((label) => text(label))).to.deep.equal(['Bescheid', words]);
      }
    });
  }

  it('opens the file picker from the keyboard (Tab, then Enter or Space) and shows focus on the visible button', async () => {
    const el = await renderAssistant(files(false));
    const input = byId<HTMLInputElement>(el, 'f-bescheid')!;
    const openings = pickerOpenings(input);
    byId(el, 'f-vorher')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(input);
    const ring = getComputedStyle($(el, 'label.file-button')!);
    expect(ring.outlineStyle, 'the focus ring is on the visible button').to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(openings()).to.equal(2);
  });

  it('opens the file picker when the visible button is clicked with a real pointer', async () => {
    const el = await renderAssistant(files(false));
    const openings = pickerOpenings(byId<HTMLInputElement>(el, 'f-bescheid')!);
    await press($(el, 'label.file-button')!);
    await until(() => openings() === 1, 'the picker to open');
  });

  it('takes files dropped on the button', async () => {
    const el = await renderAssistant(files(true));
    const transfer = new DataTransfer();
    transfer.items.add(pdf('vorne.pdf'));
    transfer.items.add(pdf('hinten.pdf'));
    const button = $(el, 'label.file-button')!;
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
    button.dispatchEvent(over);
    expect(over.defaultPrevented, 'the button accepts a drop').to.equal(true);
    button.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await until(() => $$(el, '.file-list li').length === 2, 'the dropped files to be listed');
    expect($$(el, '.file-list .file-name').map((name) => text(name))).to.deep.equal(['vorne.pdf', 'hinten.pdf']);
  });
});

describe('controls: consent texts', () => {
  it('says what a folded consent text holds: the SEPA mandate, in German and English', async () => {
    const definition = (await loadForm('hundesteuer-anmeldung')) as { steps: Array<{ fields: Array<Record<string, unknown>> }> };
    const mandat = { ...definition.steps.flatMap((s) => s.fields).find((f) => f['id'] === 'mandat')! };
    delete mandat['visibleIf'];
    const only = {
      schemaVersion: 1,
      id: 'mandat',
      version: '1.0.0',
      languages: ['de', 'en'],
      title: 'Mandat',
      steps: [{ id: 's', title: 'Zahlung', fields: [mandat] }],
    };
    for (const [lang, summary] of [
      ['de', 'Mandatstext anzeigen'],
      ['en', 'Show the mandate text'],
    ] as const) {
      const el: AntragAssistant = await renderAssistant(only, { lang });
      expect(text($(el, 'details.consent-text summary'))).to.equal(summary);
      // Opened, the mandate stands right above its checkbox.
      $<HTMLDetailsElement>(el, 'details.consent-text')!.open = true;
      const text$ = $(el, 'details.consent-text')!.getBoundingClientRect();
      const box = byId(el, 'f-mandat')!.getBoundingClientRect();
      expect(box.top - text$.bottom).to.be.within(0, 80);
    }
  });
});
