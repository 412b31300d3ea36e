/**
 * What a citizen does with `<antrag-assistant>` and what they see of it: fill, choose, upload, next, and the
 * queries test bodies read the result with — so tests read like a person using the form, not like DOM plumbing.
 */
import type { AntragAssistant } from '../../src/elements/antrag-assistant.js';

export const root = (el: AntragAssistant) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: AntragAssistant, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: AntragAssistant, selector: string) => [...root(el).querySelectorAll<T>(selector)];
/** An element of the assistant by id; ids of repeated items contain dots, which CSS selectors would misread. */
export const byId = <T extends HTMLElement = HTMLElement>(el: AntragAssistant, id: string) => root(el).getElementById(id) as T | null;
export const focused = (el: AntragAssistant) => root(el).activeElement as HTMLElement | null;
/** An element's text as a person reads it: white space collapsed. */
export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/gu, ' ').trim();
/** What a sighted citizen reads in an element: its text without the visually hidden parts. */
export function visibleText(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return copy.textContent?.trim();
}

/** The page's heading as it is seen (a step's heading also says its progress to screen readers, visually hidden). */
export const heading = (el: AntragAssistant) => visibleText($(el, '#view-heading'));

/** An answer as the harness enters it: text, a ticked box, chosen options, parts of an address, or files. */
export type Answer = string | true | string[] | Record<string, string> | File[];

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

/** Presses the step's main button: "Weiter", or "Absenden" on the review page. */
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

/** Chooses files in a file input as the browser's file picker would, and waits until they are read. */
export async function upload(el: AntragAssistant, fieldId: string, files: File[]): Promise<void> {
  const input = byId<HTMLInputElement>(el, `f-${fieldId}`)!;
  const listed = () => [...input.parentElement!.querySelectorAll('.file-list li')].map((item) => item.textContent ?? '');
  const before = listed();
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Every chosen file is listed (valid or not) once it has been read; a question for one file lists only the new one.
  const read = () => {
    const now = listed();
    return now.length >= before.length + files.length || (now.length === 1 && files.length >= 1 && !before.includes(now[0]!));
  };
  await until(read, 'the files to be read');
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
