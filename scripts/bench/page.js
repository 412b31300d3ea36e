// @ts-check
/**
 * The in-page half of the benchmark (served as /harness.js): starts the form's script, and times each
 * interaction inside the page with performance.now() and event time stamps, the same way for both forms.
 *
 * An interaction is timed as the main thread's work for it: from its event's time stamp (when the browser
 * received the key or click) until the form's handlers and its Lit render ran (a listener on the shadow
 * root, which the event reaches after the form's own listeners and their microtasks), plus the frame that
 * shows the result (from that frame's start to a task posted from its requestAnimationFrame callback, which
 * runs after the frame's style, layout and paint). The idle wait for the display's next frame in between
 * is left out: it is up to 16.7 ms of chance, not work, and would drown a 2 ms keystroke. The plain
 * "event → frame rendered" latency is kept as well (`toFrame`). run.mjs drives real input through the
 * DevTools protocol; the page tells it through the `benchDone` binding when an interaction is over, so
 * that nothing the driver does lands inside a measurement.
 */
const config = JSON.parse(document.getElementById('bench-config')?.textContent ?? '{}');
const definition = JSON.parse(document.getElementById('bench-definition')?.textContent ?? '{}');

/**
 * Times the frame after `handled` (a performance.now() value): when its work started (its vsync, or
 * `handled` if the frame was already due) and when it was done.
 */
function nextFrame(handled) {
  return new Promise((resolve) =>
    requestAnimationFrame((frameTime) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ start: Math.max(handled, frameTime), end: performance.now() });
      channel.port2.postMessage(undefined);
    }),
  );
}

/** The work for one interaction that began at `eventStamp` and whose handlers were done at `handled`. */
async function timed(eventStamp, handled) {
  const frame = await nextFrame(handled);
  const handlers = handled - eventStamp;
  const paint = frame.end - frame.start;
  return { ms: handlers + paint, handlers, frame: paint, toFrame: frame.end - eventStamp };
}

/** Resolves once the next frame has been rendered. */
const afterFrame = () => nextFrame(0);

/** Tells run.mjs that the interaction it waits for is over (or failed, with the reason). */
const done = (error) => /** @type {any} */ (window).benchDone?.(error === undefined ? '' : String(error));

/** Rejects after `ms` with a message that says what never happened, so a broken form fails the run loudly. */
function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${config.impl}: ${what} did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** @type {HTMLElement & Record<string, any>} */
let element;
const root = () => /** @type {ShadowRoot} */ (element.shadowRoot);
const controls = () => root().querySelectorAll('input[id^="f-"], select[id^="f-"], textarea[id^="f-"]');
const control = (fieldId) => /** @type {HTMLInputElement} */ (root().getElementById(`f-${fieldId}`));

/** @typedef {{ ms: number, handlers: number, frame: number, toFrame: number, browser?: number }} Timing */

/** The timed keystrokes of the current typing run. */
const typing = { keys: /** @type {Timing[]} */ ([]), first: 0, stop: new AbortController() };
let leaving = /** @type {Promise<Timing> | undefined} */ (undefined);
let weiter = /** @type {Promise<Timing> | undefined} */ (undefined);

/** The benchmark's in-page API; every method returns plain data for run.mjs. */
const bench = {
  /** Lets the page settle after loading (two frames and a short pause), so no load work is timed. */
  async settle() {
    await afterFrame();
    await afterFrame();
    await new Promise((resolve) => setTimeout(resolve, 50));
  },

  /**
   * Script start → all inputs in the DOM: inserts the form's script, creates the element with the
   * definition as a property once it ran, and watches the shadow root until every question's control is
   * there (a MutationObserver, which runs right after the render that added them). Also reports when the
   * script had run, and the time including the frame that shows the inputs.
   */
  async render() {
    const start = performance.now();
    const script = document.createElement('script');
    script.src = config.script;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error(`${config.script} did not load`));
    });
    document.head.append(script);
    await loaded;
    const ran = performance.now();
    element = /** @type {any} */ (document.createElement(config.tag));
    element.setAttribute('lang', 'de');
    // As embedded: with an intake (nothing is sent in the bench; without one, Antrag shows a setup notice).
    element.setAttribute('endpoint', '/api/submissions');
    const broken = new Promise((_, reject) =>
      element.addEventListener('antrag-definition-error', (event) =>
        reject(new Error(`definition rejected: ${JSON.stringify(/** @type {CustomEvent} */ (event).detail.issues).slice(0, 500)}`)),
      ),
    );
    element.definition = definition;
    document.body.append(element);
    // Lit creates the shadow root when the element is connected and renders in a microtask after that,
    // so observing now sees the render.
    const inDom = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (controls().length < config.n) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(root(), { childList: true, subtree: true });
    });
    const end = await within(
      Promise.race([inDom, broken]),
      60_000,
      `${config.n} inputs in the DOM (have ${element.shadowRoot ? controls().length : 0})`,
    );
    const painted = await timed(start, end);
    return { scriptMs: ran - start, renderMs: end - start, paintedMs: painted.ms, inputs: controls().length };
  },

  /**
   * Prepares typing into one question: focuses it, then times every keystroke from its keydown's time
   * stamp, through the form's input handling, to its frame.
   */
  async armTyping(fieldId) {
    const input = control(fieldId);
    if (!input) throw new Error(`${config.impl}: no control #f-${fieldId}`);
    input.scrollIntoView({ block: 'center' });
    input.focus();
    if (root().activeElement !== input) throw new Error(`${config.impl}: #f-${fieldId} did not take focus`);
    typing.keys = [];
    typing.first = 0;
    typing.stop = new AbortController();
    let keydown = 0;
    let arrived = 0;
    input.addEventListener('keydown', (event) => (keydown = event.timeStamp), { capture: true, signal: typing.stop.signal });
    // The first listener the input event reaches (the window, capturing): what the browser did before any
    // form code could run — its keydown, keypress and text insertion, with the layout that insertion forces.
    window.addEventListener('input', () => (arrived = performance.now()), { capture: true, signal: typing.stop.signal });
    root().addEventListener(
      'input',
      (event) => {
        if (event.target !== input) return;
        const handled = performance.now();
        typing.first ||= keydown;
        void timed(keydown, handled).then((key) => {
          typing.keys.push({ ...key, browser: arrived - keydown });
          done();
        });
      },
      { signal: typing.stop.signal },
    );
    await this.settle();
  },

  /** The typing run: each keystroke's time, the control's value, and the answer the form itself holds. */
  typingResult(fieldId) {
    typing.stop.abort();
    const last = typing.keys.at(-1);
    return {
      keys: typing.keys,
      // From the first keydown to the last keystroke's frame, pauses between keys (the driver's round trips) included.
      wallMs: last ? performance.now() - typing.first : 0,
      value: control(fieldId).value,
    };
  },

  /**
   * The answer as the form's own state holds it (not the input's value, which the browser sets anyway):
   * Antrag's session draft, which it writes from its model when the citizen leaves a field; the Lit form's `values`.
   */
  answerHeld(fieldId) {
    if (config.impl === 'lit') return element.values?.[fieldId];
    const draft = JSON.parse(sessionStorage.getItem(`antrag.draft.v1.${definition.id}`) ?? 'null');
    return draft?.values?.[fieldId];
  },

  /** Leaving the question: from the Tab key's keydown, through the form's focusout handling, to its frame. */
  async armLeave(fieldId) {
    const input = control(fieldId);
    if (root().activeElement !== input) throw new Error(`${config.impl}: #f-${fieldId} lost focus before leaving`);
    let keydown = 0;
    input.addEventListener('keydown', (event) => (keydown = event.timeStamp), { capture: true, once: true });
    leaving = within(
      new Promise((resolve) => {
        const left = (event) => {
          if (event.target !== input) return;
          root().removeEventListener('focusout', left);
          void timed(keydown, performance.now()).then(resolve);
        };
        root().addEventListener('focusout', left);
      }),
      30_000,
      'focusout after Tab',
    );
    leaving.then(() => done(), done);
  },

  leaveResult() {
    return leaving;
  },

  /** The "Weiter" button, scrolled into view beforehand so that the click itself scrolls nothing. */
  async armWeiter() {
    const button = this.submitButton();
    if (!button) throw new Error(`${config.impl}: no button[type=submit]`);
    button.scrollIntoView({ block: 'center' });
    await this.settle();
    let click = 0;
    button.addEventListener('click', (event) => (click = event.timeStamp), { capture: true, once: true });
    // From the click's time stamp, through the form's submit handling, to the frame with the error summary.
    // The summary is normally in the DOM when the submit event reaches the shadow root; should a form
    // render it later, the time it appeared counts instead.
    weiter = within(
      new Promise((resolve) => {
        let submitted = 0;
        const done = () => {
          observer.disconnect();
          root().removeEventListener('submit', onSubmit);
          void timed(click, performance.now()).then(resolve);
        };
        const observer = new MutationObserver(() => {
          if (submitted && root().querySelector('.error-summary')) done();
        });
        const onSubmit = () => {
          submitted = performance.now();
          if (root().querySelector('.error-summary')) done();
          else observer.observe(root(), { childList: true, subtree: true });
        };
        root().addEventListener('submit', onSubmit);
      }),
      30_000,
      'the error summary after "Weiter"',
    );
    weiter.then(() => done(), done);
  },

  submitButton() {
    return root().querySelector('button[type=submit]');
  },

  /** The time, and what the summary shows: how many problems it lists and whether it has focus. */
  async weiterResult() {
    const timing = await weiter;
    const summary = root().querySelector('.error-summary');
    return {
      ...timing,
      problems: summary?.querySelectorAll('a[href^="#f-"]').length ?? 0,
      focused: summary !== null && root().activeElement === summary,
    };
  },
};

Object.assign(window, { bench });
