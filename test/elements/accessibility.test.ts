import { expect } from '@open-wc/testing';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import {
  answerStep,
  demoForms,
  heading,
  loadForm,
  next,
  renderAssistant,
  shippedThemes,
  until,
  validAnswers,
  $,
} from '../support/harness.js';

/** axe-core (via chai-a11y-axe) over the assistant's shadow root, on WCAG 2.x A/AA and best practice. */
async function expectAccessible(el: AntragAssistant, state: string): Promise<void> {
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`${state}: ${(error as Error).message}`);
  }
}

describe('accessibility (axe-core)', () => {
  for (const form of demoForms) {
    for (const theme of shippedThemes) {
      it(`${form} in theme ${theme}: every step pristine and with all errors, the review and the confirmation`, async () => {
        const el = await renderAssistant(await loadForm(form), { theme });
        for (const answers of validAnswers[form]!) {
          const step = heading(el);
          await expectAccessible(el, `${step} pristine`);
          await next(el);
          expect($(el, '.error-summary'), `${step} shows errors`).to.exist;
          await expectAccessible(el, `${step} with all errors`);
          await answerStep(el, answers);
          await next(el);
        }
        expect(heading(el)).to.equal('Bitte prüfen Sie Ihre Angaben');
        await expectAccessible(el, 'review');
        await next(el);
        await until(() => $(el, '.confirmation') !== null, 'the confirmation');
        await expectAccessible(el, 'confirmation');
      });
    }
  }

  it('a failed submission and a broken definition are accessible too', async () => {
    const el = await renderAssistant(await loadForm('verbrennung-pflanzlicher-abfaelle'), { endpoint: 'http://127.0.0.1:9/' });
    const original = console.error;
    console.error = () => {};
    try {
      await answerStep(el, validAnswers['verbrennung-pflanzlicher-abfaelle']![0]!);
      await next(el);
      await next(el);
      await until(() => $(el, '#submit-failed') !== null, 'the failure notice');
      await expectAccessible(el, 'submit failed');
      const broken = await renderAssistant({ schemaVersion: 1 });
      await expectAccessible(broken, 'broken definition');
    } finally {
      console.error = original;
    }
  });
});
