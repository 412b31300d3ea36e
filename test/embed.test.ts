import { expect } from '@open-wc/testing';
import { until } from './support/harness.js';

/**
 * The README's promise: a blank HTML page with one <script> tag and the element works. The page runs in
 * an iframe with the built dist/antrag.embed.js, nothing else from this repo.
 */
describe('dist/antrag.embed.js', () => {
  it('renders a demo form from a plain HTML page with one script tag', async () => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '800px';
    frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Embed</title>
      <script src="/dist/antrag.embed.js"></script></head>
      <body><antrag-assistant src="/demo/forms/hundesteuer-anmeldung.json" endpoint="/api/submissions" theme="musterstadt"></antrag-assistant></body></html>`;
    document.body.append(frame);
    try {
      await until(
        () => frame.contentDocument?.querySelector('antrag-assistant')?.shadowRoot?.querySelector('#view-heading') != null,
        'the embedded assistant',
      );
      const shadow = frame.contentDocument!.querySelector('antrag-assistant')!.shadowRoot!;
      expect(shadow.querySelector('#view-heading')!.textContent).to.equal('Halterin oder Halter');
      expect(frame.contentWindow!.customElements.get('antrag-assistant')).to.exist;
    } finally {
      frame.remove();
    }
  });

  it('has no dynamic imports and no eval, so one file and a strict CSP suffice', async () => {
    const source = await (await fetch('/dist/antrag.embed.js')).text();
    expect(source).not.to.match(/\bimport\s*\(/);
    expect(source).not.to.match(/new Function\s*\(|\beval\s*\(/);
  });
});
