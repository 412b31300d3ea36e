import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { isAllowedHref, renderRichText } from '../../src/elements/render-rich-text.js';

describe('renderRichText', () => {
  it('renders paragraphs, lists, bold and allowed links as elements, and everything else as text', () => {
    // Rendered straight into a detached element: open-wc's fixture() waits for an animation frame, which a
    // background tab in a concurrent run may never get.
    const el = document.createElement('div');
    render(
      renderRichText(
        'Erster **wichtiger** Absatz.\n\n- eins\n- [zwei](https://example.org)\n\n<img src=x onerror=alert(1)> [böse](javascript:alert(1))',
        '(öffnet in neuem Tab)',
      ),
      el,
    );
    expect(el.querySelectorAll('p')).to.have.length(2);
    expect(el.querySelector('strong')!.textContent).to.equal('wichtiger');
    // A link to another site opens a new tab, and says so (WCAG G201).
    expect([...el.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['eins', 'zwei (öffnet in neuem Tab)']);
    const link = el.querySelector('a')!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('href')).to.equal('https://example.org');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(el.querySelectorAll('a')).to.have.length(1);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.contain('<img src=x onerror=alert(1)> [böse](javascript:alert(1))');
  });

  it('allows https, mailto, tel and relative links only', () => {
    for (const href of [
      'https://musterstadt.example/satzung',
      'mailto:steueramt@musterstadt.example',
      'tel:+4912345678',
      '/datenschutz',
      'hilfe.html#gebuehren',
    ]) {
      expect(isAllowedHref(href), href).to.equal(true);
    }
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'http://unsicher.example',
      '//evil.example',
      'vbscript:x',
    ]) {
      expect(isAllowedHref(href), href).to.equal(false);
    }
  });
});
