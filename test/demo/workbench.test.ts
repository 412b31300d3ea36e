/**
 * The demo page as accessibility testers and form authors use it (issue 15): the toolbar's pickers, the state
 * picker, the live axe panel, forms listed from demo/forms/, and the inbox — against the real demo server.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../support/axe.js';
import { loadForm } from '../support/fixtures.js';
import { until } from '../support/user.js';
import { chooseWithKeys, openDemo, panelRuns, press, untilPanelQuiet, untilStatus, type DemoPage } from './workbench-harness.js';

/** Loads the demo's own copy of axe into a demo page (the strict CSP allows its scripts only). */
async function injectAxe(demo: DemoPage): Promise<void> {
  const script = demo.doc.createElement('script');
  script.src = 'vendor/axe-core/axe.min.js';
  const ready = new Promise((resolve) => script.addEventListener('load', resolve));
  demo.doc.head.append(script);
  await ready;
}

const heading = (demo: DemoPage) => demo.assistant()?.shadowRoot?.querySelector('h2')?.textContent?.trim();
const primary = (demo: DemoPage) => getComputedStyle(demo.assistant()!).getPropertyValue('--antrag-color-primary').trim();

describe('demo workbench', function () {
  this.timeout(90000);
  let demo: DemoPage | undefined;
  before(() => setViewport({ width: 1400, height: 1000 }));
  afterEach(() => demo?.remove());

  it('changes the assistant with each picker: form, theme (also one of its own), language and preview width', async () => {
    demo = await openDemo('/?form=hundesteuer-anmeldung&theme=musterstadt&lang=de&width=375', 1280);
    await untilStatus(demo, (s) => s.page === 'step', 'the first step');
    expect(heading(demo)).to.equal('Hund zur Hundesteuer anmelden');

    await chooseWithKeys(demo.get('pick-lang'), 'en');
    await until(() => heading(demo!) === 'Register a dog for dog tax', 'the English title');
    expect(demo.assistant()!.getAttribute('lang')).to.equal('en');

    const musterstadt = primary(demo);
    await chooseWithKeys(demo.get('pick-theme'), 'kontrast');
    await until(() => primary(demo!) !== musterstadt, 'the contrast theme');
    expect(demo.assistant()!.theme).to.equal('kontrast');

    // "Eigenes Theme": a token JSON chosen in the file input is given to the assistant as its theme.
    await chooseWithKeys(demo.get('pick-theme'), 'eigenes');
    const input = demo.get<HTMLInputElement>('pick-theme-file');
    expect(input.closest('[hidden]'), 'the file input shows').to.equal(null);
    const tokens = { color: { primary: { $type: 'color', $value: '#5a1f6e' } } };
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(tokens)], 'lila.tokens.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => typeof demo!.assistant()!.theme === 'object', 'the own theme');
    await until(() => primary(demo!).toLowerCase() === '#5a1f6e', 'the own primary colour');

    const frame = demo.previewFrame();
    expect(frame.clientWidth).to.equal(375);
    await chooseWithKeys(demo.get('pick-width'), '1280');
    await until(() => frame.clientWidth === 1280, 'a 1280 px preview');
    expect(frame.contentDocument!.documentElement.clientWidth, 'the assistant reflows in a viewport of that width').to.be.closeTo(1280, 20);

    await chooseWithKeys(demo.get('pick-form'), 'sperrmuell-abholung');
    await until(() => heading(demo!) === 'Request a bulky waste collection', 'the other form, still in English');
    expect(demo.doc.defaultView!.location.search).to.contain('form=sperrmuell-abholung');
  });

  it('offers Einfache Sprache where the definition has it, and every language of the form', async () => {
    demo = await openDemo('/?form=maengelmelder', 1280);
    await untilStatus(demo, (s) => s.page === 'step', 'the first step');
    const codes = [...demo.get<HTMLSelectElement>('pick-lang').options].map((o) => o.value);
    expect(codes).to.deep.equal(['de', 'en', 'tr', 'uk', 'ar', 'de-x-einfach']);
    await chooseWithKeys(demo.get('pick-lang'), 'de-x-einfach');
    await until(() => heading(demo!) === 'Einen Schaden in der Stadt melden', 'the title in Einfache Sprache');
  });

  it('reaches all six states with the state picker, with example answers', async () => {
    demo = await openDemo('/?form=sperrmuell-abholung&state=first', 1280);
    const first = await untilStatus(demo, (s) => s.page === 'step' && s.errors === 0, 'the first step');
    expect(first.status!.step).to.equal('abholung');
    const picker = demo.get<HTMLSelectElement>('pick-state');
    const expected: Array<[string, (s: NonNullable<typeof first.status>) => boolean]> = [
      ['errors', (s) => s.page === 'step' && s.step === 'abholung' && s.errors >= 3],
      ['review', (s) => s.page === 'review' && s.errors === 0],
      ['sending', (s) => s.page === 'review' && s.submission === 'sending'],
      ['failed', (s) => s.page === 'review' && s.submission === 'failed'],
      ['confirmation', (s) => s.page === 'confirmation' && s.submission === 'sent' && /^SPM-/u.test(s.reference ?? '')],
    ];
    for (const [state, holds] of expected) {
      await chooseWithKeys(picker, state);
      await untilStatus(demo, holds, `the state "${state}"`);
      expect(demo.doc.defaultView!.location.search).to.contain(`state=${state}`);
    }
    // The picker keeps the keyboard: setting a state does not pull focus into the preview.
    expect(demo.doc.activeElement).to.equal(picker);
    await chooseWithKeys(picker, 'first');
    await untilStatus(demo, (s) => s.page === 'step' && s.errors === 0 && s.step === 'abholung', 'the first step again');
  });

  it('runs axe again after a state change and lists a violation put into the preview within a second', async () => {
    demo = await openDemo('/?form=sperrmuell-abholung&state=first', 1280);
    await untilStatus(demo, (s) => s.page === 'step', 'the first step');
    await until(() => panelRuns(demo!) > 0, 'the first axe run');
    const panel = demo.get('a11y');
    expect(panel.tagName).to.equal('SECTION');
    expect(demo.doc.getElementById(panel.getAttribute('aria-labelledby')!)!.textContent).to.equal('Barrierefreiheit (axe-core)');
    expect(panel.querySelector('a[href="docs/accessibility.md"]')).to.exist;

    const before = panelRuns(demo);
    await chooseWithKeys(demo.get('pick-state'), 'errors');
    await untilStatus(demo, (s) => s.errors > 0, 'the error summary');
    await until(() => panelRuns(demo!) > before, 'a run after the state change');
    const summary = panel.querySelector('[data-a11y="summary"]')!;
    expect(summary.textContent).to.match(/^0 Verstöße, \d+ unvollständig geprüft/u);

    // Once the panel is quiet (the state's own changes checked), a tester (here: the test) puts a violation into
    // the preview: an image without a text alternative.
    await untilPanelQuiet(demo);
    const preview = demo.previewFrame().contentDocument!;
    const image = preview.createElement('img');
    image.src = 'favicon.svg';
    image.width = 40;
    // The moment the panel lists it, taken by an observer (polling would add its own delay on a busy machine).
    let listed = Infinity;
    const watcher = new MutationObserver(() => {
      if (listed === Infinity && panel.querySelector('[data-rule="image-alt"]')) listed = performance.now();
    });
    watcher.observe(panel, { subtree: true, childList: true });
    const put = performance.now();
    preview.getElementById('preview')!.prepend(image);
    await until(() => listed < Infinity, 'image-alt in the panel', 3000);
    watcher.disconnect();
    expect(listed - put, 'ms until the panel listed it').to.be.below(1000);
    const entry = panel.querySelector<HTMLElement>('[data-rule="image-alt"]')!;
    expect(entry.textContent).to.contain('WCAG 1.1.1').and.to.contain('Auswirkung: kritisch');
    expect(summary.textContent).to.match(/^1 Verstoß,/u);
    // Said politely, once the run settled.
    const status = panel.querySelector('[role="status"]')!;
    expect(status.textContent).to.match(/^1 Verstoß, \d+ unvollständig geprüft$/u);

    await press(entry.querySelector('button')!);
    expect(image.style.outline, 'the element is outlined in the preview').to.contain('solid');
  });

  it('lists every definition in demo/forms/, also one copied there now, and says when ?form= names none', async () => {
    const definition = (await loadForm('sperrmuell-abholung')) as Record<string, unknown>;
    const id = `zz-test-kopie-${Date.now()}`;
    await executeServerCommand('antrag-demo-server', {
      action: 'add-form',
      id,
      definition: { ...definition, title: { de: 'Kopierte Sperrmüll-Anmeldung', en: 'Copied' } },
    });
    try {
      demo = await openDemo(`/?form=${id}`, 1280);
      await untilStatus(demo, (s) => s.page === 'step', 'the copied form');
      const options = [...demo.get<HTMLSelectElement>('pick-form').options].map((o) => o.value);
      expect(options).to.include.members(['hundesteuer-anmeldung', 'maengelmelder', 'parkausweis-behinderung', 'sperrmuell-abholung', id]);
      expect(demo.get<HTMLSelectElement>('pick-form').value).to.equal(id);
      expect(demo.assistant()!.src).to.equal(`forms/${id}.json`);
      demo.remove();

      demo = await openDemo('/?form=gibt-es-nicht', 1280);
      await untilStatus(demo, (s) => s.page === 'step', 'a form after all');
      expect(demo.get('demo-notice').textContent).to.contain('Ein Formular „gibt-es-nicht“ gibt es in dieser Demo nicht');
    } finally {
      await executeServerCommand('antrag-demo-server', { action: 'remove-form', id });
    }
  });

  it('shows in /inbox a submission made in the same test, read with the intake token', async () => {
    demo = await openDemo('/?form=sperrmuell-abholung&state=confirmation', 1280);
    const sent = await untilStatus(demo, (s) => s.page === 'confirmation' && s.reference !== undefined, 'the confirmation');
    const reference = sent.status!.reference!;
    demo.remove();

    demo = await openDemo('/inbox', 1280);
    const form = demo.get('token-form');
    await until(() => !form.hidden, 'the question for the token');
    const token = (await executeServerCommand('antrag-demo-server', { action: 'token' })) as string;
    await press(demo.get('token'));
    await sendKeys({ type: token });
    await press(form.querySelector('button')!);
    await until(() => demo!.doc.querySelector(`[data-reference="${reference}"]`) !== null, 'the submission in the inbox');
    const item = demo.doc.querySelector(`[data-reference="${reference}"]`)!;
    expect(demo.doc.querySelector('.submission')).to.equal(item, 'newest first');
    expect(item.textContent).to.contain('sperrmuell-abholung').and.to.contain(reference).and.to.contain('Idempotenzschlüssel');
    expect(item.textContent, 'answers with their labels').to.contain('Erika Mustermann');
    await injectAxe(demo);
    await expectNoAxeViolations(demo.doc.documentElement, 'the inbox', (demo.doc.defaultView as Window).axe);
  });

  for (const width of [320, 1280]) {
    it(`passes axe and the keyboard check at ${width} px`, async () => {
      demo = await openDemo('/?form=hundesteuer-anmeldung', width);
      await untilStatus(demo, (s) => s.page === 'step', 'the first step');
      await until(() => panelRuns(demo!) > 0, 'the panel');
      // At 320 px the toolbar leaves the form on the first screen.
      if (width === 320) expect(demo.previewFrame().getBoundingClientRect().top).to.be.below(400);
      expect(demo.doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);

      // axe over the whole page, the preview frame included (it runs its own copy of axe, once the panel's is done).
      await untilPanelQuiet(demo);
      await injectAxe(demo);
      const win = demo.doc.defaultView as Window;
      await expectNoAxeViolations(demo.doc.documentElement, `demo page at ${width} px`, win.axe);

      // Keyboard: from the skip link, Tab reaches every control of the toolbar in order, each with a visible focus.
      const skip = demo.doc.querySelector<HTMLAnchorElement>('.skip-link')!;
      skip.focus();
      const seen: string[] = [];
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        const active = demo.doc.activeElement as HTMLElement;
        // Into the preview: the assistant's own keyboard checks are in test/elements/keyboard*.test.ts.
        if (active === demo.previewFrame()) break;
        seen.push(active.id || active.getAttribute('aria-label') || active.textContent!.trim());
        const style = getComputedStyle(active);
        expect(style.outlineStyle !== 'none' || style.boxShadow !== 'none', `${seen.at(-1)} shows focus`).to.equal(true);
      }
      expect(seen).to.deep.equal([
        'Eingang',
        'Definition-Playground',
        'Datenschutz',
        'Impressum',
        'pick-form',
        'pick-theme',
        'pick-lang',
        'pick-width',
        'pick-state',
        'Vorschau-Rahmen',
      ]);
      // The skip link leads to the preview.
      skip.focus();
      await sendKeys({ press: 'Enter' });
      expect(demo.doc.activeElement?.id).to.equal('preview');
    });
  }
});
