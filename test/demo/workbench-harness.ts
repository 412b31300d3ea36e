/**
 * The demo page as a tester meets it, for the workbench tests: the real demo server (mounted under /demo-app/
 * by test/support/plugins/demo-server.mjs) in a frame of a chosen width, a person's pointer and keyboard on it,
 * and what the page shows: the assistant in the preview frame, the accessibility panel, the inbox.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { until } from '../support/user.js';

export interface DemoPage {
  frame: HTMLIFrameElement;
  doc: Document;
  /** An element of the demo page by id. */
  get<T extends HTMLElement = HTMLElement>(id: string): T;
  /** The assistant in the preview frame, once it is there. */
  assistant(): AntragAssistant | null;
  previewFrame(): HTMLIFrameElement;
  remove(): void;
}

/** Opens a page of the demo (`/`, `/?form=…`, `/inbox`) in a frame `width` px wide, and waits until it loaded. */
export async function openDemo(path: string, width: number, height = 900): Promise<DemoPage> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.style.border = '0';
  frame.style.display = 'block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo-app${path}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const previewFrame = () => doc.getElementById('preview-frame') as HTMLIFrameElement;
  return {
    frame,
    doc,
    get: <T extends HTMLElement>(id: string) => {
      const found = doc.getElementById(id);
      if (!found) throw new Error(`no #${id} on the demo page`);
      return found as T;
    },
    assistant: () => (previewFrame()?.contentDocument?.querySelector('antrag-assistant') as AntragAssistant | null) ?? null,
    previewFrame,
    remove: () => frame.remove(),
  };
}

/** Where `element` is on the test page's viewport, through the frames it sits in. */
function boxOnPage(element: Element): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  let x = box.left + box.width / 2;
  let y = box.top + box.height / 2;
  let view: Window | null = element.ownerDocument.defaultView;
  while (view && view !== window) {
    const host = view.frameElement;
    if (!host) break;
    const outer = host.getBoundingClientRect();
    x += outer.left + host.clientLeft;
    y += outer.top + host.clientTop;
    view = view.parent;
  }
  return { x: Math.round(x), y: Math.round(y) };
}

/** A person's click: pointer down on the middle of `element`, about 90 ms, up (scrolled into view first). */
export async function press(element: HTMLElement): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const { x, y } = boxOnPage(element);
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down' });
  await new Promise((resolve) => setTimeout(resolve, 90));
  await sendMouse({ type: 'up' });
}

/** Chooses an option of a closed select with the arrow keys, as a keyboard user does (each step is a change). */
export async function chooseWithKeys(select: HTMLSelectElement, value: string): Promise<void> {
  select.focus();
  const target = [...select.options].findIndex((option) => option.value === value);
  if (target < 0) throw new Error(`no option "${value}" in #${select.id}`);
  for (let i = 0; i < 20 && select.selectedIndex !== target; i++)
    await sendKeys({ press: select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
}

/** Waits until the preview's assistant is in the given state. */
export async function untilStatus(
  demo: DemoPage,
  holds: (status: NonNullable<AntragAssistant['status']>) => boolean,
  what: string,
  timeout = 15000,
) {
  await until(
    () => {
      const status = demo.assistant()?.status;
      return status !== undefined && holds(status);
    },
    what,
    timeout,
  );
  return demo.assistant()!;
}

/** The number of runs the accessibility panel finished. */
export const panelRuns = (demo: DemoPage) => Number(demo.get('a11y').dataset.runs ?? 0);

/**
 * Waits until the accessibility panel is quiet: no run going and none finished for 400 ms. axe refuses a
 * second run in a window while one goes, so a test's own axe over the page (which runs the preview's copy
 * in the preview frame) must not overlap a panel run; under load one could, and timed out.
 */
export async function untilPanelQuiet(demo: DemoPage): Promise<void> {
  const panel = demo.get('a11y');
  for (let i = 0; i < 30; i++) {
    const runs = panelRuns(demo);
    await new Promise((resolve) => setTimeout(resolve, 400));
    if (!panel.hasAttribute('aria-busy') && panelRuns(demo) === runs) return;
  }
  throw new Error('the accessibility panel did not come to rest in 12 s');
}
