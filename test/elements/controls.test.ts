/**
 * Controls sized and labelled for what they hold: address parts as wide as their content, a time input that shows
 * "07:00 PM" whole, a file control that is a button in the form's language, and consent texts that say what a fold holds.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { loadForm, renderAssistant } from '../support/fixtures.js';
import { byId } from '../support/user.js';

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
