/**
 * Scrolls the page so that a host page's sticky or fixed header does not cover `target` (WCAG 2.4.11
 * Focus Not Obscured). The assistant cannot know the host's header, so it looks: whatever the browser
 * shows on top of the target's first line that is not the assistant itself is covering it.
 */
export function uncover(target: Element, host: Element): void {
  const rect = target.getBoundingClientRect();
  const x = Math.min(rect.left + 8, rect.right - 1);
  const cover = host.ownerDocument.elementFromPoint(x, Math.max(rect.top + 1, 0));
  if (!cover || cover === host || host.contains(cover)) return;
  // The covering box is the sticky or fixed ancestor (a header), not the link or logo inside it.
  let box: Element | null = cover;
  while (box && !['fixed', 'sticky'].includes(getComputedStyle(box).position)) box = box.parentElement;
  const bottom = (box ?? cover).getBoundingClientRect().bottom;
  if (bottom > rect.top) window.scrollBy({ top: rect.top - bottom - 8, behavior: 'instant' });
}
