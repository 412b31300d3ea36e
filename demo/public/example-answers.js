// @ts-check
/**
 * Example answers for any definition, found without a list per form: candidates by field type (a name, an
 * address, dates from two weeks ahead, the first option, …), tried step by step in a model of Antrag's own
 * (`antrag/core`, the rules the assistant uses) until every step goes on. A new definition in demo/forms/
 * gets its examples the same way; what no candidate satisfies is reported, never guessed further.
 */
import { createAssistantModel, parseDefinition } from './vendor/antrag-core.js';

const iso = (/** @type {Date} */ date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const dayFromToday = (/** @type {number} */ days) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return iso(date);
};

/** One example matching a simple pattern (classes, groups with alternatives, {n} counts): the first choice everywhere. @param {string} regex */
export function exampleFor(regex) {
  let out = '';
  let i = 0;
  /** @type {string[]} */
  const last = [];
  while (i < regex.length) {
    const c = regex[i];
    if (c === '^' || c === '$') i++;
    else if (c === '[') {
      const end = regex.indexOf(']', i);
      const piece = regex[i + 1] === '^' ? 'x' : (regex[i + 1] ?? '');
      out += piece;
      last.push(piece);
      i = end + 1;
    } else if (c === '(') {
      let depth = 0;
      let end = i;
      for (; end < regex.length; end++) {
        if (regex[end] === '(') depth++;
        else if (regex[end] === ')' && --depth === 0) break;
      }
      const inner = regex.slice(i + 1, end).replace(/^\?:/u, '');
      const piece = exampleFor(inner.split('|')[0] ?? '');
      out += piece;
      last.push(piece);
      i = end + 1;
    } else if (c === '{') {
      const end = regex.indexOf('}', i);
      const times = Number(regex.slice(i + 1, end).split(',')[0]);
      out += (last.at(-1) ?? '').repeat(Math.max(0, times - 1));
      i = end + 1;
    } else if (c === '+' || c === '*' || c === '?') i++;
    else {
      const piece = c === '\\' ? ({ d: '1', w: 'a', s: ' ' }[regex[i + 1] ?? ''] ?? regex[i + 1] ?? '') : (c ?? '');
      out += piece;
      last.push(piece);
      i += c === '\\' ? 2 : 1;
    }
  }
  return out;
}

/** Bytes that start a file of `type`, so the intake's content check accepts it. @param {string} type */
function sampleBytes(type) {
  if (type === 'image/jpeg') return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
  if (type === 'image/png') return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new TextEncoder().encode('%PDF-1.4\n% Beispiel\n');
}

/** A file the question accepts, named after it. @param {{ id: string, accept: string[] }} field */
export function exampleFile(field) {
  const mime = field.accept.find((entry) => entry.includes('/')) ?? 'application/pdf';
  const ending = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }[mime] ?? 'pdf';
  return new File([sampleBytes(mime)], `beispiel-${field.id}.${ending}`, { type: mime });
}

/**
 * Candidate answers for a question, best first. @param {any} field
 * @returns {unknown[]}
 */
function candidates(field) {
  const names = { vorname: 'Erika', nachname: 'Mustermann', name: 'Erika Mustermann' };
  switch (field.type) {
    case 'text': {
      if (field.pattern) return [exampleFor(field.pattern.regex)];
      const named = Object.entries(names).find(([key]) => field.id.toLowerCase().includes(key))?.[1];
      return [named ?? 'Beispiel', 'Erika Mustermann', 'Beispieltext mit genug Zeichen'];
    }
    case 'textarea':
      return ['Ein Beispieltext für die Vorschau der Demo, lang genug für die meisten Fragen.'];
    case 'email':
      return ['erika@example.de'];
    case 'tel':
      return ['0123 456789'];
    case 'iban':
      return ['DE02120300000000202051'];
    case 'bic':
      return ['BYLADEM1001'];
    case 'number': {
      const numbers = [field.min, field.max, 1, 2, 10, 50, 80, 100].filter((n) => typeof n === 'number');
      return [...new Set(numbers)].map((n) => String(n).replace('.', ','));
    }
    case 'date': {
      const ahead = Array.from({ length: 400 }, (_, day) => dayFromToday(day + 14));
      const past = ['1980-05-17', '1950-03-02', dayFromToday(-10), dayFromToday(-1)];
      return field.memorable ? [...past, ...ahead] : [...ahead, ...past];
    }
    case 'time':
      return ['09:00', '12:30', '08:00', '10:00', '14:00', '18:00'];
    case 'select':
    case 'radio':
      return field.options.map((/** @type {{ value: string }} */ option) => option.value);
    case 'checkboxes':
      return [
        [field.options[0].value],
        field.options.slice(0, field.minSelected ?? 2).map((/** @type {{ value: string }} */ o) => o.value),
      ];
    case 'checkbox':
    case 'consent':
      return [true];
    case 'address':
      return (field.postalCodes ?? ['12345'])
        .slice(0, 5)
        .map((/** @type {string} */ plz) => ({ strasse: 'Lindenweg', hausnummer: '4', plz, ort: 'Musterstadt' }));
    case 'location':
      return [{ latitude: '52.520008', longitude: '13.404954', accuracy: '12' }];
    case 'file':
      return [
        [{ id: crypto.randomUUID(), name: `beispiel-${field.id}.pdf`, type: exampleFile(field).type, size: 24, sha256: '0'.repeat(64) }],
      ];
    default:
      return [];
  }
}

/**
 * Answers that take `definition` through every step to the review, by step; files as the file question
 * wants them. `unsolved` names the questions no candidate satisfied (then the review is not reached).
 * @param {unknown} input the definition's JSON
 */
export function exampleAnswers(input) {
  const parsed = parseDefinition(input);
  if (!parsed.ok) return { steps: [], unsolved: [], broken: true };
  const { definition } = parsed;
  /** @type {Map<string, { field: any, options: unknown[], at: number }>} */
  const tries = new Map();
  const visit = (/** @type {any[]} */ fields, /** @type {string} */ prefix) => {
    for (const field of fields) {
      if (field.type === 'repeat') visit(field.fields, `${prefix}${field.id}.0.`);
      else if (field.type !== 'notice') tries.set(`${prefix}${field.id}`, { field, options: candidates(field), at: 0 });
    }
  };
  for (const step of definition.steps) visit(step.fields, '');
  const values = () => {
    /** @type {Record<string, any>} */
    const out = {};
    for (const [path, entry] of tries) {
      const value = entry.options[entry.at];
      const [top, , inner] = path.split('.');
      if (inner === undefined) out[path] = value;
      else (out[top ?? ''] ??= [{}])[0][inner] = value;
    }
    return out;
  };
  for (let round = 0; round < 500; round++) {
    const model = createAssistantModel(definition, { prefill: values() });
    while (model.getSnapshot().view.kind === 'step' && model.next().kind === 'moved');
    const snapshot = model.getSnapshot();
    if (snapshot.view.kind === 'review') break;
    const failing = (snapshot.summary ?? []).map((issue) => tries.get(issue.fieldId)).filter((entry) => entry !== undefined);
    const movable = failing.filter((entry) => entry.at + 1 < entry.options.length);
    if (movable.length === 0) {
      return { steps: [], unsolved: failing.map((entry) => entry.field.id), broken: false, definition };
    }
    for (const entry of movable) entry.at++;
  }
  const answers = values();
  const steps = definition.steps.map((step) =>
    Object.fromEntries(step.fields.filter((field) => field.id in answers).map((field) => [field.id, answers[field.id]])),
  );
  return { steps, unsolved: [], broken: false, definition };
}
