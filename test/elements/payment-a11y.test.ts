import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ar } from '../../src/i18n/messages-ar.js';
import { de } from '../../src/i18n/messages-de.js';
import { en } from '../../src/i18n/messages-en.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { $, focused, text } from '../support/user.js';
import { comeBack, openPayPage, press, submitPayingOnline } from '../support/payment.js';

const words = { de, en, ar } as const;

/** Presses Tab until focus is on a control whose text is `label` (at most `limit` presses). */
async function tabToText(el: HTMLElement & { shadowRoot: ShadowRoot | null }, label: string, limit = 12): Promise<void> {
  for (let i = 0; i < limit && text(el.shadowRoot?.activeElement) !== label; i++) await sendKeys({ press: 'Tab' });
  expect(text(el.shadowRoot?.activeElement), `Tab should reach "${label}"`).to.equal(label);
}

describe('paying online and the satisfaction question: keyboard and axe (de, en, ar)', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  for (const lang of ['de', 'en', 'ar'] as const)
    it(`confirmation with "Jetzt bezahlen", then failed, cancelled and paid after coming back (${lang})`, async () => {
      const w = words[lang];
      const { el, href } = await submitPayingOnline({ lang, feedback: true });
      expect(el.getAttribute('dir') ?? getComputedStyle(el).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expectNoAxeViolations(el, `${lang} confirmation with payment due and feedback`);
      $<HTMLElement>(el, '#view-heading')!.focus();
      await tabToText(el, w['payment.pay']);
      expect(focused(el)?.tagName).to.equal('A');
      expect(focused(el)?.getAttribute('href')).to.equal(href);
      // Nothing opened by itself: the page is still the assistant's.
      expect(location.href).to.equal(start);

      let page = await comeBack(el, await press(await openPayPage(href), 'fail'), lang);
      await expectNoAxeViolations(page, `${lang} payment failed`);
      $<HTMLElement>(page, '#view-heading')!.focus();
      await tabToText(page, w['payment.retry']);
      await sendKeys({ press: 'Tab' });
      expect(focused(page)?.id, 'then the satisfaction question').to.equal('feedback-rating-1');

      const retry = $<HTMLAnchorElement>(page, '.pay-link')!.href;
      page = await comeBack(page, await press(await openPayPage(retry), 'cancel'), lang);
      await expectNoAxeViolations(page, `${lang} payment cancelled`);

      page = await comeBack(page, await press(await openPayPage($<HTMLAnchorElement>(page, '.pay-link')!.href), 'pay'), lang);
      expect(text($(page, '.payment-state'))).to.include(w['payment.paid'].split('{{reference}}')[0]!.trim());
      await expectNoAxeViolations(page, `${lang} paid`);
      $<HTMLElement>(page, '#view-heading')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(page)?.id, 'paid: no link, straight to the question').to.equal('feedback-rating-1');
      page.remove();
    });
});
