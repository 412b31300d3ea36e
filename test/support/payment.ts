/**
 * Paying online in the browser tests: completing the Hundesteuer with "Online bezahlen", following "Jetzt
 * bezahlen" to the demo's test provider, pressing its buttons, and coming back as a reload of the tab would.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { ar } from '../../src/i18n/messages-ar.js';
import { de } from '../../src/i18n/messages-de.js';
import { en } from '../../src/i18n/messages-en.js';
import { loadForm, renderAssistant, validAnswers } from './fixtures.js';
import { $, answerStep, next, text, until } from './user.js';

/** The Hundesteuer answers, paying online instead of by transfer. */
export const online = validAnswers['hundesteuer-anmeldung']!.map((step) => ('zahlungsweise' in step ? { zahlungsweise: 'online' } : step));

/** Completes the Hundesteuer paying online; the confirmation with its "Jetzt bezahlen" link. */
export async function submitPayingOnline(options: { lang?: string; feedback?: boolean } = {}) {
  const el = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme: 'musterstadt', lang: options.lang ?? 'de' });
  if (options.feedback) el.feedbackEndpoint = '/api/feedback';
  for (const step of online) {
    await answerStep(el, step);
    await next(el);
  }
  const submitted = oneEvent(el, 'antrag-submitted');
  await next(el);
  const { reference, payment, payload } = (await submitted).detail;
  await el.updateComplete;
  const link = $<HTMLAnchorElement>(el, '.pay-link');
  expect(link, 'the confirmation offers "Jetzt bezahlen"').to.exist;
  return { el, reference: reference!, paymentId: payment!.id, submissionId: payload.submissionId, href: link!.href };
}

/** Follows "Jetzt bezahlen" as the browser would (intake → 303 → the test provider's pay page); the pay page's address. */
export async function openPayPage(href: string): Promise<string> {
  const response = await fetch(href);
  expect(response.url).to.match(/\/test-provider\/pay\/[0-9a-f-]{36}$/);
  expect(await response.text()).to.include('TEST-BEZAHLDIENST');
  return response.url;
}

/** Presses a button of the test provider's pay page; the address the provider sends the browser back to. */
export async function press(payPage: string, outcome: 'pay' | 'fail' | 'cancel'): Promise<string> {
  const response = await fetch(payPage, { method: 'POST', body: new URLSearchParams({ outcome }) });
  return response.url;
}

/** Comes back to the page the provider sent the browser to, as a reload of this tab: a new assistant, the same session. */
export async function comeBack(el: AntragAssistant, address: string, lang = 'de'): Promise<AntragAssistant> {
  const feedbackEndpoint = el.feedbackEndpoint;
  const back = new URL(address);
  expect(back.origin).to.equal(location.origin);
  history.replaceState(null, '', `${back.pathname}${back.search}`);
  el.remove();
  const again = await renderAssistant(await loadForm('hundesteuer-anmeldung'), { theme: 'musterstadt', lang });
  if (feedbackEndpoint) again.feedbackEndpoint = feedbackEndpoint;
  const checking: string = { de, en, ar }[lang as 'de' | 'en' | 'ar']['payment.checking'];
  const shown = () => text($(again, '.payment-state'));
  await until(() => shown() !== undefined && shown() !== checking, 'the status the intake reports');
  return again;
}

/** The intake's payment state, as the assistant reads it. */
export async function intakeStatus(reference: string, paymentId: string): Promise<string> {
  return (await (await fetch(`/api/submissions/${reference}/payment?id=${paymentId}`)).json()).status;
}

