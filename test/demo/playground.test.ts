/**
 * The definition playground (demo/public/playground.html with dist/demo-playground.js from `node
 * scripts/build.mjs`): an author edits a definition and sees, as they type, each problem with its JSON pointer and
 * line, the editor's inline errors, and the assistant rendering the definition once it is fixed.
 */
import { expect } from '@open-wc/testing';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolationsInFrame } from '../support/axe-in-frame.js';
import { until, visibleText } from '../support/user.js';

const FORM = 'verbrennung-pflanzlicher-abfaelle';

async function openPlayground(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = 'Definition-Playground';
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  // The real demo server (its CSP included), mounted under /demo-app/: the page uses page-relative URLs only.
  frame.src = `/demo-app/playground.html?form=${FORM}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument;
  if (!doc) throw new Error('the playground did not load');
  await until(() => status(doc) !== '', 'the first check of the definition');
  return doc;
}

const status = (doc: Document) => doc.getElementById('pg-problems-status')?.textContent?.trim() ?? '';
const problems = (doc: Document) =>
  [...doc.querySelectorAll('#pg-problems-list li')].map((item) => item.textContent?.replace(/\s+/gu, ' ').trim());
const editorContent = (doc: Document) => {
  const content = doc.getElementById('pg-editor')?.shadowRoot?.querySelector<HTMLElement>('.cm-content');
  if (!content) throw new Error('the playground has no editor');
  return content;
};
const preview = (doc: Document) => doc.querySelector<AntragAssistant>('#pg-assistant');

/** Replaces the editor's text as an author would: Ctrl+A in the editor, then pasting over the selection. */
async function paste(doc: Document, text: string): Promise<void> {
  editorContent(doc).focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  doc.execCommand('insertText', false, text);
}

describe('demo: the definition playground', () => {
  let doc: Document;
  let original: string;
  before(async () => {
    original = await (await fetch(`/demo/forms/${FORM}.json`)).text();
    doc = await openPlayground();
  });
  after(() => doc.defaultView?.frameElement?.remove());

  it('works under the demo server’s own strict CSP: editor styled, problems checked, preview rendered', async () => {
    const response = await fetch('/demo-app/playground.html');
    expect(response.headers.get('Content-Security-Policy')).to.match(/default-src 'self'; script-src 'self'; style-src 'self'/u);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
    frame.src = `/demo-app/playground.html?form=${FORM}`;
    document.body.append(frame);
    try {
      await until(() => status(frame.contentDocument!) !== '', 'the first check of the definition under the CSP', 15000);
      const page = frame.contentDocument!;
      expect(problems(page)).to.deep.equal([]);
      expect(status(page)).to.equal('Keine Probleme: die Vorschau zeigt die Definition.');
      const editor = page.getElementById('pg-editor')!.shadowRoot!;
      // CodeMirror's own style sheets apply (constructed sheets, no inline <style> the CSP would refuse).
      expect(getComputedStyle(editor.querySelector('.cm-editor')!).display).to.equal('flex');
      expect(getComputedStyle(editor.querySelector('.cm-gutters')!).display).to.equal('flex');
      await until(() => preview(page)?.shadowRoot?.querySelector('#view-heading') != null, 'the preview under the CSP', 15000);
    } finally {
      frame.remove();
    }
  });

  it('is its own page: the demo page loads no editor', async () => {
    const response = await fetch('/demo/public/index.html');
    expect(response.ok).to.be.true;
    expect(await response.text()).not.to.match(/demo-playground|codemirror/iu);
  });

  it('starts from the chosen demo form, without problems, and previews it', async () => {
    expect(doc.querySelector<HTMLSelectElement>('#pg-form')?.value).to.equal(FORM);
    expect(editorContent(doc).textContent).to.contain(`"id": "${FORM}"`);
    expect(status(doc)).to.equal('Keine Probleme: die Vorschau zeigt die Definition.');
    await until(() => preview(doc)?.shadowRoot?.querySelector('#view-heading') != null, 'the preview');
  });

  it("lists a broken definition's problem with its JSON pointer and line as the author types", async () => {
    const broken = original.replace('"type": "text"', '"type": "slider"');
    const line = broken.split('\n').findIndex((text) => text.includes('"slider"')) + 1;
    const fields = JSON.parse(original).steps[0].fields as { type: string }[];
    const pointer = `/steps/0/fields/${fields.findIndex((field) => field.type === 'text')}/type`;
    await paste(doc, broken);
    await until(() => problems(doc).length > 0, 'the problem list');
    expect(
      problems(doc).some((problem) => problem?.startsWith(`Zeile ${line} ${pointer}:`)),
      problems(doc).join('\n'),
    ).to.be.true;
    expect(status(doc)).to.equal('1 Problem.');
    // The element's own notice in the preview.
    await until(() => preview(doc)?.shadowRoot?.querySelector('[part~="definition-error"]') != null, "the preview's notice");
  });

  it('takes the cursor to the problem chosen in the list, where the editor marks it inline', async () => {
    doc.querySelector<HTMLButtonElement>('#pg-problems-list button')?.click();
    const content = editorContent(doc);
    const root = content.getRootNode();
    if (!('activeElement' in root)) throw new Error('the editor is not in a shadow root');
    expect(root.activeElement).to.equal(content);
    expect(content.querySelector('.cm-activeLine')?.textContent).to.contain('"slider"');
    // The JSON Schema's inline error on that line (CodeMirror draws only the lines on screen).
    await until(() => content.querySelector('.cm-activeLine .cm-lintRange-error') !== null, 'the inline error');
  });

  it('renders the fixed definition', async () => {
    await paste(doc, original.replace('"de": "Angaben zur Verbrennung"', '"de": "Angaben zum Feuer"'));
    await until(() => status(doc).startsWith('Keine Probleme'), 'the problems to go');
    expect(problems(doc)).to.deep.equal([]);
    await until(
      () => visibleText(preview(doc)?.shadowRoot?.querySelector('#view-heading')) === 'Angaben zum Feuer',
      'the fixed form in the preview',
    );
  });

  it('downloads a definition that passes the checker with its "checked" stamp, the author’s edit included (decision 0024)', async () => {
    const win = doc.defaultView as Window & typeof globalThis;
    const blobs: Blob[] = [];
    const createObjectURL = win.URL.createObjectURL;
    win.URL.createObjectURL = (blob: Blob) => (blobs.push(blob), createObjectURL.call(win.URL, blob));
    try {
      // As a keyboard user: focus on the button, Enter.
      doc.getElementById('pg-download')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => blobs.length === 1, 'the download');
      const text = await blobs[0]!.text();
      expect(text).to.contain('"de": "Angaben zum Feuer"');
      const { checked, ...content } = JSON.parse(text) as Record<string, unknown>;
      const { definitionStamp } = await import('../../src/core.js');
      expect(checked).to.equal(await definitionStamp(content));
    } finally {
      win.URL.createObjectURL = createObjectURL;
    }
  });

  it("completes from the definition's JSON Schema, and Tab leaves the editor", async () => {
    editorContent(doc).focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    // After `"kind": "anzeige",` (line 6), a new property of the definition.
    for (let line = 1; line < 6; line++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: '"' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ up: 'Control' });
    const options = () =>
      [...(editorContent(doc).getRootNode() as ParentNode).querySelectorAll('.cm-tooltip-autocomplete li')].map((li) => li.textContent);
    await until(() => options().length > 0, 'the completions');
    // Properties the form does not have yet, with their JSON types.
    expect(options()).to.include.members(['contactobject', 'computedarray', 'prefillobject']);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Tab' });
    expect(doc.activeElement?.id).not.to.equal('pg-editor');
  });

  it('passes axe, editor and preview included', async () => {
    await expectNoAxeViolationsInFrame(doc.documentElement, 'playground');
  });
});
