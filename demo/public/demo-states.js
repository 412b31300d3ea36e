// @ts-check
/**
 * The state picker: puts a fresh assistant into each state a tester must judge, with example answers, through
 * the element's public API only (`enter`, `next`, `submit`, `status` and the `antrag-submit` event).
 */
import { exampleAnswers, exampleFile } from './example-answers.js';

/** The states, in the order a citizen meets them. */
export const STATES = {
  first: 'Erster Schritt',
  errors: 'Schritt mit allen Fehlern',
  review: 'Prüfseite',
  sending: 'Wird gesendet',
  failed: 'Senden fehlgeschlagen',
  confirmation: 'Bestätigung',
};

/** @typedef {keyof typeof STATES} StateId */

/** Waits until the element has rendered what the last command changed. @param {any} assistant */
const settled = async (assistant) => {
  await assistant.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
};

/**
 * Brings `assistant` (just created, definition loading) into `state`. Resolves with a sentence for the
 * tester when the state could not be reached (the example answers did not satisfy a question).
 * @param {any} assistant @param {unknown} definitionJson @param {StateId} state
 * @returns {Promise<string | undefined>}
 */
export async function reachState(assistant, definitionJson, state) {
  if (!assistant.status) await new Promise((resolve) => assistant.addEventListener('antrag-ready', resolve, { once: true }));
  await settled(assistant);
  if (state === 'first') return undefined;
  if (state === 'errors') {
    // The first step sent empty: every required question is listed in the error summary.
    assistant.next();
    await settled(assistant);
    return undefined;
  }
  const examples = exampleAnswers(definitionJson);
  if (examples.unsolved.length > 0)
    return `Für ${examples.unsolved.map((id) => `„${id}“`).join(', ')} fand die Demo keine gültige Beispielantwort; die Prüfseite ist nicht erreicht.`;
  for (let guard = 0; assistant.status?.page === 'step' && guard < 50; guard++) {
    const step = examples.definition?.steps.find((/** @type {{ id: string }} */ s) => s.id === assistant.status.step);
    const answers = examples.steps[examples.definition?.steps.indexOf(step) ?? -1] ?? {};
    for (const [id, value] of Object.entries(answers)) {
      const field = step?.fields.find((/** @type {{ id: string }} */ f) => f.id === id);
      await assistant.enter(id, field?.type === 'file' ? [exampleFile(field)] : value);
    }
    const before = assistant.status?.step;
    assistant.next();
    await settled(assistant);
    if (assistant.status?.page === 'step' && assistant.status.step === before)
      return `Schritt „${before}“ geht mit den Beispielantworten nicht weiter.`;
  }
  if (state === 'review') return undefined;
  if (state === 'sending' || state === 'failed') {
    // The host page takes over delivery once (`respondWith`): a promise that never settles holds "wird gesendet";
    // one that rejects is a failed attempt ("Erneut senden" then sends for real).
    assistant.addEventListener(
      'antrag-submit',
      (/** @type {CustomEvent} */ event) =>
        event.detail.respondWith(
          state === 'sending' ? new Promise(() => {}) : Promise.reject(new Error('Demo: Zustand „Senden fehlgeschlagen“')),
        ),
      { once: true },
    );
    void assistant.submit();
    await settled(assistant);
    return undefined;
  }
  // Confirmation: really sent to the demo intake, so it is in the inbox too.
  await assistant.submit();
  await settled(assistant);
  return assistant.status?.page === 'confirmation' ? undefined : 'Die Demo-Annahmestelle hat die Beispielantworten nicht bestätigt.';
}
