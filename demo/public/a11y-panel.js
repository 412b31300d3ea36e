// @ts-check
/**
 * The live accessibility panel: axe-core runs in the preview frame over its whole document (the assistant's
 * shadow root included) after every render and state change, with the options the project's tests use
 * (test/support/axe-options.ts: WCAG 2.0–2.2 A/AA, best practice, and `target-size` switched on). It lists
 * violations and incomplete results with rule, WCAG criterion, impact and element; a click outlines and
 * focuses the element. Screen readers hear the counts politely, once a run has settled, never per keystroke.
 */

/** The same tags and rules as test/support/axe-options.ts. */
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { 'target-size': { enabled: true } },
  resultTypes: ['violations', 'incomplete'],
};
/** Quiet time after the last change before axe runs again. */
const SETTLE_MS = 50;
const IMPACT = { critical: 'kritisch', serious: 'ernst', moderate: 'mittel', minor: 'gering' };

/** "wcag143" → "1.4.3"; best-practice rules have no criterion. @param {string[]} tags */
function criteria(tags) {
  const found = tags
    .filter((tag) => /^wcag\d{3,4}$/u.test(tag))
    .map((tag) =>
      tag
        .slice(4)
        .split('')
        .join('.')
        .replace(/^(\d)\.(\d)\.(\d)\.(\d)$/u, '$1.$2.$3$4'),
    );
  return found.length > 0 ? `WCAG ${found.join(', ')}` : 'Best Practice';
}

/**
 * The element a result names, through shadow roots: axe writes a shadow path as a list of selectors.
 * @param {Document} doc @param {unknown[]} target @returns {Element | null}
 */
function elementOf(doc, target) {
  /** @type {Document | ShadowRoot | null | undefined} */
  let scope = doc;
  /** @type {Element | null} */
  let found = null;
  for (const part of target) {
    const path = Array.isArray(part) ? part : [part];
    for (const selector of path) {
      found = scope?.querySelector(String(selector)) ?? null;
      scope = found?.shadowRoot;
    }
  }
  return found;
}

/** @param {string} tag @param {string} [className] @param {string} [text] */
function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Starts the panel in `root` for the document in `frame`; call `watch()` after the frame loaded a new
 * assistant (a new state), and it runs at once and after every later change.
 * @param {HTMLElement} root @param {HTMLIFrameElement} frame
 */
export function createA11yPanel(root, frame) {
  const summary = /** @type {HTMLElement} */ (root.querySelector('[data-a11y="summary"]'));
  const status = /** @type {HTMLElement} */ (root.querySelector('[data-a11y="status"]'));
  const violations = /** @type {HTMLElement} */ (root.querySelector('[data-a11y="violations"]'));
  const incomplete = /** @type {HTMLElement} */ (root.querySelector('[data-a11y="incomplete"]'));
  /** @type {MutationObserver | undefined} */
  let observer;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let running = false;
  let again = false;
  let announced = '';
  let runs = 0;
  /** @type {HTMLElement | undefined} */
  let outlined;

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  };

  async function run() {
    const win = /** @type {any} */ (frame.contentWindow);
    if (!win?.axe) return schedule();
    if (running) return void (again = true);
    running = true;
    root.setAttribute('aria-busy', 'true');
    try {
      // The panel's own outline is no finding; it is taken off while axe looks.
      const marked = outlined;
      marked?.style.removeProperty('outline');
      const started = performance.now();
      const results = await win.axe.run(win.document, AXE_OPTIONS);
      root.dataset.runMs = String(Math.round(performance.now() - started));
      marked?.style.setProperty('outline', '3px solid #d4351c');
      show(results, win.document);
      // How many runs have finished: what a test (or a curious tester) reads to know the panel looked again.
      root.dataset.runs = String(++runs);
    } catch (error) {
      summary.textContent = `axe-core konnte nicht prüfen: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      running = false;
      root.removeAttribute('aria-busy');
      // What changed while axe looked is checked right away: the page has been quiet long enough.
      if (again) {
        again = false;
        void run();
      }
    }
  }

  /** @param {any} results @param {Document} doc */
  function show(results, doc) {
    const count = (/** @type {any[]} */ list) => list.reduce((sum, item) => sum + item.nodes.length, 0);
    const v = count(results.violations);
    const n = count(results.incomplete);
    const text = `${v} ${v === 1 ? 'Verstoß' : 'Verstöße'}, ${n} unvollständig geprüft`;
    summary.textContent = `${text} (axe-core ${results.testEngine?.version ?? ''}, WCAG 2.2 A/AA, Zielgröße 2.5.8).`;
    fill(violations, results.violations, doc, 'Keine Verstöße.');
    fill(incomplete, results.incomplete, doc, 'Nichts unvollständig.');
    // Said once per settled result, and only when it changed: typing does not make the panel talk.
    if (text !== announced) status.textContent = announced = text;
  }

  /** @param {HTMLElement} list @param {any[]} items @param {Document} doc @param {string} none */
  function fill(list, items, doc, none) {
    list.replaceChildren();
    if (items.length === 0) list.append(make('li', 'a11y-none', none));
    for (const item of items)
      for (const node of item.nodes) {
        const entry = make('li', 'a11y-result');
        entry.dataset.rule = item.id;
        const title = make('p', 'a11y-rule');
        title.append(make('strong', '', item.id), ` – ${item.help}`);
        const facts = make(
          'p',
          'a11y-facts',
          `${criteria(item.tags)} · Auswirkung: ${IMPACT[/** @type {keyof typeof IMPACT} */ (item.impact)] ?? 'unbekannt'}`,
        );
        const show = make('button', 'a11y-show');
        show.type = 'button';
        show.append('Element zeigen: ', make('code', '', node.target.flat().join(' › ')));
        show.addEventListener('click', () => reveal(elementOf(doc, node.target)));
        entry.append(title, facts, show);
        list.append(entry);
      }
  }

  /** Outlines the element in the preview, scrolls it into view and focuses it if it can take focus. @param {Element | null} element */
  function reveal(element) {
    outlined?.style.removeProperty('outline');
    if (!(element instanceof /** @type {any} */ ((frame.contentWindow)?.HTMLElement ?? HTMLElement))) return;
    outlined = /** @type {HTMLElement} */ (element);
    outlined.style.setProperty('outline', '3px solid #d4351c');
    outlined.scrollIntoView({ block: 'center' });
    if (outlined.tabIndex >= 0 || outlined.matches('a[href], button, input, select, textarea')) outlined.focus();
  }

  return {
    /** Runs now and after every change in the preview (its document and the assistant's shadow root). */
    watch() {
      observer?.disconnect();
      outlined = undefined;
      const doc = frame.contentDocument;
      if (!doc) return;
      // The outline the panel itself draws is no change to check again.
      observer = new MutationObserver((records) => {
        if (records.some((record) => !(record.attributeName === 'style' && record.target === outlined))) schedule();
      });
      const options = { subtree: true, childList: true, attributes: true, characterData: true };
      observer.observe(doc.body, options);
      const shadow = doc.querySelector('antrag-assistant')?.shadowRoot;
      if (shadow) observer.observe(shadow, options);
      schedule();
    },
    run,
  };
}
