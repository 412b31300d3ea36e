// @ts-check
/**
 * The benchmark's form: one step with N text-like questions, generated so that every size has the same
 * mix. Question `f0` is a required yes/no select that every tenth question's `visibleIf` reads, so the rules
 * run on every render as they do in real forms; a few questions are required, so "Weiter" on the empty step
 * is invalid. Run directly (`node scripts/bench/generate-form.mjs 500 > form.json`) to inspect or validate one.
 */
import { pathToFileURL } from 'node:url';

/** The rule every tenth question carries: shown unless `f0` is "nein" (it never is in the benchmark). */
export const VISIBLE_IF = { '!=': [{ var: 'f0' }, 'nein'] };

/** The type of question `i` (0 is the yes/no select); a repeating mix of the common text-like types. */
function typeOf(i) {
  if (i === 0) return 'select';
  return ['text', 'text', 'email', 'text', 'number', 'select', 'text', 'tel', 'text', 'text'][i % 10];
}

/** Whether question `i` is required: the first two and then every fiftieth, so a large form has a few dozen. */
export const isRequired = (i) => i === 0 || i % 50 === 1;

/** A definition with `n` questions on one step, valid for `parseDefinition`. */
export function generateForm(n) {
  const fields = [];
  for (let i = 0; i < n; i += 1) {
    const type = typeOf(i);
    /** @type {Record<string, unknown>} */
    const field = { id: `f${i}`, type, label: i === 0 ? 'Haben Sie einen Hund?' : `Frage ${i}` };
    // Hints on every third question: labels, hints and aria-describedby are what real forms carry.
    if (i % 3 === 0) field.hint = `Hinweis zu Frage ${i}.`;
    if (isRequired(i)) field.required = true;
    if (i > 0 && i % 10 === 0) field.visibleIf = VISIBLE_IF;
    if (i === 0)
      field.options = [
        { value: 'ja', label: 'Ja' },
        { value: 'nein', label: 'Nein' },
      ];
    else if (type === 'select')
      field.options = [
        { value: 'a', label: 'Erste Möglichkeit' },
        { value: 'b', label: 'Zweite Möglichkeit' },
        { value: 'c', label: 'Dritte Möglichkeit' },
      ];
    if (type === 'number') field.unit = 'm²';
    fields.push(field);
  }
  return {
    schemaVersion: 1,
    id: `bench-${n}`,
    version: '1.0.0',
    languages: ['de'],
    title: `Benchmark mit ${n} Fragen`,
    steps: [{ id: 'alles', title: 'Ihre Angaben', fields }],
  };
}

/** The question the benchmark types into: a plain optional text question near the middle of the form. */
export function typingFieldId(n) {
  for (let i = Math.floor(n / 2); i < n; i += 1) {
    if (typeOf(i) === 'text' && !isRequired(i) && i % 10 !== 0) return `f${i}`;
  }
  throw new Error(`no optional text question in the second half of a ${n}-question form`);
}

/** How many problems the error summary must list after "Weiter" on the empty step: the required questions. */
export function expectedProblems(n) {
  let count = 0;
  for (let i = 0; i < n; i += 1) if (isRequired(i)) count += 1;
  return count;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 20);
  process.stdout.write(`${JSON.stringify(generateForm(n), null, 2)}\n`);
}
