/**
 * The project's axe helper (axe.ts) for a page in a frame of the test page (a built story, the demo's
 * playground): axe checks contrast, focus and sizes against its own document, so it runs in the frame's window —
 * the very axe file the helper loaded on the test page, loaded into the frame.
 */
import { expectNoAxeViolations } from './axe.js';

type AxeWindow = Window & { axe?: Window['axe'] };

/** Loads the test page's axe into `frame` (once). */
export async function loadAxeInto(frame: AxeWindow): Promise<void> {
  if (frame.axe) return;
  const axeFile = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .find((name) => new URL(name).pathname.endsWith('/axe.min.js'));
  if (!axeFile) throw new Error('the axe helper has not loaded axe on this page');
  const script = frame.document.createElement('script');
  script.src = axeFile;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
  });
  frame.document.head.append(script);
  await loaded;
}

/** Runs the project's axe helper on an element of a frame, with the frame's axe. */
export async function expectNoAxeViolationsInFrame(el: Element, state: string): Promise<void> {
  const frame: AxeWindow | null = el.ownerDocument.defaultView;
  if (!frame) throw new Error(`${state}: the element is in no window`);
  await loadAxeInto(frame);
  const own = window.axe;
  // The helper runs `window.axe`; for the time of this check that is the frame's copy.
  window.axe = frame.axe ?? own;
  try {
    await expectNoAxeViolations(el, state);
  } finally {
    window.axe = own;
  }
}
