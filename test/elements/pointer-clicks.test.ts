import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { demoForms, loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { $, $$, answerStep, byId, heading, next, until } from '../support/user.js';
import { press } from '../support/pointer.js';

/**
 * A person's click right after editing: focus leaves the field being edited at the press, so anything that
 * moves the layout on leaving a field makes the release land somewhere else and the click is lost (GOV.UK:
 * errors only after the page is submitted).
 */
async function pressAtTop(el: AntragAssistant, target: HTMLElement): Promise<void> {
  // Scrolled to the top, as when the whole step fits on the screen: Chromium's scroll anchoring would
  // otherwise hold the button in place when content above it shrinks, and hide the problem.
  window.scrollTo(0, 0);
  await el.updateComplete;
  await press(target);
  await el.updateComplete;
}

const textLike = (control: Element | null): control is HTMLInputElement =>
  control instanceof HTMLInputElement && ['text', 'email', 'tel'].includes(control.type);

describe('a real pointer click right after editing a field', () => {
  // Tall enough for every first step to fit without scrolling.
  before(() => setViewport({ width: 1280, height: 3000 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => resetMouse());

  for (const form of demoForms) {
    it(`${form}: "Weiter" takes effect the first time, after the errors were shown`, async () => {
      const el = await renderAssistant(await loadForm(form));
      const weiter = () => $<HTMLButtonElement>(el, 'button[type="submit"]')!;
      // The first step with a text question (the Mängelmelder starts with a choice).
      const steps = validAnswers[form]!;
      let step = 0;
      while (!Object.keys(steps[step]!).some((id) => textLike(byId(el, `f-${id}`)) && byId<HTMLInputElement>(el, `f-${id}`)!.required)) {
        await answerStep(el, steps[step]!);
        const before = heading(el);
        await pressAtTop(el, weiter());
        await until(() => heading(el) !== before, 'the next step');
        step++;
      }
      const first = heading(el);
      await pressAtTop(el, weiter());
      await until(() => $(el, '.error-summary') !== null, 'the error summary');
      // Answer the step; the last text question with an error is typed with the keyboard and keeps focus.
      const answers = { ...steps[step] };
      const last = Object.keys(answers)
        .reverse()
        .find((id) => textLike(byId(el, `f-${id}`)) && byId(el, `f-${id}-error`) !== null);
      expect(last, 'a text question with an error').to.be.a('string');
      const typed = answers[last!];
      delete answers[last!];
      await answerStep(el, answers);
      const input = byId<HTMLInputElement>(el, `f-${last!}`)!;
      input.focus();
      input.select();
      await sendKeys({ type: String(typed) });
      expect(el.shadowRoot!.activeElement).to.equal(input);
      await pressAtTop(el, weiter());
      await until(() => heading(el) !== first, `the step after "${first}"`);
    });
  }

  describe('Hundesteuer, the dogs step after a failed "Weiter": right after typing a dog’s name', () => {
    const form = 'hundesteuer-anmeldung';

    /** The dogs step with its errors shown, the name typed with the keyboard and still focused. */
    async function typedName(): Promise<AntragAssistant> {
      const el = await renderAssistant(await loadForm(form));
      await answerStep(el, validAnswers[form]![0]!);
      await next(el);
      await next(el);
      await until(() => $(el, '.error-summary') !== null, 'the error summary');
      expect(byId(el, 'f-hunde.0.geschlecht-error'), 'the choice shows its error').to.not.equal(null);
      const input = byId<HTMLInputElement>(el, 'f-hunde.0.name')!;
      input.focus();
      await sendKeys({ type: 'Bello' });
      expect(el.shadowRoot!.activeElement).to.equal(input);
      return el;
    }

    it('a press on a radio option chooses it the first time', async () => {
      const el = await typedName();
      const option = byId<HTMLInputElement>(el, 'f-hunde.0.geschlecht-0')!;
      expect(option.checked).to.equal(false);
      await pressAtTop(el, option);
      expect(option.checked, 'the option is chosen').to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(option);
      expect(byId(el, 'f-hunde.0.geschlecht-error'), 'the answer is taken: its error is gone').to.equal(null);
      expect(byId<HTMLInputElement>(el, 'f-hunde.0.name')!.value).to.equal('Bello');
    });

    it('a press on "Weiteren Hund hinzufügen" adds a dog the first time', async () => {
      const el = await typedName();
      const add = byId<HTMLButtonElement>(el, 'f-hunde-add')!;
      expect(add.textContent?.trim()).to.equal('Weiteren Hund hinzufügen');
      await pressAtTop(el, add);
      expect($$(el, '.repeat-item'), 'a second dog').to.have.length(2);
      expect(el.shadowRoot!.activeElement?.id).to.equal('f-hunde.1.name');
      expect(byId<HTMLInputElement>(el, 'f-hunde.0.name')!.value).to.equal('Bello');
    });
  });
});
