import { expect } from '@open-wc/testing';
import type { AntragAssistant } from '../src/elements/antrag-assistant.js';
import { validAnswers } from './support/fixtures.js';
import { $, answerStep, next, until } from './support/user.js';
import { recordsOf } from './support/intake-faults.js';

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

  it('has no dynamic imports and no eval, so one file and a strict CSP suffice', async () => {
    const source = await (await fetch('/dist/antrag.embed.js')).text();
    expect(source).not.to.match(/\bimport\s*\(/);
    expect(source).not.to.match(/new Function\s*\(|\beval\s*\(/);
  });
});
