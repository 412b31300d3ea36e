import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { walkStep } from '../support/keyboard-walk.js';
import type { Definition, Field } from '../../src/definition/schema.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { renderAssistant, storedSubmissions } from '../support/fixtures.js';
import { $, answerStep, focused, heading, next, until, upload, type Answer } from '../support/user.js';

/**
 * Issue 14, acceptance 1: every XDF 2 and XDF 3 sample in ../shared/fim-samples/, imported in Node with its code
 * lists (test/support/plugins/fim-forms.mjs, as `antrag import-fim` does), renders, passes axe on every step
 * (pristine, with all errors), the review and the confirmation, and is stored by the reference intake with
 * its answers keyed by the FIM schema. Bewohnerparken and Blaue Karte are completed with the keyboard only.
 */

const SAMPLES = [
  'xdf2/S00000009_gewerbeanmeldung_xdf2.xml',
  'xdf2/S00000121_blaue-karte-eu_xdf2.xml',
  'xdf2/S05000058V1.0_bewohnerparken_xdf2.xml',
  'xdf3/S00000009_gewerbeanmeldung_converted-from-xdf2_xdf3.xml',
  'xdf3/S00000121_blaue-karte-eu_converted-from-xdf2_xdf3.xml',
  'xdf3/S05000058V1.0_bewohnerparken_converted-from-xdf2_xdf3.xml',
];

async function importSample(sample: string): Promise<Definition> {
  const result = (await executeServerCommand('antrag-fim-import', { sample })) as { definition: Definition };
  return result.definition;
}

const pdf = () => [new File(['%PDF-1.4 Nachweis'], 'nachweis.pdf', { type: 'application/pdf' })];

/** Strings to try for a text question with a pattern: the first the pattern accepts is the answer. */
const CANDIDATES = ['12345', 'Muster', 'a', '1', 'AB-12', 'Musterstraße 1', 'test@example.org'];

/** A valid answer for a required question (and for optional ones, where `all`), as the harness enters it. */
function answerFor(field: Field, all: boolean): Answer | undefined {
  if (field.type === 'notice' || field.type === 'repeat' || field.type === 'group') return undefined;
  if (!all && !field.required) return undefined;
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const regex = field.type === 'text' && field.pattern ? new RegExp(`^(?:${field.pattern.regex})$`, 'u') : undefined;
      const base = CANDIDATES.find((c) => !regex || regex.test(c)) ?? 'Muster';
      return base.padEnd(field.minLength ?? 0, 'x').slice(0, field.maxLength ?? 200);
    }
    case 'number':
      return String(field.min ?? 1);
    case 'date':
      return field.min ?? '2020-01-15';
    case 'radio':
    case 'select':
      return field.options[0]!.value;
    case 'checkboxes':
      return [field.options[0]!.value];
    case 'file':
      return pdf();
    case 'checkbox':
    case 'consent':
      return true;
    default:
      return 'Muster';
  }
}

/** Answers for one step: its required questions (in groups too), and those of each repeat's existing items, by path id. */
function answersFor(fields: readonly Field[], prefix = ''): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const field of fields) {
    if (field.type === 'group') Object.assign(answers, answersFor(field.fields, prefix));
    else if (field.type === 'repeat') {
      for (let i = 0; i < (field.min ?? 1); i++) Object.assign(answers, answersFor(field.fields, `${prefix}${field.id}.${i}.`));
    } else {
      const answer = answerFor(field, false);
      if (answer !== undefined) answers[`${prefix}${field.id}`] = answer;
    }
  }
  return answers;
}

/** The confirmation, or a failure that says what the page shows instead (an intake refusal, an error summary). */
async function confirmation(el: AntragAssistant): Promise<string> {
  try {
    await until(() => $(el, '.reference') !== null, 'the confirmation', 15000);
  } catch {
    throw new Error(`no confirmation; the page ends: ${el.shadowRoot!.textContent!.replace(/\s+/gu, ' ').slice(-700)}`);
  }
  return /[A-Z]+-\d{4}-\d{6}/u.exec($(el, '.reference')!.textContent!)![0];
}

describe('FIM samples: import, render, accessibility, intake', function () {
  // Up to 19 steps, each checked by axe twice.
  this.timeout(240000);
  for (const sample of SAMPLES) {
    it(`${sample}: every step pristine and with all errors, the review and the confirmation pass axe; the intake keeps FIM data`, async () => {
      const definition = await importSample(sample);
      const el = await renderAssistant(definition);
      for (const step of definition.steps) {
        expect(heading(el)).to.equal(step.title);
        await expectNoAxeViolations(el, `${step.title} pristine`);
        const answers = answersFor(step.fields);
        if (Object.keys(answers).length > 0) {
          await next(el);
          expect($(el, '.error-summary'), `${step.title} shows errors`).to.exist;
          await expectNoAxeViolations(el, `${step.title} with all errors`);
          await answerStep(el, answers);
        }
        await next(el);
      }
      expect($(el, '.summary-list'), 'the review page').to.exist;
      await expectNoAxeViolations(el, 'review');
      await next(el);
      const reference = await confirmation(el);
      await expectNoAxeViolations(el, 'confirmation');
      const stored = (await storedSubmissions()).find((s) => s.reference === reference) as unknown as { form: { id: string }; fimData: Record<string, unknown> };
      expect(stored.form.id).to.equal(definition.id);
      // Keyed by the FIM schema: every top-level key is a FIM group or field id.
      expect(Object.keys(stored.fimData).length).to.be.greaterThan(0);
      for (const key of Object.keys(stored.fimData)) expect(key).to.match(/^[GF]\d/u);
    });
  }
});

const press = (key: string) => sendKeys({ press: key });
const type = (text: string) => sendKeys({ type: text });

/** Types a date into Chromium's native date field in the order of the browser locale's segments. */
async function typeNativeDate(iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const parts = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2000, 0, 2));
  const segments: Record<string, string> = { year, month, day };
  for (const part of parts) if (part.type in segments) await type(segments[part.type]!);
}

/** Answers the focused control with the keyboard: typing, Space on a checkbox, arrow keys in radios and selects. */
async function answerFocused(el: AntragAssistant, answers: Record<string, Answer>): Promise<void> {
  const control = focused(el) as HTMLInputElement | HTMLSelectElement | null;
  if (!control?.id.startsWith('f-')) return;
  const id = control.id.slice(2);
  const key = Object.keys(answers).find((k) => id === k || id.startsWith(`${k}-`));
  if (key === undefined) return;
  const answer = answers[key]!;
  if (control instanceof HTMLSelectElement) {
    for (let i = 0; i < 30 && control.value !== answer; i++) await press('ArrowDown');
  } else if (control.type === 'radio') {
    if (control.value === answer) await press('Space');
    for (let i = 0; i < 12 && (focused(el) as HTMLInputElement).value !== answer; i++) await press('ArrowDown');
  } else if (control.type === 'checkbox') {
    if (Array.isArray(answer) && (answer as string[]).includes(control.value)) await press('Space');
  } else if (control.type === 'date') {
    await typeNativeDate(answer as string);
  } else if (typeof answer === 'string') {
    await type(answer);
  }
}


describe('FIM samples: completed with the keyboard only', function () {
  this.timeout(240000);
  for (const sample of ['xdf2/S05000058V1.0_bewohnerparken_xdf2.xml', 'xdf2/S00000121_blaue-karte-eu_xdf2.xml']) {
    it(`${sample}: every step by Tab, typing, Space and arrow keys, then stored by the intake`, async () => {
      const definition = await importSample(sample);
      const el = await renderAssistant(definition);
      const given: Record<string, Answer> = {};
      for (const step of definition.steps) {
        const before = heading(el);
        expect(before).to.equal(step.title);
        const answers = answersFor(step.fields);
        Object.assign(given, answers);
        // The operating system's file dialog cannot be driven from a test: files are given to the input directly.
        for (const [id, answer] of Object.entries(answers)) if (Array.isArray(answer) && answer[0] instanceof File) await upload(el, id, answer as File[]);
        await walkStep(el, answers, 'Weiter', answerFocused);
        expect(heading(el), `left the step "${before}"`).to.not.equal(before);
      }
      await walkStep(el, {}, 'Absenden', answerFocused);
      const reference = await confirmation(el);
      const stored = (await storedSubmissions()).find((s) => s.reference === reference) as unknown as {
        form: { id: string };
        fimData: Record<string, Record<string, unknown>>;
      };
      expect(stored.form.id).to.equal(definition.id);
      if (sample.includes('bewohnerparken')) {
        // The applicant's surname under its group, the first names as a list, the consent as its code.
        expect(stored.fimData.G05000496!.F05000059).to.equal(given.f05000059);
        expect(stored.fimData.G05000496!.F05000060).to.deep.equal([given['f05000060.0.wert']]);
        expect(stored.fimData['F00-4cb0dd14-629c-4661-9435-4e9eadc43e07']).to.equal('01');
      } else {
        // Yes/no questions as booleans ("Ja" is the first option).
        expect(stored.fimData.G00000636!.F00001027).to.equal(true);
      }
    });
  }
});
