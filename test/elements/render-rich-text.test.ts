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

  it('refuses targets the browser would turn into a script: control, invisible and space characters, backslashes, other origins', () => {
    const controls = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code));
    const sneaky = [...controls, '\u007f', '\u00ad', '\u200b', '\u200e', '\u2028', '\ufeff', ' '];
    for (const char of sneaky) {
      const name = `U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
      expect(isAllowedHref(`${char}javascript:alert(1)`), `${name} before javascript:`).to.equal(false);
      expect(isAllowedHref(`java${char}script:alert(1)`), `${name} inside javascript:`).to.equal(false);
    }
    for (const href of ['/\\evil.example', '\\\\evil.example/x', 'https://ok.example/a b', '///evil.example']) {
      expect(isAllowedHref(href), href).to.equal(false);
    }
    // What a relative link means depends on the page: only targets on its own origin pass.
    expect(isAllowedHref('hilfe.html', 'https://musterstadt.example/formulare/')).to.equal(true);
    expect(isAllowedHref('//evil.example/x', 'https://musterstadt.example/')).to.equal(false);
    // The rendered text: no link for a target with a control character, the text stays visible.
    const el = document.createElement('div');
    render(renderRichText('[Hilfe](\u0001javascript:alert(document.domain))'), el);
    expect(el.querySelector('a'), 'a link with a control character').to.equal(null);
    expect(el.textContent).to.contain('[Hilfe]');
  });
});
