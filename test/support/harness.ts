/**
 * A user-level harness for `<antrag-assistant>`: fill, choose, next, submit — so test bodies read like
 * what a citizen does, not like DOM plumbing.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
// The additional UI languages, as a page loads them with their script tags.
import '../../src/locales/ar.js';
import '../../src/locales/tr.js';
import '../../src/locales/uk.js';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';

// Each test starts as a fresh tab would: no draft of an earlier test in this page's session (a root hook).
beforeEach(() => sessionStorage.clear());

/** The demo definitions; one set of examples feeds demo, stories and tests. */
export const demoForms = [
  'verbrennung-pflanzlicher-abfaelle',
  'hundesteuer-anmeldung',
  'sperrmuell-abholung',
  'parkausweis-behinderung',
  'maengelmelder',
] as const;
export const demoThemes = {
  'verbrennung-pflanzlicher-abfaelle': 'beispielhausen',
  'hundesteuer-anmeldung': 'musterstadt',
  'sperrmuell-abholung': 'beispielhausen',
  'parkausweis-behinderung': 'musterland',
  maengelmelder: 'musterstadt',
} as const;
export const shippedThemes = ['neutral', 'musterstadt', 'beispielhausen', 'musterland', 'kontrast'] as const;

export async function loadForm(id: string): Promise<unknown> {
  const response = await fetch(`/demo/forms/${id}.json`);
  if (!response.ok) throw new Error(`demo form ${id}: HTTP ${response.status}`);
  return response.json();
}

/** Renders an assistant with a definition object and waits until it shows its first step. */
export async function renderAssistant(
  definition: unknown,
  options: { theme?: string; lang?: string; endpoint?: string } = {},
): Promise<AntragAssistant> {
  const el = await fixture<AntragAssistant>(
    html`<antrag-assistant
      .definition=${definition}
      theme=${options.theme ?? 'neutral'}
      lang=${options.lang ?? 'de'}
      endpoint=${options.endpoint ?? '/api/submissions'}
    ></antrag-assistant>`,
  );
  await el.updateComplete;
  return el;
}

export const root = (el: AntragAssistant) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: AntragAssistant, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: AntragAssistant, selector: string) => [...root(el).querySelectorAll<T>(selector)];
/** An element of the assistant by id; ids of repeated items contain dots, which CSS selectors would misread. */
export const byId = <T extends HTMLElement = HTMLElement>(el: AntragAssistant, id: string) => root(el).getElementById(id) as T | null;
export const focused = (el: AntragAssistant) => root(el).activeElement as HTMLElement | null;
/** An element's text as a person reads it: white space collapsed. */
export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/gu, ' ').trim();
export const heading = (el: AntragAssistant) => $(el, '#view-heading')?.textContent?.trim();

/** Types into a text-like field as a user would: focus, value, input event, then leave. */
export async function fill(el: AntragAssistant, fieldId: string, text: string): Promise<void> {
  const day = byId<HTMLInputElement>(el, `f-${fieldId}-day`);
  if (day) {
    // A memorable date: day, month and year fields.
    const [year, month, date] = text.split('-');
    for (const [part, value] of [
      ['day', date],
      ['month', month],
      ['year', year],
    ] as const)
      await fill(el, `${fieldId}-${part}`, String(Number(value)));
    return;
  }
  const input = byId<HTMLInputElement | HTMLTextAreaElement>(el, `f-${fieldId}`);
  if (!input) throw new Error(`no text field "${fieldId}" on this step`);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Chooses an option of a select, radio group or checkbox group by value; checks a single checkbox. */
export async function choose(el: AntragAssistant, fieldId: string, value?: string): Promise<void> {
  const found = byId(el, `f-${fieldId}`);
  // Tag names, not instanceof: the element may live in another window (a test page in an iframe).
  const select = found?.tagName === 'SELECT' ? (found as HTMLSelectElement) : null;
  if (select) {
    select.value = value ?? '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    const inputs = $$<HTMLInputElement>(el, `input[name="${fieldId}"]`);
    const input = value === undefined ? inputs[0] : inputs.find((i) => i.value === value);
    if (!input) throw new Error(`no option "${value}" for "${fieldId}"`);
    input.click();
  }
  await el.updateComplete;
}

export async function next(el: AntragAssistant): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

/** Waits until `predicate` holds (for network round trips), failing after `timeout` ms. */
export async function until(predicate: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The submissions the test server's real intake stored, newest first. */
export async function storedSubmissions(): Promise<
  Array<{ reference: string; submissionId: string; form: { id: string; version: string }; data: Record<string, unknown> }>
> {
  return (await fetch('/api/submissions')).json();
}

const iso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** A day in March or October at least two weeks ahead: the demo's burning rules stay satisfiable on any day the tests run. */
export const burningDate = (() => {
  const date = new Date();
  date.setDate(date.getDate() + 14);
  while (date.getMonth() !== 2 && date.getMonth() !== 9) date.setDate(date.getDate() + 1);
  return iso(date);
})();

/** Ten days ago: a dog acquired recently enough for the Hundesteuer form. */
export const dogSince = (() => {
  const date = new Date();
  date.setDate(date.getDate() - 10);
  return iso(date);
})();

/** Valid answers for every required field of the demo forms, by step, as the harness enters them. */
export const validAnswers: Record<string, Array<Record<string, Answer>>> = {
  'verbrennung-pflanzlicher-abfaelle': [
    {
      name: 'Erika Mustermann',
      anschrift: 'Lindenweg 4, 12345 Beispielhausen',
      datum: burningDate,
      uhrzeitVon: '09:00',
      uhrzeitBis: '12:30',
      menge: '2,5',
      art: ['baumschnitt', 'laub'],
      brandschutz: true,
    },
  ],
  maengelmelder: [
    { kategorie: 'wilder-muell' },
    { gefaehrlich: 'nein', ort: 'Parkplatz am Stadtpark', beschreibung: 'Mehrere Säcke Bauschutt neben dem Altglascontainer.' },
    { rueckmeldung: 'ja', email: 'erika@example.de' },
  ],
  'parkausweis-behinderung': [
    {
      vorname: 'Karl',
      nachname: 'Beispiel',
      geburtsdatum: '1950-03-02',
      anschrift: { strasse: 'Am Markt', hausnummer: '3', plz: '34567', ort: 'Musterland' },
    },
    { fuerWen: 'selbst' },
    { aktenzeichen: 'VA 12/345-678', gdb: '80', merkzeichen: ['G'] },
    {
      ausweisVorne: [new File(['%PDF vorne'], 'ausweis-vorne.pdf', { type: 'application/pdf' })],
      ausweisHinten: [new File(['%PDF hinten'], 'ausweis-hinten.pdf', { type: 'application/pdf' })],
      passbild: [new File([new Uint8Array([0xff, 0xd8, 0xff])], 'passbild.jpg', { type: 'image/jpeg' })],
    },
    { zustellung: 'post' },
  ],
  'sperrmuell-abholung': [
    {
      abholadresse: { strasse: 'Lindenweg', hausnummer: '4', plz: '12346', ort: 'Beispielhausen' },
      gegenstaende: ['moebel', 'sonstiges'],
      sonstigesText: 'Ein altes Fahrrad',
      menge: '2,5',
      wunschtermin: 'naechster',
      stellplatz: 'Hinter dem Gartentor links',
    },
    { name: 'Erika Mustermann', email: 'erika@example.de' },
  ],
  'hundesteuer-anmeldung': [
    {
      vorname: 'Erika',
      nachname: 'Mustermann',
      geburtsdatum: '1980-05-17',
      anschrift: { strasse: 'Hauptstraße', hausnummer: '12a', plz: '54321', ort: 'Musterstadt' },
    },
    {
      'hunde.0.name': 'Bello',
      'hunde.0.rasse': 'dackel',
      'hunde.0.geschlecht': 'ruede',
      'hunde.0.beginnHaltung': dogSince,
      'hunde.0.listenhund': 'nein',
    },
    { ermaessigung: 'nein' },
    { zahlungsweise: 'ueberweisung' },
    { richtigkeit: true },
  ],
};

/** An answer as the harness enters it: text, a ticked box, chosen options, parts of an address, or files. */
export type Answer = string | true | string[] | Record<string, string> | File[];

/**
 * Runs `run` while the browser's geolocation answers with `position` (or refuses when undefined). The
 * permission prompt cannot be answered from a test page, so the API is replaced at its boundary.
 */
export async function withGeolocation<T>(
  position: { latitude: number; longitude: number; accuracy: number } | undefined,
  run: () => Promise<T>,
): Promise<T> {
  const original = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) =>
        setTimeout(() => (position ? ok({ coords: position } as GeolocationPosition) : fail({ code: 1 } as GeolocationPositionError))),
    },
  });
  try {
    return await run();
  } finally {
    if (original) Object.defineProperty(navigator, 'geolocation', original);
    else delete (navigator as { geolocation?: unknown }).geolocation;
  }
}

/** Chooses files in a file input as the browser's file picker would, and waits until they are read. */
export async function upload(el: AntragAssistant, fieldId: string, files: File[]): Promise<void> {
  const input = byId<HTMLInputElement>(el, `f-${fieldId}`)!;
  const before = input.parentElement!.querySelectorAll('.file-list li').length;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Every chosen file is listed (valid or not) once it has been read.
  await until(() => input.parentElement!.querySelectorAll('.file-list li').length >= before + files.length, 'the files to be read');
  await el.updateComplete;
}

/** Enters one answer through the UI, whatever kind of control the field uses. */
export async function enter(el: AntragAssistant, id: string, value: Answer): Promise<void> {
  if (Array.isArray(value) && value.length > 0 && value.every((item) => item instanceof File)) await upload(el, id, value as File[]);
  else if (value === true) await choose(el, id);
  else if (Array.isArray(value)) for (const v of value as string[]) await choose(el, id, v);
  else if (typeof value === 'object') for (const [part, text] of Object.entries(value)) await fill(el, `${id}-${part}`, text);
  else if (byId(el, `f-${id}`)?.tagName === 'SELECT' || $(el, `input[type="radio"][name="${id}"]`)) await choose(el, id, value);
  else await fill(el, id, value);
}

/** Enters one step's answers through the UI. */
export async function answerStep(el: AntragAssistant, answers: Record<string, Answer>): Promise<void> {
  for (const [id, value] of Object.entries(answers)) await enter(el, id, value);
}
