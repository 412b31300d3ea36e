/**
 * Issue 13: hostile text in every string slot of a definition, in prefill and claims, and in the intake's
 * answers, rendered through every screen (step, errors, review, language switch, 422, confirmation): nothing
 * executes, no element or event handler comes from the text, and no link leaves the allow-list (https,
 * mailto, tel, the page's own origin).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { AntragAssistant } from '../src/elements/antrag-assistant.js';
import { loadForm, validAnswers } from './support/fixtures.js';
import { $, $$, answerStep, next, root, until } from './support/user.js';

declare global {
  interface Window {
    __hit: number[];
  }
}

const RUN = '__hit.push(1)';
const LINK_TARGETS = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `vbscript:${RUN}`,
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19oaXQucHVzaCgxKTwvc2NyaXB0Pg==',
  '//evil.example/x',
  '\\\\evil.example/x',
  `&#106;avascript:${RUN}`,
  `&#x6A;avascript:${RUN}`,
];
/** Characters browsers strip or ignore in a URL, or that hide what a text says. */
const SNEAKY = ['', '\u0001', '\u0008', '\u0009', '\u000b', '\u000c', '\u001f', '\u007f', '\u200b', '\u200e', '\u202e', '\u00ad', '\ufeff', ' '];
const TAGS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror=${RUN}>`,
  `"><img src=x onerror=${RUN}>`,
  `'><svg onload=${RUN}>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<a href="javascript:${RUN}">Hilfe</a>`,
  `<details open ontoggle=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<body onload=${RUN}>`,
  `</style><script>${RUN}</script>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `\${${RUN}}`,
  `{{constructor.constructor('${RUN}')()}}`,
  '<!--?lit$123456$-->',
  '<?lit$123456$>',
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<form action="javascript:${RUN}"><button>x</button></form>`,
  `<style>@import 'javascript:${RUN}';</style>`,
  `&lt;img src=x onerror=${RUN}&gt;`,
];
const WRAPPERS = ['', '**', '- ', '[', '\u202e'];

/** More than 200 payloads: markdown links with sneaky characters, and tags, quoted and wrapped. */
const payloads = [
  ...LINK_TARGETS.flatMap((target) => SNEAKY.map((char) => `[Hilfe](${char}${target})`)),
  ...TAGS.flatMap((tag) => WRAPPERS.map((wrap) => `${wrap}${tag}${wrap === '**' ? '**' : ''}`)),
];

/** Keys whose string values are text for people (LocalizedText) in a definition. */
const TEXT_KEYS = new Set(['title', 'description', 'authority', 'confirmation', 'label', 'hint', 'text', 'message', 'unit', 'itemLabel', 'addLabel', 'postalCodeMessage']);

/** The definition with `text` in every slot for people's text, each language included. */
function withText(value: unknown, text: string, key = ''): unknown {
  if (typeof value === 'string') return TEXT_KEYS.has(key) ? text : value;
  if (Array.isArray(value)) return value.map((item) => withText(item, text));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]): [string, unknown] => {
    // A localized text: every language gets the payload.
    if (TEXT_KEYS.has(key) && typeof v === 'string') return [k, text];
    if (k === 'messages' && v && typeof v === 'object') return [k, Object.fromEntries(Object.keys(v).map((code) => [code, text]))];
    return [k, withText(v, text, k)];
  });
  return Object.fromEntries(entries);
}

/** What must never be in the assistant: executed code, elements or handlers from text, links off the allow-list. */
function expectHarmless(el: AntragAssistant, where: string): void {
  expect(window.__hit, `${where}: code ran`).to.deep.equal([]);
  const elements = [...root(el).querySelectorAll('*')];
  for (const element of elements) {
    const handlers = [...element.attributes].filter((attribute) => /^on/iu.test(attribute.name)).map((attribute) => attribute.name);
    expect(handlers, `${where}: ${element.tagName} has event handler attributes`).to.deep.equal([]);
    expect(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG', 'MATH', 'BODY'], `${where}: a ${element.tagName} element`).not.to.include(element.tagName);
  }
  for (const link of $$<HTMLAnchorElement>(el, 'a[href]')) {
    const url = new URL(link.href);
    const allowed = ['https:', 'mailto:', 'tel:'].includes(url.protocol) || url.origin === location.origin;
    expect(allowed, `${where}: a link to ${JSON.stringify(link.getAttribute('href'))}`).to.equal(true);
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const encode = (text: string) => btoa(String.fromCodePoint(...new TextEncoder().encode(text))).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');

describe('hostile content', () => {
  beforeEach(() => {
    window.__hit = [];
    sessionStorage.clear();
  });

  it(`has more than 200 payloads`, () => {
    expect(payloads.length).to.be.greaterThan(200);
    expect(new Set(payloads).size).to.equal(payloads.length);
  });

  // Twenty payloads at a time, each its own paragraph, in every slot: each payload meets every slot.
  const batches = Array.from({ length: Math.ceil(payloads.length / 20) }, (_, i) => payloads.slice(i * 20, i * 20 + 20));
  batches.forEach((batch, index) => {
    it(`batch ${index + 1} of ${batches.length}: every slot, prefill, the intake's answers, through step, errors, review, English, 422 and confirmation`, async () => {
      const text = batch.join('\n\n');
      const form = (await loadForm('verbrennung-pflanzlicher-abfaelle')) as { steps: Array<{ fields: unknown[] }>; prefill?: unknown };
      form.prefill = { claims: { family_name: 'anschrift' } };
      // A notice and a consent text too: both are markdown.
      form.steps[0]!.fields.unshift({ id: 'hinweis', type: 'notice', label: 'x', text: 'x' }, { id: 'einwilligung', type: 'consent', label: 'x', text: 'x', collapsible: true });
      const definition = withText(form, text);
      const endpoint = (mode: string) => `/api/hostile-intake?mode=${mode}&field=name&p=${encode(batch.join(' '))}`;
      // Prefill (an attribute a page may fill from its URL) and identity claims carry a payload too.
      const el = await fixture<AntragAssistant>(
        html`<antrag-assistant
          .definition=${definition}
          .prefill=${{ name: batch[0] }}
          .claims=${{ given_name: batch[1], family_name: batch[2] }}
          lang="de"
          endpoint=${endpoint('reject')}
        ></antrag-assistant>`,
      );
      await el.updateComplete;
      expect($(el, '#view-heading')?.textContent, 'the hostile definition is accepted and shown as text').to.contain(batch.at(-1));
      await settle();
      expectHarmless(el, 'step');
      await next(el);
      await settle();
      expect($(el, '.error-summary'), 'the error summary').to.not.equal(null);
      expectHarmless(el, 'errors');
      const { name: _name, ...answers } = validAnswers['verbrennung-pflanzlicher-abfaelle']![0]!;
      await answerStep(el, answers);
      await next(el);
      await until(() => $(el, '.summary-list') !== null, 'the review');
      await settle();
      expectHarmless(el, 'review');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      await settle();
      expectHarmless(el, 'review in English');
      await next(el);
      await until(() => $(el, '.error-summary') !== null, "the intake's 422 in the error summary");
      await settle();
      expectHarmless(el, '422');
      el.setAttribute('endpoint', endpoint('accept'));
      await next(el);
      await until(() => $(el, '.summary-list') !== null, 'the review again');
      await next(el);
      await until(() => $(el, '.reference') !== null, 'the confirmation');
      await settle();
      expectHarmless(el, 'confirmation');
      expect($(el, '.reference')!.textContent!.length, 'the reference is shown as text').to.be.greaterThan(20);
    });
  });
});
