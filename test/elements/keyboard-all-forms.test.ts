import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { walkStep } from '../support/keyboard-walk.js';
import { demoForms, demoThemes, loadForm, renderAssistant, storedSubmissions, validAnswers } from '../support/fixtures.js';
import { $, focused, heading, until, upload, type Answer } from '../support/user.js';

const press = (key: string) => sendKeys({ press: key });
const type = (text: string) => sendKeys({ type: text });

/** Types a date into Chromium's native date field in the order of the browser locale's segments. */
async function typeNativeDate(iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const parts = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(2000, 0, 2),
  );
  const segments = { year, month, day } as Record<string, string>;
  for (const part of parts) if (part.type in segments) await type(segments[part.type]!);
}

async function typeNativeTime(hhmm: string): Promise<void> {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const twelveHour = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hour12;
  const hours = twelveHour ? h % 12 || 12 : h;
  await type(`${String(hours).padStart(2, '0')}${String(m).padStart(2, '0')}${twelveHour ? (h < 12 ? 'A' : 'P') : ''}`);
}

/**
 * Answers the focused control from the step's answers, as a keyboard user would: typing, Space on the
 * right option, arrow keys in a select. Returns false for controls the answers do not mention.
 */
async function answerFocused(el: AntragAssistant, answers: Record<string, Answer>): Promise<void> {
  const control = focused(el) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
  if (!control?.id.startsWith('f-')) return;
  const id = control.id.slice(2);
  const key = Object.keys(answers).find((k) => id === k || id.startsWith(`${k}-`));
  if (key === undefined) return;
  const answer = answers[key]!;
  const suffix = id.slice(key.length + 1);
  if (control instanceof HTMLSelectElement) {
    for (let i = 0; i < 30 && control.value !== answer; i++) await press('ArrowDown');
  } else if (control.type === 'radio') {
    // Tab enters a radio group at its first option; arrow keys move to (and select) the others.
    if (control.value === answer) await press('Space');
    for (let i = 0; i < 12 && (focused(el) as HTMLInputElement).value !== answer; i++) await press('ArrowDown');
  } else if (control.type === 'checkbox') {
    if (answer === true || (Array.isArray(answer) && (answer as string[]).includes(control.value))) await press('Space');
  } else if (control.type === 'date') {
    await typeNativeDate(answer as string);
  } else if (control.type === 'time') {
    await typeNativeTime(answer as string);
  } else if (typeof answer === 'object' && !Array.isArray(answer)) {
    await type((answer as Record<string, string>)[suffix] ?? '');
  } else if (['day', 'month', 'year'].includes(suffix) && typeof answer === 'string') {
    const [year, month, day] = answer.split('-');
    await type(String(Number({ day, month, year }[suffix as 'day'])));
  } else if (typeof answer === 'string') {
    await type(answer);
  }
}


/** "Absenden" of the forms whose `kind` is not `antrag`. */
const kindSubmit: Record<string, { de: string; ar: string }> = {
  maengelmelder: { de: 'Meldung absenden', ar: 'إرسال البلاغ' },
  'verbrennung-pflanzlicher-abfaelle': { de: 'Anzeige absenden', ar: 'إرسال الإخطار' },
};

describe('keyboard only: every demo form', () => {
  for (const form of demoForms) {
    const steps = validAnswers[form]!;
    const repeats = steps.some((step) => Object.keys(step).some((k) => k.includes('.')));
    if (repeats) continue; // Hundesteuer has its own keyboard walk in keyboard.test.ts
    // Forms without Arabic texts show their German questions with the Arabic interface (right to left).
    for (const lang of ['de', 'ar'] as const) {
      it(`${form} (${lang})`, async () => {
        const el = await renderAssistant(await loadForm(form), { theme: demoThemes[form], lang });
        // The button names a Meldung or an Anzeige (the definition's `kind`).
        const named = kindSubmit[form]?.[lang];
        const words = lang === 'ar' ? { next: 'متابعة', submit: named ?? 'إرسال' } : { next: 'Weiter', submit: named ?? 'Absenden' };
        for (const answers of steps) {
          const before = heading(el);
          // Choosing a file opens the operating system's dialog, which a browser test cannot drive: files
          // are given to the input directly; everything else on the step is done with the keyboard.
          for (const [id, answer] of Object.entries(answers)) {
            if (Array.isArray(answer) && answer[0] instanceof File) await upload(el, id, answer as File[]);
          }
          await walkStep(el, answers, words.next, answerFocused);
          expect(heading(el), `left the step "${before}"`).to.not.equal(before);
        }
        await walkStep(el, {}, words.submit, answerFocused);
        await until(() => $(el, '.reference') !== null, 'the confirmation');
        const reference = /[A-Z]+-\d{4}-\d{6}/u.exec($(el, '.reference')!.textContent!)![0];
        const stored = (await storedSubmissions()).find((s) => s.reference === reference)!;
        expect(stored.form.id).to.equal(form);
      });
    }
  }
});
