/**
 * A person's click with a real pointer: the pointer moves onto the element, goes down, stays about 90 ms and
 * comes up (`sendMouse`, so the browser runs its own focus and click handling, unlike `element.click()`).
 * The one place tests press a pointer; each caller decides first where the page is scrolled.
 */
import { sendMouse } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';

/** Down on the middle of `target` as it is on screen now, about 90 ms, up; `frame` is the iframe `target` is in. */
export async function press(target: Element, frame?: HTMLIFrameElement): Promise<void> {
  const outer = frame?.getBoundingClientRect() ?? { left: 0, top: 0 };
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(outer.left + box.left + box.width / 2), Math.round(outer.top + box.top + box.height / 2)] });
  await sendMouse({ type: 'down' });
  await new Promise((resolve) => setTimeout(resolve, 90));
  await sendMouse({ type: 'up' });
}

/** Scrolls `target` into the middle of the screen, presses it, and waits for the assistant's renders. */
export async function pointerClick(el: AntragAssistant, target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  await el.updateComplete;
  await press(target);
  await el.updateComplete;
  await el.updateComplete;
}
