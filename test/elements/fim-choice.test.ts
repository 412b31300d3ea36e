import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import type { Definition } from '../../src/definition/schema.js';
import { importFim } from '../../src/fim/import-fim.js';
import { toFimData } from '../../src/fim/to-fim-data.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { renderAssistant } from '../support/fixtures.js';
import { $, $$, byId, choose, fill, focused, heading, next, text } from '../support/user.js';

/**
 * Issue 14: a FIM Auswahlgruppe (XDF 3 `art` X: the citizen fills exactly one of its elements), imported from
 * test/fixtures/fim/synthetic-xdf3-auswahl.xml with the importer itself (it runs in a browser as in Node), asks
 * "Welche Angabe machen Sie?" and shows only the chosen alternative: only that one is asked, required and sent.
 */
async function imported(): Promise<Definition> {
  const response = await fetch('/test/fixtures/fim/synthetic-xdf3-auswahl.xml');
  return importFim(await response.text()).definition;
}

const press = (key: string) => sendKeys({ press: key });
const RADIO = 'g99000000203-auswahl';
const ID_CARD = 'f99000000204';
const PASSPORT = ['f99000000206', 'f99000000207'];

/** Ids of the questions the step shows (its text inputs and radio groups), in order. */
const shown = (el: AntragAssistant) => [...new Set($$<HTMLInputElement>(el, 'input').map((input) => input.name || input.id.slice(2)))];

describe('FIM Auswahlgruppe: a radio, and only the chosen alternative', () => {
  it('renders the radio inside the group\'s fieldset and no alternative before a choice; axe passes', async () => {
    const el = await renderAssistant(await imported());
    expect(heading(el)).to.equal('Antragstellende Person');
    const radios = $$<HTMLInputElement>(el, `input[name="${RADIO}"]`);
    // The radio group's own fieldset, inside the fieldset of the Auswahlgruppe.
    const question = radios[0]!.closest('fieldset')!;
    expect(text(question.querySelector('legend'))).to.contain('Welche Angabe machen Sie?');
    expect(text(question.parentElement!.closest('fieldset')!.querySelector('legend'))).to.equal('Nachweis der Identität');
    expect(radios.map((r) => text(r.labels?.[0]))).to.deep.equal(['Nummer des Personalausweises', 'Reisepass']);
    expect(shown(el)).to.deep.equal(['f99000000202', RADIO]);
    await expectNoAxeViolations(el, 'Auswahlgruppe, nothing chosen');
  });

  it('"Weiter" with nothing chosen shows the radio\'s required error, and none for the alternatives', async () => {
    const el = await renderAssistant(await imported());
    await fill(el, 'f99000000202', 'Muster');
    await next(el);
    expect(heading(el)).to.equal('Antragstellende Person');
    const summary = $$(el, '.error-summary a').map((a) => text(a));
    expect(summary).to.have.length(1);
    expect(summary[0]).to.contain('Welche Angabe machen Sie?');
    expect(byId(el, `f-${RADIO}-error`), 'the radio shows its error').to.not.equal(null);
    for (const id of [ID_CARD, ...PASSPORT]) expect(byId(el, `f-${id}`), `${id} is not asked`).to.equal(null);
    await expectNoAxeViolations(el, 'Auswahlgruppe, required error');
  });

  it('by keyboard: choosing an alternative shows only its questions; the other one is absent and not required', async () => {
    const el = await renderAssistant(await imported());
    $(el, '#view-heading')!.focus();
    await press('Tab');
    expect(focused(el)?.id).to.equal('f-f99000000202');
    await sendKeys({ type: 'Muster' });
    await press('Tab');
    expect((focused(el) as HTMLInputElement).name).to.equal(RADIO);
    // Arrow keys move through a radio group and choose as they go.
    await press('ArrowDown');
    await el.updateComplete;
    expect((focused(el) as HTMLInputElement).value).to.equal('G99000000205');
    expect(shown(el)).to.deep.equal(['f99000000202', RADIO, ...PASSPORT]);
    await press('ArrowUp');
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['f99000000202', RADIO, ID_CARD]);
    await press('ArrowDown');
    await el.updateComplete;
    await press('Tab');
    expect(focused(el)?.id).to.equal('f-f99000000206');
    await sendKeys({ type: 'C01X00T47' });
    await press('Tab');
    expect(focused(el)?.id).to.equal('f-f99000000207');
    await sendKeys({ type: 'Deutschland' });
    await press('Tab');
    expect(text(focused(el))).to.equal('Weiter');
    await press('Enter');
    await el.updateComplete;
    // The identity card number, required in FIM, is not asked: the step is left without an error.
    expect($(el, '.error-summary')).to.equal(null);
    expect(heading(el)).to.equal('Erreichbarkeit');
    await expectNoAxeViolations(el, 'optional Auswahlgruppe as a step');
  });

  it('sends only the chosen alternatives, and toFimData delivers them without the radios', async () => {
    const definition = await imported();
    const el = await renderAssistant(definition);
    await fill(el, 'f99000000202', 'Muster');
    // Chosen, then changed: the identity card number typed first is hidden again, and not sent.
    await choose(el, RADIO, 'F99000000204');
    await fill(el, ID_CARD, 'L01X00T47');
    await choose(el, RADIO, 'G99000000205');
    await fill(el, 'f99000000206', 'C01X00T47');
    await fill(el, 'f99000000207', 'Deutschland');
    await next(el);
    expect(heading(el)).to.equal('Erreichbarkeit');
    await choose(el, 'g99000000210-auswahl', 'F99000000211');
    // Chosen in an optional Auswahlgruppe, the alternative is asked in full.
    await next(el);
    expect(byId(el, 'f-f99000000211-error'), 'the chosen alternative is required').to.not.equal(null);
    await fill(el, 'f99000000211', 'erika@example.org');
    await next(el);
    expect(heading(el)).to.equal('Kind');
    byId(el, 'f-g99000000220-add')!.click();
    await el.updateComplete;
    await fill(el, 'g99000000220.0.f99000000221', 'Mia');
    // Inside an item, the condition reads that item's own choice.
    await choose(el, 'g99000000220.0.g99000000222-auswahl', 'F99000000224');
    expect(byId(el, 'f-g99000000220.0.f99000000223')).to.equal(null);
    await fill(el, 'g99000000220.0.f99000000224', 'Grundschule Nord');
    await next(el);
    await expectNoAxeViolations(el, 'review with Auswahlgruppen');
    const sent = new Promise<{ data: Record<string, unknown> }>((resolve) =>
      el.addEventListener('antrag-submit', (e) => {
        e.preventDefault();
        resolve(e.detail.payload);
      }),
    );
    await next(el);
    const payload = await sent;
    expect(payload.data).to.deep.equal({
      f99000000202: 'Muster',
      [RADIO]: 'G99000000205',
      f99000000206: 'C01X00T47',
      f99000000207: 'Deutschland',
      'g99000000210-auswahl': 'F99000000211',
      f99000000211: 'erika@example.org',
      g99000000220: [{ f99000000221: 'Mia', 'g99000000222-auswahl': 'F99000000224', f99000000224: 'Grundschule Nord' }],
    });
    expect(toFimData(definition, payload)).to.deep.equal({
      G99000000201: { F99000000202: 'Muster', G99000000203: { G99000000205: { F99000000206: 'C01X00T47', F99000000207: 'Deutschland' } } },
      G99000000210: { F99000000211: 'erika@example.org' },
      G99000000220: [{ F99000000221: 'Mia', G99000000222: { F99000000224: 'Grundschule Nord' } }],
    });
  });
});
