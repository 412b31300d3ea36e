/**
 * What the tests start from: the demo definitions and themes, an assistant rendered on the test page, valid
 * answers for every demo form, the submissions the test server's intake stored, and stand-ins for browser
 * APIs a test page cannot answer (geolocation). What a user does with the assistant is in user.ts.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
// The additional UI languages, as a page loads them with their script tags.
import '../../src/locales/ar.js';
import '../../src/locales/tr.js';
import '../../src/locales/uk.js';
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';
import { burningDate, dogSince } from './demo-dates.mjs';
import type { Answer } from './user.js';

export { burningDate, dogSince };

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

/** A demo definition's JSON, as the test server serves demo/forms/. */
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

/** The submissions the test server's real intake stored, newest first. */
export async function storedSubmissions(): Promise<
  Array<{ reference: string; submissionId: string; form: { id: string; version: string }; data: Record<string, unknown> }>
> {
  return (await fetch('/api/submissions')).json();
}

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
