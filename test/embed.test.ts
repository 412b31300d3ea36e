import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { AntragAssistant } from '../src/elements/antrag-assistant.js';
import { validAnswers } from './support/fixtures.js';
import { $, answerStep, next, until } from './support/user.js';
import { recordsOf } from './support/intake-faults.js';
import { press } from './support/pointer.js';

const FORM = 'verbrennung-pflanzlicher-abfaelle';

/** A page in an iframe, from HTML or a URL; resolves once its assistant shows its first step. */
async function openPage(page: { html: string } | { url: string }): Promise<{ frame: HTMLIFrameElement; el: AntragAssistant }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 900px';
  if ('html' in page) frame.srcdoc = page.html;
  else frame.src = page.url;
  document.body.append(frame);
  await until(
    () => frame.contentDocument?.querySelector('antrag-assistant')?.shadowRoot?.querySelector('#view-heading') != null,
    'the assistant',
    10000,
  );
  return { frame, el: frame.contentDocument!.querySelector<AntragAssistant>('antrag-assistant')! };
}

/** Completes the burning form and returns the reference the intake stored. */
async function complete(el: AntragAssistant): Promise<string> {
  await answerStep(el, validAnswers[FORM]![0]!);
  await next(el);
  await next(el);
  await until(() => $(el, '.reference') !== null, 'the confirmation');
  return /VPA-\d{4}-\d{6}/u.exec($(el, '.reference')!.textContent!)![0];
}

/** The README's script tag, pointed at this server's dist/ and given the integrity value from dist/sri.json. */
async function readmeScript(integrity?: string): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const snippet = /## Embed it in a page\s+```html\s+(<script[^>]*><\/script>)/u.exec(readme)![1]!;
  const sri = (await (await fetch('/dist/sri.json')).json()) as Record<string, string>;
  return snippet.replace(/https:\/\/cdn\.example\/antrag\/[^/]+\//u, '/dist/').replace('sha384-…', integrity ?? sri['antrag.embed.js']!);
}

describe('embedding: the script-tag file in plain pages', () => {
  it('a blank page with only the README snippet (with integrity) and one tag completes a form against the intake', async () => {
    const script = await readmeScript();
    expect(script).to.match(/integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous"/u);
    const { frame, el } = await openPage({
      html: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Blank</title>${script}</head>
        <body><antrag-assistant src="/demo/forms/${FORM}.json" endpoint="/api/submissions"></antrag-assistant></body></html>`,
    });
    try {
      const reference = await complete(el);
      const submissionId = (await (await fetch('/api/submissions')).json()).find((s: { reference: string }) => s.reference === reference)
        .submissionId as string;
      expect(await recordsOf(submissionId)).to.have.length(1);
    } finally {
      frame.remove();
    }
  });

  it('a page in windows-1252 whose server sends the file without a charset still reads every word right', async () => {
    // Old CMS pages declare windows-1252, and servers often send .js without a charset: the browser then
    // decodes a classic script with the page's encoding. The file is ASCII (non-ASCII escaped), so "„" stays "„".
    const { frame, el } = await openPage({ url: `/test/legacy/page.html?form=${FORM}` });
    try {
      expect(frame.contentDocument!.characterSet).to.equal('windows-1252');
      await next(el);
      await until(() => $(el, '.error-summary') !== null, 'the error summary');
      const words = el.shadowRoot!.textContent!;
      // The interface's own German words: labels quoted with „…“, "Sie können noch 300 Zeichen eingeben."
      expect(words).to.include('Bitte geben Sie \u201e');
      expect(words).to.include('Sie k\u00f6nnen noch');
      expect(words).not.to.match(/[\u00c2\u00c3]|\u00e2\u20ac/u);
    } finally {
      frame.remove();
    }
  });

  it('a wrong integrity value keeps the file from running (the protection is real)', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><head>${await readmeScript('sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')}</head><body></body></html>`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(frame.contentWindow!.customElements.get('antrag-assistant')).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('completes a form under default-src self, no inline anything, and Trusted Types, with zero violations', async () => {
    const { frame, el } = await openPage({ url: '/test/fixtures/strict-csp.html' });
    try {
      const page = frame.contentWindow as unknown as { enforced: Record<string, boolean>; violations: Array<{ source: string }> };
      expect(page.enforced, 'the policy is in force').to.deep.equal({ eval: true, trustedTypes: true });
      await complete(el);
      const fromAntrag = page.violations.filter((v) => !v.source.endsWith('/csp-probe.js'));
      expect(fromAntrag).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('loaded twice (two classic tags and a module tag) under Trusted Types: no error, no violation, one form', async () => {
    const { frame, el } = await openPage({ url: '/test/fixtures/strict-csp-twice.html' });
    try {
      const page = frame.contentWindow as unknown as { enforced: Record<string, boolean>; violations: Array<{ source: string }>; errors: string[] };
      expect(page.enforced, 'the policy is in force').to.deep.equal({ eval: true, trustedTypes: true });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(page.errors).to.deep.equal([]);
      expect(page.violations.filter((v) => !v.source.endsWith('/csp-probe.js'))).to.deep.equal([]);
      await complete(el);
      expect(page.violations.filter((v) => !v.source.endsWith('/csp-probe.js'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('survives being loaded twice (two script tags and the ESM build): no error, the first wins, one warning', async () => {
    const { frame, el } = await openPage({
      html: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Twice</title>
        <script>window.errors = []; window.warnings = []; addEventListener('error', (e) => errors.push(e.message));
          const warn = console.warn; console.warn = (...a) => { warnings.push(String(a[0])); warn(...a); };</script>
        <script src="/dist/antrag.embed.js"></script>
        <script src="/dist/antrag.embed.js"></script>
        <script type="module" src="/src/define.ts"></script>
        </head><body><antrag-assistant src="/demo/forms/${FORM}.json" endpoint="/api/submissions"></antrag-assistant></body></html>`,
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const page = frame.contentWindow as unknown as { errors: string[]; warnings: string[] };
      expect(page.errors).to.deep.equal([]);
      expect(page.warnings.filter((w) => w.includes('already defined by another copy'))).to.have.length(2);
      await complete(el);
    } finally {
      frame.remove();
    }
  });

  it('has no eval, and one dynamic import: the pinned loader of the definition checker and the locale files (decision 0024)', async () => {
    const source = await (await fetch('/dist/antrag.embed.js')).text();
    expect(source.match(/\bimport\s*\(/gu)).to.have.length(1);
    expect(source).not.to.match(/new Function\s*\(|\beval\s*\(/);
  });
});

/** The requests a framed page made for the definition checker. */
function checkerRequests(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.endsWith('/antrag.checker.js'));
}

/** A blank page with one script tag (`script`) and an assistant given `definition` as a property; resolves once it shows a step or a problem. */
async function pageWithDefinition(script: string, definition: unknown): Promise<{ frame: HTMLIFrameElement; el: AntragAssistant }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Definition</title><script src="${script}"></script></head>
    <body><antrag-assistant endpoint="/api/submissions"></antrag-assistant></body></html>`;
  document.body.append(frame);
  await until(() => frame.contentWindow?.customElements?.get('antrag-assistant') !== undefined, 'the element', 10000);
  const el = frame.contentDocument!.querySelector<AntragAssistant>('antrag-assistant')!;
  el.definition = definition;
  await until(() => el.shadowRoot?.querySelector('#view-heading, [part="definition-error"]') != null, 'a step or a problem', 10000);
  return { frame, el };
}

/** The problems a broken definition lists for the developer, as "pointer: message". */
const listedProblems = (el: AntragAssistant) => [...el.shadowRoot!.querySelectorAll('.developer-issues li')].map((li) => li.textContent!.trim());

describe('embedding: the definition checker stays out of the citizen’s path (decision 0024)', () => {
  it('a stamped definition under the strict CSP: one file does everything, the checker is never fetched', async () => {
    const { frame, el } = await openPage({ url: '/test/fixtures/strict-csp.html' });
    try {
      await complete(el);
      expect(checkerRequests(frame)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a broken definition on a one-script page under the strict CSP: every problem with its JSON pointer, no violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/strict-csp-broken.html';
    document.body.append(frame);
    try {
      await until(() => frame.contentDocument?.querySelector('antrag-assistant')?.shadowRoot?.querySelector('.developer-issues li') != null, 'the problems', 10000);
      const page = frame.contentWindow as unknown as { enforced: Record<string, boolean>; violations: Array<{ source: string }> };
      expect(page.enforced, 'the policy is in force').to.deep.equal({ eval: true, trustedTypes: true });
      const el = frame.contentDocument!.querySelector<AntragAssistant>('antrag-assistant')!;
      const problems = listedProblems(el);
      expect(problems.some((p) => p.startsWith('/id:'))).to.equal(true);
      expect(problems.some((p) => p.startsWith('/steps/0/fields/2/type:'))).to.equal(true);
      expect(problems.some((p) => p.startsWith('/steps/0/fields/3/visibleIf'))).to.equal(true);
      expect(checkerRequests(frame).length).to.be.greaterThan(0);
      expect(page.violations.filter((v) => !v.source.endsWith('/csp-probe.js'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a stamped definition edited afterwards is checked again: its new mistake is reported, not trusted', async () => {
    const stamped = (await (await fetch(`/demo/forms/${FORM}.json`)).json()) as { checked: string; version: string };
    expect(stamped.checked).to.match(/^antrag\/2 sha256-/u);
    const { frame, el } = await pageWithDefinition('/dist/antrag.embed.js', { ...stamped, version: 'zwei' });
    try {
      expect(listedProblems(el)).to.deep.equal(['/version: Expected a semantic version such as "1.0.0", got "zwei".']);
      expect(checkerRequests(frame).length).to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });

  it('a valid definition without a stamp is checked, then shown', async () => {
    const { checked: _, ...unstamped } = (await (await fetch(`/demo/forms/${FORM}.json`)).json()) as Record<string, unknown>;
    const { frame, el } = await pageWithDefinition('/dist/antrag.embed.js', unstamped);
    try {
      expect(el.shadowRoot!.querySelector('#view-heading')).not.to.equal(null);
      expect(checkerRequests(frame).length).to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });

  it('a checker whose bytes are not the built ones is not run (Subresource Integrity): the developer is told, the citizen gets the short notice', async () => {
    const { checked: _, ...unstamped } = (await (await fetch(`/demo/forms/${FORM}.json`)).json()) as Record<string, unknown>;
    const { frame, el } = await pageWithDefinition('/test/tampered/antrag.embed.js', unstamped);
    try {
      const [problem] = listedProblems(el);
      expect(problem).to.contain('/test/tampered/antrag.checker.js');
      expect(problem).to.contain('antrag validate --stamp');
      expect(el.shadowRoot!.querySelector('#view-heading')).to.equal(null);
    } finally {
      frame.remove();
    }
  });
});

/** The locale files a framed page fetched. */
function localeRequests(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => entry.name.replace(/^.*\//u, ''))
    .filter((name) => name.startsWith('antrag.locale-'));
}


describe('embedding: interface languages come with the one script tag (decision 0024)', () => {
  afterEach(() => resetMouse());

  it('an English page under the strict CSP: English from the first shown word, loaded once, zero violations; a German page loads nothing', async () => {
    const { frame, el } = await openPage({ url: '/test/fixtures/strict-csp-en.html' });
    try {
      const page = frame.contentWindow as unknown as { violations: Array<{ source: string }> };
      expect($(el, 'button[type="submit"]')!.textContent!.trim()).to.equal('Continue');
      // Fetched once to check its bytes, then imported (from the cache, or again where nothing is cached).
      expect(new Set(localeRequests(frame))).to.deep.equal(new Set(['antrag.locale-en.js']));
      await complete(el);
      expect(page.violations.filter((v) => !v.source.endsWith('/csp-probe.js'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
    const german = await openPage({ url: '/test/fixtures/strict-csp.html' });
    try {
      expect($(german.el, 'button[type="submit"]')!.textContent!.trim()).to.equal('Weiter');
      expect(localeRequests(german.frame)).to.deep.equal([]);
    } finally {
      german.frame.remove();
    }
  });

  it('the switcher offers every language of the form with one script tag; choosing Arabic loads its words and turns the page right to left', async () => {
    const { frame, el } = await openPage({
      html: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Mängel</title><script src="/dist/antrag.embed.js"></script></head>
        <body><antrag-assistant src="/demo/forms/maengelmelder.json" endpoint="/api/submissions" language-switcher></antrag-assistant></body></html>`,
    });
    try {
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.languages button')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Deutsch', 'English', 'Türkçe', 'Українська', 'العربية', 'Einfache Sprache']);
      expect(localeRequests(frame)).to.deep.equal([]);
      const arabic = buttons.find((b) => b.lang === 'ar')!;
      arabic.scrollIntoView({ block: 'center' });
      await press(arabic, frame);
      await until(() => el.getAttribute('dir') === 'rtl', 'the Arabic page', 5000);
      expect($(el, 'button[type="submit"]')!.textContent!.trim()).to.equal('متابعة');
      expect(new Set(localeRequests(frame))).to.deep.equal(new Set(['antrag.locale-ar.js']));
    } finally {
      frame.remove();
    }
  });

  it('a locale file whose bytes are not the built ones is not run (Subresource Integrity): German, and the developer is told', async () => {
    const { checked: _, ...form } = (await (await fetch(`/demo/forms/${FORM}.json`)).json()) as Record<string, unknown>;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tampered</title>
      <script>window.warnings = []; const warn = console.warn; console.warn = (...a) => { warnings.push(String(a[0])); warn(...a); };</script>
      <script src="/test/tampered/antrag.embed.js"></script></head>
      <body><antrag-assistant src="/demo/forms/${FORM}.json" endpoint="/api/submissions"></antrag-assistant></body></html>`;
    document.body.append(frame);
    try {
      await until(() => frame.contentDocument?.querySelector('antrag-assistant')?.shadowRoot?.querySelector('#view-heading') != null, 'the assistant', 10000);
      const el = frame.contentDocument!.querySelector<AntragAssistant>('antrag-assistant')!;
      expect($(el, 'button[type="submit"]')!.textContent!.trim()).to.equal('Weiter');
      const warnings = (frame.contentWindow as unknown as { warnings: string[] }).warnings;
      expect(warnings.some((w) => w.includes('antrag.locale-en.js') && w.includes('German is used'))).to.equal(true);
      expect(form).to.have.property('id');
    } finally {
      frame.remove();
    }
  });
});
