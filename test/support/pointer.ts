/**
 * A person's click with a real pointer: the pointer moves onto the element, goes down, stays about 90 ms and
 * comes up (`sendMouse`, so the browser runs its own focus and click handling, unlike `element.click()`).
 */
import { sendMouse } from '@web/test-runner-commands';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';

export async function pointerClick(el: AntragAssistant, target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  await el.updateComplete;
  const box = target.getBoundingClientRect();
  const position: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
  await sendMouse({ type: 'move', position });
  await sendMouse({ type: 'down' });
  await new Promise((resolve) => setTimeout(resolve, 90));
  await sendMouse({ type: 'up' });
  await el.updateComplete;
  await el.updateComplete;
}
