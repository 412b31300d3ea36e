import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './support/user.js';

/** A page with the built script-tag file and one assistant; `css` is the host page's own stylesheet. */
async function page(css: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset-block-start: 0; inset-inline-start: 0; inline-size: 700px; block-size: 900px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Host</title>${css}
    <script src="/dist/antrag.embed.js"></script></head><body><div id="host-text">Text der Seite</div>
    <antrag-assistant src="/demo/forms/maengelmelder.json" theme="musterstadt"></antrag-assistant></body></html>`;
  document.body.append(frame);
  await until(
    () => frame.contentDocument?.querySelector('antrag-assistant')?.shadowRoot?.querySelector('#view-heading') != null,
    'the assistant',
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
  return frame;
}

/** The assistant's pixels: a screenshot of its box (CSS pixels) decoded into RGBA. */
async function pixels(frame: HTMLIFrameElement): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const box = frame.contentDocument!.querySelector('antrag-assistant')!.getBoundingClientRect();
  const clip = { x: box.left, y: box.top, width: Math.min(box.width, 600), height: Math.min(box.height, 800) };
  const png = (await executeServerCommand('antrag-screenshot', { clip })) as string;
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return { data: context.getImageData(0, 0, bitmap.width, bitmap.height).data, width: bitmap.width, height: bitmap.height };
}

describe('isolation from the host page', () => {
  it('looks the same inside a page with hostile global CSS (all: revert, resets, !important colours, 62.5 % root)', async () => {
    const plain = await page('');
    const before = await pixels(plain);
    plain.remove();
    const hostile = await page('<link rel="stylesheet" href="/test/fixtures/hostile.css">');
    try {
      const after = await pixels(hostile);
      expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
      let differing = 0;
      for (let i = 0; i < before.data.length; i += 4) {
        const delta =
          Math.abs(before.data[i]! - after.data[i]!) +
          Math.abs(before.data[i + 1]! - after.data[i + 1]!) +
          Math.abs(before.data[i + 2]! - after.data[i + 2]!);
        if (delta > 48) differing++;
      }
      // Within a small tolerance: anti-aliasing may differ, a visible change may not.
      expect(differing / (before.width * before.height), `${differing} pixels differ`).to.be.below(0.005);
    } finally {
      hostile.remove();
    }
  });

  it("leaves the host page's own styles alone", async () => {
    const frame = await page('<link rel="stylesheet" href="/test/fixtures/hostile.css">');
    try {
      const document = frame.contentDocument!;
      const text = getComputedStyle(document.getElementById('host-text')!);
      expect([text.color, text.margin]).to.deep.equal(['rgb(18, 52, 86)', '7px']);
      expect(document.styleSheets.length, 'no stylesheet added to the page').to.equal(1);
      expect(document.adoptedStyleSheets.length).to.equal(0);
      expect(document.head.querySelectorAll('style').length).to.equal(0);
    } finally {
      frame.remove();
    }
  });
});
