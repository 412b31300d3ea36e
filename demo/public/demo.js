// @ts-check
/**
 * The demo page: a toolbar (form, theme, language, preview width, state) over the assistant in a preview
 * frame, and the live accessibility panel. Everything it knows about the forms comes from forms/index.json
 * (the server reads demo/forms/); the settings live in the URL: ?form=…&theme=…&lang=…&width=…&state=….
 */
import { createA11yPanel } from './a11y-panel.js';
import { reachState, STATES } from './demo-states.js';

const PLAIN_GERMAN = 'de-x-einfach';
const BUILT_IN_THEMES = ['neutral', 'musterstadt', 'beispielhausen', 'musterland', 'kontrast'];
const OWN_THEME_KEY = 'antrag-demo.own-theme';

/** @param {string} id */
const byId = (id) => /** @type {any} */ (document.getElementById(id));
const pick = {
  form: byId('pick-form'),
  theme: byId('pick-theme'),
  lang: byId('pick-lang'),
  width: byId('pick-width'),
  state: byId('pick-state'),
};
const notice = byId('demo-notice');
const frame = /** @type {HTMLIFrameElement} */ (byId('preview-frame'));
const panel = createA11yPanel(byId('a11y'), frame);

/** @typedef {{ id: string, title: Record<string, string>, authority: Record<string, string>, languages: string[], easyLanguage: boolean }} FormInfo */
/** @type {FormInfo[]} */
const forms = await (await fetch('forms/index.json')).json();
const params = new URLSearchParams(location.search);
const asked = params.get('form');
const known = forms.find((form) => form.id === asked);
let form = known ?? forms.find((f) => f.id === 'hundesteuer-anmeldung') ?? forms[0];
/** Texts to say after the next mount (an unknown form, a state that could not be reached). @type {string[]} */
const messages = [];
if (asked !== null && !known)
  messages.push(
    `Ein Formular „${asked}“ gibt es in dieser Demo nicht (keine Datei demo/forms/${asked}.json). Gezeigt wird „${titleOf(form)}“.`,
  );

/** @param {FormInfo | undefined} info @param {string} [lang] */
function titleOf(info, lang = 'de') {
  return info?.title[lang] ?? info?.title.de ?? Object.values(info?.title ?? {})[0] ?? info?.id ?? '';
}

/** The built-in theme whose name the authority carries ("Stadt Musterstadt" → musterstadt), else neutral. @param {FormInfo} info */
function themeFor(info) {
  const authority = Object.values(info.authority).join(' ').toLowerCase();
  return BUILT_IN_THEMES.find((theme) => authority.includes(theme)) ?? 'neutral';
}

/** A language named in itself ("Türkçe"); Einfache Sprache by its German name. @param {string} code */
function languageName(code) {
  if (code === PLAIN_GERMAN) return 'Einfache Sprache';
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** @param {HTMLSelectElement} select @param {Array<[string, string, string?]>} options value, text, lang */
function fillSelect(select, options) {
  select.replaceChildren(
    ...options.map(([value, text, lang]) => {
      const option = new Option(text, value);
      if (lang) option.lang = lang;
      return option;
    }),
  );
}

fillSelect(
  pick.form,
  forms.map((f) => [f.id, titleOf(f)]),
);
fillSelect(
  pick.state,
  Object.entries(STATES).map(([id, label]) => [id, label]),
);
/** @param {FormInfo} info */
const languagesOf = (info) => [...info.languages, ...(info.easyLanguage ? [PLAIN_GERMAN] : [])];
function fillLanguages() {
  fillSelect(
    pick.lang,
    languagesOf(form).map((code) => [code, languageName(code), code === PLAIN_GERMAN ? 'de' : code]),
  );
}

// The settings from the URL, each only if it is one of the choices.
/** @param {HTMLSelectElement} select @param {string | null} value @param {string} fallback */
const choose = (select, value, fallback) => (select.value = [...select.options].some((o) => o.value === value) ? String(value) : fallback);
pick.form.value = form.id;
fillLanguages();
choose(pick.lang, params.get('lang'), form.languages[0] ?? 'de');
choose(pick.theme, params.get('theme'), themeFor(form));
// By default the widest preview that fits: on a phone (where the preview spans the screen) the screen's own width.
const room = document.documentElement.clientWidth;
const fitting = [...pick.width.options].map((o) => o.value).filter((w) => Number(w) <= (room < 480 ? room : room - 48));
choose(pick.width, params.get('width'), fitting.at(-1) ?? '320');
choose(pick.state, params.get('state'), 'first');

/** The theme to give the assistant: a built-in id, or the tokens of the tester's own file. */
function themeValue() {
  if (pick.theme.value !== 'eigenes') return pick.theme.value;
  try {
    return JSON.parse(sessionStorage.getItem(OWN_THEME_KEY) ?? 'null') ?? 'neutral';
  } catch {
    return 'neutral';
  }
}

/** The assistant in the preview frame, if it is there. */
const assistant = () => /** @type {any} */ (frame.contentDocument?.querySelector('antrag-assistant'));

function remember() {
  const query = new URLSearchParams({
    form: form.id,
    theme: pick.theme.value,
    lang: pick.lang.value,
    width: pick.width.value,
    state: pick.state.value,
  });
  history.replaceState(null, '', `?${query}`);
  document.title = `${titleOf(form)} – Antrag-Demo`;
  frame.title = `Vorschau: ${titleOf(form)}, ${pick.width.value} px breit`;
  byId('own-theme').hidden = pick.theme.value !== 'eigenes';
}

function applyWidth() {
  frame.style.width = `${pick.width.value}px`;
}

/** A fresh assistant in the frame, brought into the chosen state; the panel watches it from then on. */
let mounting = Promise.resolve();
function mount() {
  mounting = mounting.then(async () => {
    const doc = frame.contentDocument;
    if (!doc?.body || !frame.contentWindow?.customElements.get('antrag-assistant')) return;
    const returnFocus = document.activeElement;
    assistant()?.remove();
    const element = /** @type {any} */ (doc.createElement('antrag-assistant'));
    // No drafts in the preview: every state starts from its example answers, not from the last visit.
    for (const [name, value] of Object.entries({
      endpoint: 'api/submissions',
      'feedback-endpoint': 'api/feedback',
      'encryption-key': 'api/jwks.json',
      drafts: 'off',
      lang: pick.lang.value,
    }))
      element.setAttribute(name, value);
    element.setAttribute('language-switcher', '');
    element.theme = themeValue();
    element.src = `forms/${form.id}.json`;
    doc.getElementById('preview')?.append(element);
    panel.watch();
    const definition = await (await fetch(`forms/${form.id}.json`)).json();
    // Back from the test provider's pay page: the assistant shows the payment's status; no state is replayed.
    const back = new URL(frame.contentWindow.location.href).searchParams.has('antrag-payment');
    const problem = back ? undefined : await reachState(element, definition, pick.state.value);
    // The state was set from the toolbar: focus goes back there, not into the preview. On first load (focus on
    // the body) the page stays at its top, with the toolbar in view.
    if (document.activeElement === frame) {
      if (returnFocus instanceof HTMLElement && returnFocus !== document.body) returnFocus.focus();
      else {
        frame.blur();
        scrollTo(0, 0);
      }
    }
    say(problem ? [...messages.splice(0), problem] : messages.splice(0));
    panel.watch();
  });
  return mounting;
}

/** @param {string[]} lines */
function say(lines) {
  notice.textContent = lines.join(' ');
  notice.hidden = lines.length === 0;
}

// The frame's height follows its content, so the page scrolls as one.
const grow = () => {
  const height = frame.contentDocument?.documentElement.scrollHeight;
  if (height) frame.style.height = `${height}px`;
};

frame.addEventListener('load', () => {
  const win = /** @type {any} */ (frame.contentWindow);
  new win.ResizeObserver(grow).observe(win.document.body);
  void win.customElements.whenDefined('antrag-assistant').then(mount);
});

pick.form.addEventListener('change', () => {
  form = forms.find((f) => f.id === pick.form.value) ?? form;
  const lang = pick.lang.value;
  fillLanguages();
  choose(pick.lang, lang, form.languages[0] ?? 'de');
  if (pick.theme.value !== 'eigenes') pick.theme.value = themeFor(form);
  remember();
  void mount();
});
pick.state.addEventListener('change', () => (remember(), void mount()));
pick.width.addEventListener('change', () => (remember(), applyWidth()));
pick.lang.addEventListener('change', () => {
  remember();
  assistant()?.setAttribute('lang', pick.lang.value);
});
pick.theme.addEventListener('change', () => {
  remember();
  const element = assistant();
  if (element) element.theme = themeValue();
});
byId('pick-theme-file').addEventListener('change', async (/** @type {Event} */ event) => {
  const file = /** @type {HTMLInputElement} */ (event.target).files?.[0];
  if (!file) return;
  try {
    const tokens = JSON.parse(await file.text());
    sessionStorage.setItem(OWN_THEME_KEY, JSON.stringify(tokens));
    const element = assistant();
    if (element) element.theme = tokens;
    say([`Eigenes Theme aus „${file.name}“ angewandt.`]);
  } catch {
    say([`„${file.name}“ ist kein JSON; das Theme bleibt, wie es ist.`]);
  }
});
// The language switcher inside the assistant changes its language: the toolbar follows.
frame.addEventListener('load', () => {
  const win = /** @type {any} */ (frame.contentWindow);
  new win.MutationObserver(() => {
    const lang = assistant()?.getAttribute('lang');
    if (lang && lang !== pick.lang.value && [...pick.lang.options].some((o) => o.value === lang)) {
      pick.lang.value = lang;
      remember();
    }
  }).observe(win.document.body, { subtree: true, attributes: true, attributeFilter: ['lang'] });
});
byId('toolbar').addEventListener('submit', (/** @type {Event} */ event) => event.preventDefault());
// Theme errors of an own theme: what was replaced, said next to the toolbar.
frame.addEventListener('load', () =>
  frame.contentDocument?.addEventListener('antrag-theme-error', (/** @type {any} */ event) =>
    say([
      `Eigenes Theme: ${[...event.detail.issues, ...event.detail.contrast.map((/** @type {any} */ c) => c.message ?? String(c))].length} Angaben ersetzt (siehe Konsole).`,
    ]),
  ),
);

remember();
applyWidth();
say(messages.length > 0 ? [...messages] : []);
// The frame may have loaded before this module ran.
if (frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body?.childElementCount)
  frame.dispatchEvent(new Event('load'));
