import { expect } from '@open-wc/testing';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { demoForms, loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $, $$, answerStep, focused, next, until, upload } from '../support/user.js';
import { faultScope } from '../support/intake-faults.js';

/** After every navigation focus must be on something inside the assistant: never lost to <body>. */
function expectFocusKept(el: AntragAssistant, after: string): HTMLElement {
  // Booleans and names, not elements: chai's printing of a DOM node can hang the page when a check fails.
  expect(document.activeElement === el, `${after}: focus left the assistant (on ${document.activeElement?.tagName})`).to.equal(true);
  const inside = focused(el);
  expect(inside === null, `${after}: nothing focused inside the assistant`).to.equal(false);
  return inside!;
}

const primary = (el: AntragAssistant) => $<HTMLButtonElement>(el, 'button[type="submit"]')!;
const back = (el: AntragAssistant) => $<HTMLButtonElement>(el, '.nav .secondary');

/** Clicks a button the way a keyboard or pointer user reaches it: focused first, then activated. */
async function press(el: AntragAssistant, button: HTMLButtonElement): Promise<void> {
  button.focus();
  button.click();
  await el.updateComplete;
}

describe('focus on every navigation path of every demo form', () => {
  for (const form of demoForms) {
    it(`${form}: Weiter (failed and passed), Zurück, Ändern and back, submit failed, Erneut senden, confirmation`, async () => {
      const intake = faultScope();
      await intake.inject([{ times: 1, status: 503 }]);
      const el = await renderAssistant(await loadForm(form), { endpoint: intake.endpoint });
      el.maxAttempts = 1;
      const steps = validAnswers[form]!;
      for (const [index, answers] of steps.entries()) {
        await press(el, primary(el));
        expect(expectFocusKept(el, `failed Weiter on step ${index + 1}`).className).to.equal('error-summary');
        // Each link of the error summary focuses its field.
        for (const link of $$<HTMLAnchorElement>(el, '.error-summary a')) {
          const url = location.href;
          link.click();
          await el.updateComplete;
          expect(expectFocusKept(el, `error summary link ${link.textContent}`).id).to.equal(link.hash.slice(1));
          expect(location.href, 'the page URL stays as it was').to.equal(url);
        }
        await answerStep(el, answers);
        await press(el, primary(el));
        expect(expectFocusKept(el, `Weiter on step ${index + 1}`).id).to.equal('view-heading');
      }
      // From the review all the way back with "Zurück", then forward again.
      for (let i = steps.length; back(el) !== null && i > 0; i--) {
        await press(el, back(el)!);
        expect(expectFocusKept(el, `Zurück to step ${i}`).id).to.equal('view-heading');
      }
      for (let i = 0; $(el, '.summary-list') === null && i <= steps.length; i++) {
        await press(el, primary(el));
        expect(expectFocusKept(el, 'Weiter after Zurück').id).to.equal('view-heading');
      }
      // Every "Ändern": focus on the field, "Weiter zur Zusammenfassung" back to the review heading.
      const changes = $$<HTMLButtonElement>(el, '.summary-list button').length;
      for (let i = 0; i < changes; i++) {
        await press(el, $$<HTMLButtonElement>(el, '.summary-list button')[i]!);
        expect(expectFocusKept(el, `Ändern ${i + 1}`).id).to.match(/^f-/);
        await press(el, primary(el));
        expect(expectFocusKept(el, `back to the review after Ändern ${i + 1}`).id).to.equal('view-heading');
      }
      await press(el, primary(el));
      await until(() => $(el, '#submit-failed') !== null, 'the failure');
      expect(expectFocusKept(el, 'submit failed').id).to.equal('submit-failed');
      await press(el, primary(el));
      await until(() => $(el, '.confirmation') !== null, 'the confirmation');
      await el.updateComplete;
      expect(expectFocusKept(el, 'confirmation').id).to.equal('view-heading');
    });
  }

  it('adding and removing repeated items, and removing a file, keep focus', async () => {
    const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'));
    await answerStep(el, validAnswers['hundesteuer-anmeldung']![0]!);
    await next(el);
    await press(el, $<HTMLButtonElement>(el, '#f-hunde-add')!);
    expect(expectFocusKept(el, 'add a dog').id).to.equal('f-hunde.1.name');
    const remove = $$<HTMLButtonElement>(el, '.repeat-item button, fieldset button').filter((b) => b.textContent?.includes('Entfernen'));
    await press(el, remove.at(-1)!);
    expect(expectFocusKept(el, 'remove a dog').id).to.equal('f-hunde-add');

    const parkausweis = await renderAssistant(await loadForm('parkausweis-behinderung'));
    const steps = validAnswers['parkausweis-behinderung']!;
    for (const answers of steps.slice(0, 3)) {
      await answerStep(parkausweis, answers);
      await next(parkausweis);
    }
    await upload(parkausweis, 'ausweisVorne', [new File(['%PDF'], 'vorne.pdf', { type: 'application/pdf' })]);
    await press(parkausweis, $<HTMLButtonElement>(parkausweis, '.file-list button')!);
    expectFocusKept(parkausweis, 'remove a file');
  });
});

describe('"Ändern" on a choice', () => {
  it('focuses the chosen option, not the first', async () => {
    const el = await renderAssistant({
      schemaVersion: 1,
      id: 'auswahl',
      version: '1.0.0',
      languages: ['de'],
      title: 'Auswahl',
      steps: [
        {
          id: 's',
          title: 'Abfall',
          fields: [
            {
              id: 'art',
              type: 'radio',
              label: 'Art',
              required: true,
              options: [
                { value: 'laub', label: 'Laub' },
                { value: 'aeste', label: 'Äste' },
                { value: 'sonstiges', label: 'Sonstiges' },
              ],
            },
          ],
        },
      ],
    });
    $<HTMLInputElement>(el, '#f-art-2')!.click();
    await next(el);
    $<HTMLButtonElement>(el, 'button[data-edit="art"]')!.click();
    await until(() => focused(el)?.id === 'f-art-2' || focused(el)?.id === 'f-art-0', 'focus on an option');
    expect(focused(el)?.id).to.equal('f-art-2');
  });
});
