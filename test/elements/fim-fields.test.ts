import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../support/axe.js';
import { renderAssistant } from '../support/fixtures.js';
import { $, $$, byId, focused, heading, next, text } from '../support/user.js';

/**
 * Issue 14: what the definition format gained for forms imported from FIM (docs/definition-format.md):
 * hints on options (a code list's help texts), a separate review label (FIM "Bezeichnung Ausgabe"), the
 * Latin character check of `text_latin` (`charset: "latin"`), default and read-only values (FIM `inhalt`,
 * `locked`), and the FIM origin `fim: {id, version}`.
 */
const definition = {
  schemaVersion: 1,
  id: 'fim-felder',
  version: '1.0.0',
  title: 'FIM-Felder',
  languages: ['de'],
  fim: { id: 'S99000000001', version: '1.0.0' },
  steps: [
    {
      id: 'person',
      title: 'Person',
      fim: { id: 'G99000000001', version: '1.0.0' },
      fields: [
        {
          id: 'anrede',
          type: 'radio',
          label: 'Anrede',
          required: true,
          options: [
            { value: '1', label: 'Frau' },
            { value: '2', label: 'Herr' },
            { value: '3', label: 'Keine Anrede', hint: 'Sie werden mit Ihrem vollen Namen angesprochen.' },
          ],
          fim: { id: 'F99000000002', version: '1.0.0' },
        },
        {
          id: 'aktenzeichen',
          type: 'text',
          label: 'Aktenzeichen',
          default: 'AZ-2026-17',
          readonly: true,
          required: true,
          fim: { id: 'F99000000011', version: '1.0.0' },
        },
        { id: 'ort', type: 'text', label: 'Ort', default: 'Musterstadt', required: true },
        { id: 'kennung', type: 'text', label: 'Interne Kennung', default: 'K-17', constant: true, fim: { id: 'F99000000003', version: '1.0.0' } },
        {
          id: 'familienname',
          type: 'text',
          label: 'Familienname',
          summaryLabel: 'Name laut Ausweis',
          required: true,
          charset: 'latin',
          fim: { id: 'F99000000001', version: '1.0.0', groups: ['G99000000002'], rules: ['R1: Nur lateinische Zeichen.'] },
        },
      ],
    },
  ],
};

const press = (key: string) => sendKeys({ press: key });

describe('definition features for FIM forms', () => {
  it('shows an option hint under its label and names it in the option\'s description; axe passes', async () => {
    const el = await renderAssistant(definition);
    const option = byId<HTMLInputElement>(el, 'f-anrede-2')!;
    const hint = byId(el, 'f-anrede-2-hint');
    expect(text(hint)).to.equal('Sie werden mit Ihrem vollen Namen angesprochen.');
    expect(option.getAttribute('aria-describedby')?.split(' ')).to.include('f-anrede-2-hint');
    // Options without a hint describe nothing of their own.
    expect(byId(el, 'f-anrede-0')!.getAttribute('aria-describedby') ?? '').not.to.include('-hint');
    // The hint sits under the option's label, not beside it (375 px and up).
    const label = $(el, 'label[for="f-anrede-2"]')!.getBoundingClientRect();
    expect(hint!.getBoundingClientRect().top).to.be.at.least(label.bottom - 1);
    await expectNoAxeViolations(el, 'option hints');
  });

  it('by keyboard: the hinted option is chosen with the arrow keys; Latin names pass, other scripts are named in the error', async () => {
    const el = await renderAssistant(definition);
    $(el, '#view-heading')!.focus();
    await press('Tab');
    expect(focused(el)?.id).to.equal('f-anrede-0');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(focused(el)?.id).to.equal('f-anrede-2');
    expect((focused(el) as HTMLInputElement).checked).to.equal(true);
    // The read-only reference is in the tab order (screen readers read it), but typing changes nothing.
    await press('Tab');
    expect(focused(el)?.id).to.equal('f-aktenzeichen');
    await sendKeys({ type: 'X' });
    expect(byId<HTMLInputElement>(el, 'f-aktenzeichen')!.value).to.equal('AZ-2026-17');
    // The default is an answer the citizen may change.
    await press('Tab');
    expect(focused(el)?.id).to.equal('f-ort');
    expect((focused(el) as HTMLInputElement).value).to.equal('Musterstadt');
    // Tab selects an input's text in Chromium: End keeps it and appends.
    await press('End');
    await sendKeys({ type: '-Nord' });
    await press('Tab');
    expect(focused(el)?.id).to.equal('f-familienname');
    await sendKeys({ type: 'Łukasiewicz-Ωmega Иванов' });
    await press('Tab');
    await press('Enter');
    await el.updateComplete;
    expect(heading(el)).to.equal('Person');
    const error = text(byId(el, 'f-familienname-error'));
    expect(error).to.equal('Fehler: „\u2068Familienname\u2069“ enthält Zeichen, die nicht erlaubt sind: Ω И в а н о. Bitte schreiben Sie sie mit lateinischen Buchstaben.');
    expect(byId(el, 'f-familienname')!.getAttribute('aria-invalid')).to.equal('true');
    await expectNoAxeViolations(el, 'charset error');
    const input = byId<HTMLInputElement>(el, 'f-familienname')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Łukasiewicz-Müller' });
    await press('Tab');
    await press('Enter');
    await el.updateComplete;
    expect(heading(el)).to.not.equal('Person');
    // The review (and so the payload) has the read-only value and the changed default.
    const answers = $$(el, '.summary-row dd bdi').map((dd) => text(dd));
    expect(answers).to.deep.equal(['Keine Anrede', 'AZ-2026-17', 'Musterstadt-Nord', 'Łukasiewicz-Müller']);
  });

  it('never shows a constant (FIM hidden), in the step or the review, and sends its value', async () => {
    const el = await renderAssistant(definition);
    expect(byId(el, 'f-kennung')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain('Interne Kennung');
    byId<HTMLInputElement>(el, 'f-anrede-0')!.click();
    const input = byId<HTMLInputElement>(el, 'f-familienname')!;
    input.value = 'Müller';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await next(el);
    expect(el.shadowRoot!.textContent).not.to.contain('Interne Kennung');
    // The host page sees the payload before it is sent (and here keeps it from being sent).
    const sent = new Promise<Record<string, unknown>>((resolve) =>
      el.addEventListener('antrag-submit', (e) => {
        e.preventDefault();
        resolve(e.detail.payload.data);
      }),
    );
    await next(el);
    expect(await sent).to.include({ kennung: 'K-17', aktenzeichen: 'AZ-2026-17', ort: 'Musterstadt', familienname: 'Müller' });
  });

  it('renders a read-only question as a native read-only input with its value; axe passes', async () => {
    const el = await renderAssistant(definition);
    const input = byId<HTMLInputElement>(el, 'f-aktenzeichen')!;
    expect([input.readOnly, input.value]).to.deep.equal([true, 'AZ-2026-17']);
    expect(byId<HTMLInputElement>(el, 'f-ort')!.readOnly).to.equal(false);
    await expectNoAxeViolations(el, 'read-only question');
  });

  it('names a question by its summary label on the review page', async () => {
    const el = await renderAssistant(definition);
    byId<HTMLInputElement>(el, 'f-anrede-0')!.click();
    const input = byId<HTMLInputElement>(el, 'f-familienname')!;
    input.value = 'Müller';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await next(el);
    const terms = $$(el, '.summary-row dt').map((dt) => text(dt));
    expect(terms).to.deep.equal(['Anrede', 'Aktenzeichen', 'Ort', 'Name laut Ausweis']);
    const change = $$(el, '.summary-row button').map((b) => text(b));
    expect(change[3]).to.equal('Ändern Name laut Ausweis');
    await expectNoAxeViolations(el, 'review with summary labels');
  });
});
