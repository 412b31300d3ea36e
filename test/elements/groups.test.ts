import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { renderAssistant } from '../support/fixtures.js';
import { walkStep } from '../support/keyboard-walk.js';
import { $, $$, byId, choose, fill, focused, heading, next, text, type Answer } from '../support/user.js';

/**
 * Issue 14: a `group` (decision 0025) is a fieldset with its label as the legend around its questions; its
 * questions keep their own ids in the answers, and a hidden group hides them all (not validated, not sent).
 */
const definition = {
  schemaVersion: 1,
  id: 'gruppen-test',
  version: '1.0.0',
  title: 'Bewohnerparken (Test)',
  languages: ['de'],
  steps: [
    {
      id: 'fahrzeug',
      title: 'Ihr Fahrzeug',
      fields: [
        { id: 'kennzeichen', type: 'text', label: 'Kennzeichen', required: true },
        {
          id: 'andererHalter',
          type: 'radio',
          label: 'Ist das Fahrzeug auf eine andere Person zugelassen?',
          required: true,
          options: [
            { value: 'ja', label: 'Ja' },
            { value: 'nein', label: 'Nein' },
          ],
        },
        {
          id: 'halter',
          type: 'group',
          label: 'Halterin oder Halter des Fahrzeugs',
          hint: 'Wie im Fahrzeugschein eingetragen.',
          visibleIf: { '==': [{ var: 'andererHalter' }, 'ja'] },
          fields: [
            { id: 'halterName', type: 'text', label: 'Familienname', required: true },
            { id: 'halterOrt', type: 'text', label: 'Wohnort' },
          ],
        },
        { id: 'bemerkung', type: 'text', label: 'Bemerkung' },
      ],
    },
  ],
};

/** Answers the focused control with the keyboard: typing into a text field, arrow keys and Space in radios. */
async function answerFocused(el: AntragAssistant, answers: Record<string, Answer>): Promise<void> {
  const control = focused(el);
  if (!(control instanceof HTMLInputElement) || !control.id.startsWith('f-')) return;
  const key = Object.keys(answers).find((k) => control.id === `f-${k}` || control.id.startsWith(`f-${k}-`));
  const answer = key === undefined ? undefined : answers[key];
  if (typeof answer !== 'string') return;
  if (control.type !== 'radio') return sendKeys({ type: answer });
  if (control.value === answer) await sendKeys({ press: 'Space' });
  for (let i = 0; i < 5 && (focused(el) as HTMLInputElement).value !== answer; i++) await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
}

describe('groups of questions (fieldsets)', () => {
  it('renders a group as a fieldset named by its legend and described by its hint; axe finds nothing', async () => {
    const el = await renderAssistant(definition);
    expect($(el, 'fieldset.group'), 'hidden while its condition does not hold').to.equal(null);
    await choose(el, 'andererHalter', 'ja');
    const group = $(el, 'fieldset.group')!;
    expect(text(group.querySelector(':scope > legend'))).to.equal('Halterin oder Halter des Fahrzeugs');
    expect(group.getAttribute('aria-describedby')).to.equal('f-halter-hint');
    expect(text(byId(el, 'f-halter-hint'))).to.equal('Wie im Fahrzeugschein eingetragen.');
    expect([...group.querySelectorAll('input')].map((input) => input.id)).to.deep.equal(['f-halterName', 'f-halterOrt']);
    await expectNoAxeViolations(el, 'group shown');
    await next(el);
    await expectNoAxeViolations(el, 'group with an error');
  });

  it('links the error summary to a question inside the group', async () => {
    const el = await renderAssistant(definition);
    await fill(el, 'kennzeichen', 'M-AB 123');
    await choose(el, 'andererHalter', 'ja');
    await next(el);
    const links = $$<HTMLAnchorElement>(el, '.error-summary a');
    expect(links.map(text)).to.deep.equal(['Bitte geben Sie „\u2068Familienname\u2069“ an.']);
    links[0]!.click();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('f-halterName');
  });

  it('is completed with the keyboard only, and the review shows the group under its name', async () => {
    const el = await renderAssistant(definition);
    const answers = { kennzeichen: 'M-AB 123', andererHalter: 'ja', halterName: 'Mustermann', halterOrt: 'München' };
    await walkStep(el, answers, 'Weiter', answerFocused);
    expect(heading(el)).to.equal('Bitte prüfen Sie Ihre Angaben');
    const review = $(el, '[part="step"]')!;
    const blocks = [...review.querySelectorAll('h5, dl')].map((node) => (node.tagName === 'H5' ? `# ${text(node)}` : $$(el, 'dt').filter((dt) => node.contains(dt)).map(text).join(' | ')));
    expect(blocks).to.deep.equal([
      'Kennzeichen | Ist das Fahrzeug auf eine andere Person zugelassen?',
      '# Halterin oder Halter des Fahrzeugs',
      'Familienname | Wohnort',
      'Bemerkung',
    ]);
    const change = $(el, 'button[data-edit="halterName"]')!;
    expect(text(change)).to.equal('Ändern Familienname (Halterin oder Halter des Fahrzeugs)');
    await expectNoAxeViolations(el, 'review with a group');
  });

  it('hides every question of a hidden group: not required, not reviewed, not sent', async () => {
    const el = await renderAssistant({ ...definition }, { endpoint: 'data:application/json,{"reference":"BP-1"}' });
    await fill(el, 'kennzeichen', 'M-AB 123');
    await choose(el, 'andererHalter', 'ja');
    await fill(el, 'halterOrt', 'München');
    await choose(el, 'andererHalter', 'nein');
    await next(el);
    expect(heading(el)).to.equal('Bitte prüfen Sie Ihre Angaben');
    expect($$(el, 'dt').map(text)).to.not.include('Wohnort');
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { detail } = await submitted;
    expect(detail.payload.data).to.deep.equal({ kennzeichen: 'M-AB 123', andererHalter: 'nein' });
  });

  it('sends the answers of a shown group under their own ids', async () => {
    const el = await renderAssistant(definition, { endpoint: 'data:application/json,{"reference":"BP-2"}' });
    await fill(el, 'kennzeichen', 'M-AB 123');
    await choose(el, 'andererHalter', 'ja');
    await fill(el, 'halterName', 'Mustermann');
    await next(el);
    const submitted = oneEvent(el, 'antrag-submitted');
    await next(el);
    const { detail } = await submitted;
    expect(detail.payload.data).to.deep.equal({ kennzeichen: 'M-AB 123', andererHalter: 'ja', halterName: 'Mustermann' });
  });
});
