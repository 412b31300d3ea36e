/**
 * The header names who receives the application: the municipality (theme or `authority` slot) and the office
 * (the definition's `authority`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { loadForm, renderAssistant } from '../support/fixtures.js';
import { $, text } from '../support/user.js';

describe('header: who receives the application', () => {
  it('names the municipality of the theme and the office of the definition (Hundesteuer, musterstadt)', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme: 'musterstadt' });
    expect(text($(el, '.authority'))).to.equal('Stadt Musterstadt');
    // "Stadt Musterstadt, Steueramt" under "Stadt Musterstadt": the municipality is not said twice.
    expect(text($(el, '.office'))).to.equal('Steueramt');
    expect(text($(el, '.header'))).to.equal('Stadt Musterstadt Steueramt Hund zur Hundesteuer anmelden');
  });

  it('names the definition’s authority alone with the neutral theme', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme: 'neutral' });
    expect($(el, '.authority')).to.equal(null);
    expect(text($(el, '.header'))).to.equal('Stadt Musterstadt, Steueramt Hund zur Hundesteuer anmelden');
  });

  it('shows the office in the citizen’s language, whole when it does not start with the theme’s name', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme: 'musterstadt', lang: 'en' });
    expect(text($(el, '.office'))).to.equal('City of Musterstadt, tax office');
  });

  it('keeps the office under a municipality the page puts into the authority slot', async () => {
    const definition = await loadForm('sperrmuell-abholung');
    const el = await fixture<AntragAssistant>(
      html`<antrag-assistant .definition=${definition} theme="neutral" lang="de"
        ><span slot="authority">Gemeinde Beispielhausen</span></antrag-assistant
      >`,
    );
    await el.updateComplete;
    expect(text($(el, '.office'))).to.equal('Gemeinde Beispielhausen, Abfallwirtschaft');
  });

  it('shows no office line for a definition without an authority', async () => {
    const definition = { ...((await loadForm('sperrmuell-abholung')) as Record<string, unknown>) };
    delete definition['authority'];
    const el = await renderAssistant(definition, { theme: 'beispielhausen' });
    expect($(el, '.office')).to.equal(null);
    expect(text($(el, '.authority'))).to.equal('Gemeinde Beispielhausen');
  });
});
