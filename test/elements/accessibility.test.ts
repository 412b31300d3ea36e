import { expect } from '@open-wc/testing';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { ar } from '../../src/i18n/messages-ar.js';
import { de } from '../../src/i18n/messages-de.js';
import { en } from '../../src/i18n/messages-en.js';
import { expectNoAxeViolations, incompleteReport } from '../support/axe.js';
import { demoForms, loadForm, renderAssistant, shippedThemes, validAnswers } from '../support/fixtures.js';
import { answerStep, heading, next, until, $ } from '../support/user.js';
import { faultScope } from '../support/intake-faults.js';

const languages = ['de', 'en', 'ar'] as const;
const reviewTitle = { de: de['review.title'], en: en['review.title'], ar: ar['review.title'] } as const;

/**
 * The evidence matrix of issue #5: every step of every demo form × every shipped theme × de, en, ar, in
 * the states pristine, all errors shown, review, submit failed and confirmation. Forms without Arabic texts
 * show their German texts with the Arabic interface and direction, as a citizen choosing Arabic would see them.
 */
describe('accessibility (axe-core: WCAG 2.2 A/AA, best practice, target size)', () => {
  after(() => console.log(incompleteReport()));

  for (const lang of languages) {
    for (const form of demoForms) {
      for (const theme of shippedThemes) {
        it(`${form}, ${theme}, ${lang}: every step pristine and with all errors, review, submit failed, confirmation`, async () => {
          const intake = faultScope();
          await intake.inject([{ times: null, status: 503 }]);
          const el = await renderAssistant(await loadForm(form), { theme, lang, endpoint: intake.endpoint });
          el.maxAttempts = 1;
          for (const answers of validAnswers[form]!) {
            const step = heading(el);
            await expectNoAxeViolations(el, `${step} pristine`);
            await next(el);
            expect($(el, '.error-summary'), `${step} shows errors`).to.exist;
            await expectNoAxeViolations(el, `${step} with all errors`);
            await answerStep(el, answers);
            await next(el);
          }
          expect($(el, '.summary-list'), 'the review page').to.exist;
          expect(heading(el)).to.equal(reviewTitle[lang]);
          await expectNoAxeViolations(el, 'review');
          await sendAndFail(el);
          await expectNoAxeViolations(el, 'submit failed');
          await intake.heal();
          await next(el);
          await until(() => $(el, '.confirmation') !== null, 'the confirmation');
          await expectNoAxeViolations(el, 'confirmation');
        });
      }
    }
  }

  it('a broken definition is accessible too', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      await expectNoAxeViolations(await renderAssistant({ schemaVersion: 1 }), 'broken definition');
    } finally {
      console.error = original;
    }
  });
});

async function sendAndFail(el: AntragAssistant): Promise<void> {
  await next(el);
  await until(() => $(el, '#submit-failed') !== null, 'the failure notice');
  await el.updateComplete;
}
