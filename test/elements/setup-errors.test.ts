/**
 * Issue 11, "When the setup is wrong, do not blame the citizen": a missing `endpoint`, an intake on another
 * origin that refuses CORS, a 4xx that will never succeed, and a definition that cannot be loaded or is broken.
 * The citizen gets short words, the authority's contact and every answer kept; the console gets the details.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { loadForm, renderAssistant, validAnswers } from '../support/fixtures.js';
import { faultScope } from '../support/intake-faults.js';
import { $, answerStep, next, text, until } from '../support/user.js';

const FORM = 'verbrennung-pflanzlicher-abfaelle';
const answers = validAnswers[FORM]![0]!;
const contact = { phone: '+49 5555 1234-0', email: 'ordnungsamt@beispielhausen.example', url: 'https://beispielhausen.example/kontakt' };

/** The burning form with the authority's contact. */
async function withContact(): Promise<Record<string, unknown>> {
  return { ...((await loadForm(FORM)) as Record<string, unknown>), contact };
}

/** Runs `run` while console.error is recorded (as text) instead of printed. */
async function consoleErrors<T>(run: (errors: string[]) => Promise<T>): Promise<T> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) =>
    errors.push(args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' '));
  try {
    return await run(errors);
  } finally {
    console.error = original;
  }
}

/** An assistant on the review page of the burning form (with contact), sending to `endpoint`. */
async function onReview(endpoint: string, setup: (el: AntragAssistant) => void = () => {}): Promise<AntragAssistant> {
  const el = await renderAssistant(await withContact(), { endpoint });
  setup(el);
  await answerStep(el, answers);
  await next(el);
  return el;
}

/** What a citizen must see after a failure that sending again will not mend. */
function expectPermanentFailure(el: AntragAssistant): void {
  const panel = text($(el, '#submit-failed'));
  expect(panel).to.contain('Der Online-Dienst kann Ihre Angaben gerade nicht annehmen');
  expect(panel).to.contain('Das liegt nicht an Ihnen');
  expect(panel, 'not the citizen’s connection').to.not.contain('Internetverbindung');
  expect($(el, 'button[type="submit"]'), 'no "Erneut senden" that can only fail again').to.equal(null);
  // Left to right even in Arabic, where "+49 5555 1234-0" would otherwise read "0-1234 5555 49+".
  expect($(el, '#submit-failed a[href="tel:+49555512340"]')?.getAttribute('dir')).to.equal('ltr');
  expect($(el, '#submit-failed a[href^="mailto:ordnungsamt@"]')).to.exist;
  expect(text($(el, '.summary-list')), 'every answer still there').to.contain('Erika Mustermann');
  const draft = sessionStorage.getItem(`antrag.draft.v1.${FORM}`) ?? '';
  expect(draft, 'the draft keeps the answers and the pending submission').to.contain('Erika Mustermann').and.contain('"pending"');
}

describe('setup errors: the citizen is not blamed, the developer is told', () => {
  it('without endpoint: the console says so at load, the form says it cannot be sent now (with the contact), and can still be filled in', async () => {
    await consoleErrors(async (errors) => {
      const el = await fixture<AntragAssistant>(html`<antrag-assistant .definition=${await withContact()} lang="de"></antrag-assistant>`);
      await el.updateComplete;
      await until(() => errors.length > 0, 'the console error at load');
      expect(errors.join('\n')).to.contain('no "endpoint" attribute');
      const notice = $(el, '[aria-labelledby="setup-title"]');
      expect(text(notice)).to.contain('Dieses Formular kann gerade nicht gesendet werden');
      expect(text(notice)).to.contain('Sie können es trotzdem ausfüllen');
      expect(notice?.querySelector('a[href="tel:+49555512340"]')).to.exist;
      await expectNoAxeViolations(el, 'the notice without endpoint');

      // The citizen fills it in: answers are kept in the draft and shown on the review page.
      await answerStep(el, answers);
      await next(el);
      expect(text($(el, '#view-heading'))).to.equal('Bitte prüfen Sie Ihre Angaben');
      await next(el);
      await until(() => $(el, '#submit-failed') !== null, 'the failure notice');
      expectPermanentFailure(el);
    });
  });

  for (const status of [400, 404, 410, 422]) {
    it(`a ${status} that sending again will not mend: "cannot take it right now", no retry, answers and draft kept, contact shown, status and body in the console`, async () => {
      await consoleErrors(async (errors) => {
        const intake = faultScope();
        await intake.inject([{ times: null, status }]);
        const el = await onReview(intake.endpoint);
        await next(el);
        await until(() => $(el, '#submit-failed') !== null, 'the failure notice');
        expect(text($(el, '#submit-failed'))).to.contain(`(Fehler ${status})`);
        expectPermanentFailure(el);
        const logged = errors.join('\n');
        expect(logged).to.contain(`answered ${status}`);
        expect(logged, 'the start of the answer’s body').to.contain('Injected fault (test).');
        // Coming back online does not resend what the intake refused.
        window.dispatchEvent(new Event('online'));
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect((await intake.requests()).map((r) => r.outcome)).to.deep.equal([status]);
      });
    });
  }

  it('a 409 (an earlier attempt with the same key still in progress) is tried again like a 503, and goes through', async () => {
    const intake = faultScope();
    await intake.inject([{ times: 1, status: 409 }]);
    const el = await onReview(intake.endpoint);
    await next(el);
    await until(() => $(el, '.reference') !== null, 'the confirmation', 15000);
    expect($(el, '#submit-failed')).to.equal(null);
    expect((await intake.requests()).map((r) => r.outcome)).to.deep.equal([409, 201]);
  });

  it('an intake on another origin that refuses CORS: "cannot take it right now", no retry, and the console names the origin to allow', async () => {
    await consoleErrors(async (errors) => {
      const { url } = (await executeServerCommand('antrag-cross-origin')) as { url: string };
      const el = await onReview(url);
      await next(el);
      await until(() => $(el, '#submit-failed') !== null, 'the failure notice', 15000);
      expectPermanentFailure(el);
      await expectNoAxeViolations(el, 'a permanent failure with the contact');
      const logged = errors.join('\n');
      expect(logged).to.contain('CorsRefusedError');
      expect(logged).to.contain(`Access-Control-Allow-Origin: ${location.origin}`);
      const { requests } = (await executeServerCommand('antrag-cross-origin')) as { requests: Array<{ method: string }> };
      expect(
        requests.map((r) => r.method),
        'the preflight was refused, so the POST never left',
      ).to.not.include('POST');
    });
  });

  it('offline, the same cross-origin failure is a connection problem: "check your internet connection" and "Erneut senden"', async () => {
    const { url } = (await executeServerCommand('antrag-cross-origin')) as { url: string };
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await consoleErrors(async () => {
        const el = await onReview(url, (e) => (e.maxAttempts = 2));
        await next(el);
        await until(() => $(el, '#submit-failed') !== null, 'the failure notice', 15000);
        expect(text($(el, '#submit-failed'))).to.contain('Bitte prüfen Sie Ihre Internetverbindung');
        expect(text($(el, 'button[type="submit"]'))).to.equal('Erneut senden');
      });
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('a definition that cannot be loaded: a short message in the page’s language, the details folded and in the console', async () => {
    for (const [lang, title] of [
      ['de', 'Dieses Formular kann gerade nicht angezeigt werden'],
      ['en', 'This form cannot be shown right now'],
      ['ar', 'لا يمكن عرض هذا النموذج حاليًا'],
    ] as const) {
      await consoleErrors(async (errors) => {
        const el = await fixture<AntragAssistant>(
          html`<antrag-assistant src="/demo/forms/gibt-es-nicht.json" lang=${lang}></antrag-assistant>`,
        );
        await until(() => $(el, '[part="definition-error"]') !== null, 'the broken notice');
        expect(text($(el, '[part="definition-error"] h3'))).to.equal(title);
        const details = $<HTMLDetailsElement>(el, '[part="definition-error"] details')!;
        expect(details.open, 'developer details folded').to.equal(false);
        expect(text(details.querySelector('ul')))
          .to.contain('gibt-es-nicht.json')
          .and.contain('404');
        expect(errors.join('\n')).to.contain('DefinitionError').and.contain('404');
      });
    }
  });

  it('a broken definition: the authority’s contact when it is valid by itself, every problem with its JSON pointer, folded', async () => {
    const definition = structuredClone(await withContact()) as { steps: Array<{ fields: Array<{ type: string }> }> };
    definition.steps[0]!.fields[0]!.type = 'slider';
    await consoleErrors(async (errors) => {
      const el = await fixture<AntragAssistant>(
        html`<antrag-assistant .definition=${definition} lang="de" endpoint="/api/submissions"></antrag-assistant>`,
      );
      await el.updateComplete;
      const panel = $(el, '[part="definition-error"]')!;
      expect(text(panel.querySelector('.contact')))
        .to.contain('Gemeinde Beispielhausen, Ordnungsamt')
        .and.contain('+49 5555 1234-0');
      expect(panel.querySelector('details')!.open).to.equal(false);
      expect(text(panel.querySelector('.developer-issues'))).to.contain('/steps/0/fields/0/type');
      expect(errors.join('\n')).to.contain('/steps/0/fields/0/type');
      await expectNoAxeViolations(el, 'a broken definition with the contact');
    });
  });
});
