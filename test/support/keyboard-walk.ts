/**
 * A keyboard-only walk through one step, as a citizen without a mouse does it: Tab from the heading through every
 * control, answering each once (`answerFocused` knows how, per test file), until the primary button; then Enter.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { $, focused, heading, type Answer } from './user.js';

export async function walkStep(
  el: AntragAssistant,
  answers: Record<string, Answer>,
  primary: string,
  answerFocused: (el: AntragAssistant, answers: Record<string, Answer>) => Promise<void>,
): Promise<void> {
  $(el, '#view-heading')!.focus();
  const seen = new Set<Element>();
  // A bound, not an expectation: the longest imported FIM step has about 60 stops.
  for (let i = 0; i < 150; i++) {
    await sendKeys({ press: 'Tab' });
    const now = focused(el);
    if (!now) throw new Error(`focus left the assistant on step "${heading(el)}"`);
    if (now.textContent?.trim() === primary && now.tagName === 'BUTTON') break;
    // A native date or time field keeps focus for its picker button: do not answer it twice.
    if (seen.has(now)) continue;
    seen.add(now);
    await answerFocused(el, answers);
  }
  expect(focused(el)?.textContent?.trim()).to.equal(primary);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}
