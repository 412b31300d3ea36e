/**
 * The definition playground (demo/public/playground.html): a JSON editor (CodeMirror 6 with completion and
 * inline errors from the definition's JSON Schema), the problems `parseDefinition` finds with their JSON
 * pointers and lines, a live preview of the assistant, and a download of the definition. Bundled by
 * scripts/build.mjs into dist/demo-playground.js; only this page loads it.
 */
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { lintGutter } from '@codemirror/lint';
import { basicSetup } from 'codemirror';
import { jsonSchema } from 'codemirror-json-schema';
import schema from '../../../dist/antrag-definition.schema.json';
import { parseDefinition, stampedText } from '../../../src/core.js';
import { findProblems, type Problem } from './problems.js';

/** The ids of demo/forms/*.json when the playground was built (scripts/build.mjs). */
declare const ANTRAG_DEMO_FORMS: string[];

const byId = <T extends HTMLElement>(id: string, type: new () => T): T => {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`playground.html has no #${id}`);
  return found;
};
const formSelect = byId('pg-form', HTMLSelectElement);
const host = byId('pg-editor', HTMLDivElement);
const status = byId('pg-problems-status', HTMLParagraphElement);
const list = byId('pg-problems-list', HTMLOListElement);
const assistant = byId('pg-assistant', HTMLElement);

// The editor lives in a shadow root: CodeMirror then styles it with constructed style sheets, which the demo's
// CSP (`style-src 'self'`, no inline <style>) allows, so no nonce is needed.
const root = host.attachShadow({ mode: 'open' });
const view = new EditorView({
  root,
  parent: root,
  state: EditorState.create({ doc: '', extensions: editorExtensions() }),
});

function editorExtensions() {
  return [
    basicSetup,
    jsonSchema(schema),
    lintGutter(),
    // Long texts wrap, so the page reflows at 320 px without scrolling sideways (WCAG 1.4.10).
    EditorView.lineWrapping,
    // The label a screen reader announces for the text box (an aria-labelledby would not cross the shadow root).
    // tabindex: a contenteditable is focusable anyway; axe only counts it (scrollable-region-focusable) with the attribute.
    EditorView.contentAttributes.of({ 'aria-label': 'Definition (JSON)', tabindex: '0' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) scheduleCheck();
    }),
    EditorView.theme({
      '&': { border: '1px solid #5f6368', fontSize: '0.95rem', maxHeight: '60vh' },
      '&.cm-focused': { outline: '3px solid #0b0c0c', outlineOffset: '2px' },
      '.cm-scroller': { overflow: 'auto', fontFamily: 'ui-monospace, monospace' },
      // CodeMirror's wavy underline is a data: image, which the demo's CSP (`img-src 'self'`) refuses.
      '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy #b00020', textDecorationSkipInk: 'none' },
      '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy #8a5300', textDecorationSkipInk: 'none' },
      // The gutter's markers are data: images too: a drawn dot instead.
      '.cm-lint-marker': { content: 'none', width: '0.7em', height: '0.7em', borderRadius: '50%', marginTop: '0.3em' },
      '.cm-lint-marker-error': { background: '#b00020' },
      '.cm-lint-marker-warning': { background: '#8a5300' },
    }),
  ];
}

let timer: ReturnType<typeof setTimeout> | undefined;
/** Checks a moment after typing stops, so the list (and the announcement) does not change on every key. */
function scheduleCheck(): void {
  clearTimeout(timer);
  timer = setTimeout(check, 400);
}

let lastStatus = '';
/** Lists the problems and shows the preview: a valid definition as the form, a broken one as the element's notice. */
function check(): void {
  const { problems, value } = findProblems(view.state);
  list.replaceChildren(...problems.map(problemItem));
  const text =
    problems.length === 0
      ? 'Keine Probleme: die Vorschau zeigt die Definition.'
      : `${problems.length} ${problems.length === 1 ? 'Problem' : 'Probleme'}.`;
  // Announced only when it changes (role="status" is polite).
  if (text !== lastStatus) status.textContent = lastStatus = text;
  if (value !== undefined) Object.assign(assistant, { definition: value });
}

function problemItem(problem: Problem): HTMLLIElement {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'pg-problem';
  const where = document.createElement('span');
  where.className = 'pg-where';
  where.textContent = `Zeile ${problem.line}`;
  const pointer = document.createElement('code');
  pointer.textContent = problem.pointer || '/';
  button.append(where, ' ', pointer, ': ', problem.message);
  // Takes the cursor to the place, as a linter's "go to problem" does.
  button.addEventListener('click', () => {
    view.dispatch({ selection: { anchor: problem.from }, scrollIntoView: true });
    view.focus();
  });
  item.append(button);
  return item;
}

/** Loads a demo form into the editor. */
async function start(form: string): Promise<void> {
  const response = await fetch(`forms/${encodeURIComponent(form)}.json`);
  const text = response.ok ? await response.text() : `{}`;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  check();
}

for (const form of ANTRAG_DEMO_FORMS) formSelect.append(new Option(form, form));
const requested = new URLSearchParams(location.search).get('form');
if (requested && ANTRAG_DEMO_FORMS.includes(requested)) formSelect.value = requested;
formSelect.addEventListener('change', () => {
  history.replaceState(null, '', `?form=${encodeURIComponent(formSelect.value)}`);
  void start(formSelect.value);
});

byId('pg-download', HTMLButtonElement).addEventListener('click', async () => {
  // A definition that passes the checker is downloaded with its "checked" stamp, as `antrag validate --stamp`
  // writes it, so the script-tag file need not load its checker for it (decision 0024).
  const edited = view.state.doc.toString();
  const text = parseDefinition(edited).ok ? await stampedText(edited) : edited;
  let name = formSelect.value;
  try {
    const id: unknown = JSON.parse(text)?.id;
    if (typeof id === 'string' && /^[\w-]+$/u.test(id)) name = id;
  } catch {
    // Not JSON yet: it is downloaded as it is, under the form it started from.
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = `${name}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
});

void start(formSelect.value);
