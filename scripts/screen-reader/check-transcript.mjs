// @ts-check
/**
 * Cuts Orca's speech log into what it said after each action of drive-hundesteuer.mjs, writes that as the
 * transcript, and checks the phrases a screen-reader user must hear, in order (issue 11, decision 0013).
 *
 * Usage: node check-transcript.mjs <orca debug log> <marks file> <transcript file>
 * Exit code 1 when an expectation fails; the transcript is written either way.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * What must (count ≥ 1, or exactly `count`) or must not (count 0) be said after an action. Orca runs in the
 * C locale here, so its own words (roles, states) are English; the form's words are German. A `gap` is
 * reported but does not fail the check: something we expected that Orca does not say (see the docs).
 * @type {Array<{ after: string, phrase: string, count?: number, why: string, gap?: boolean }>}
 */
export const expectations = [
  {
    after: 'weiter-with-errors',
    phrase: 'Es gibt ein Problem',
    count: 1,
    why: 'the focused summary says its title once, not raced by an alert',
  },
  { after: 'weiter-with-errors', phrase: 'Bitte geben Sie', why: 'and then the problems' },
  {
    after: 'fix-field-and-tab',
    phrase: 'Es gibt ein Problem',
    count: 0,
    why: 'fixing a field and tabbing on does not re-read the summary',
  },
  { after: 'weiter-to-step-2', phrase: 'Ihre Hunde', why: 'the focused heading names the step' },
  // Orca 43 speaks a heading's text, not an aria-labelledby name: the progress is text of the heading (visually hidden).
  { after: 'weiter-to-step-2', phrase: 'Schritt 2 von 5', why: 'and where it is, without manage-title' },
  { after: 'remove-dog-2', phrase: 'Hund 2 entfernt', why: 'the removal is said although the pressed button is gone' },
  { after: 'tab-to-required-checkbox', phrase: 'Meine Angaben sind richtig und vollständig', why: 'the declaration checkbox by its label' },
  { after: 'tab-to-required-checkbox', phrase: 'required', why: 'a required single checkbox is said to be required' },
  { after: 'submit', phrase: 'Aktenzeichen', why: 'the confirmation with its reference is said without reading on' },
];

/**
 * Which language Orca learns for a text after an action (the `lang` the assistant put on it).
 * @type {Array<{ after: string, object: string, language: string, why: string }>}
 */
export const languages = [
  {
    after: 'arabic-heading',
    object: 'heading | Halterin oder Halter',
    language: 'de',
    why: 'a German step title in the Arabic interface is German',
  },
];

/**
 * The utterances of an Orca debug log ("12:00:01.123456 - SPEECH OUTPUT: 'Weiter push button'"), with time.
 * @param {string} log
 * @returns {Array<{ time: string, text: string }>}
 */
export function utterances(log) {
  const said = [];
  const lines = log.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^(\d\d:\d\d:\d\d\.\d{6}) - SPEECH OUTPUT: '(.*)$/u.exec(lines[i] ?? '');
    if (!match) continue;
    let rest = match[2] ?? '';
    // A long utterance continues on lines indented by 18 spaces.
    while (lines[i + 1]?.startsWith(' '.repeat(18))) rest += ` ${lines[++i]?.trim()}`;
    // After the closing quote Orca logs the voice (" voice=uppercase") and its settings ("{…}" or "None").
    const text = rest.replace(/'(?: voice=\S+)?\s*(?:\{.*\}|None|ACSS.*)?\s*$/u, '');
    if (text.trim()) said.push({ time: match[1] ?? '', text });
  }
  return said;
}

/**
 * The language Chromium gives a text through AT-SPI ("language:de" among its text attributes), as Orca asks
 * for it before it speaks an object: the `lang` of the text (or the nearest one above it).
 * @param {string} log
 * @returns {Array<{ time: string, object: string, language: string }>}
 */
export function textLanguages(log) {
  const found = [];
  let object = '';
  for (const line of log.split('\n')) {
    const asked = /^(\d\d:\d\d:\d\d\.\d{6}) - INFO: Getting text attributes for \[(.*)\] \(chars/u.exec(line);
    if (asked) object = asked[2] ?? '';
    const answer = /^(\d\d:\d\d:\d\d\.\d{6}) - INFO: Attributes at (\d+): .*'language:([\w-]+)'/u.exec(line);
    if (answer) found.push({ time: answer[1] ?? '', object, at: Number(answer[2]), language: answer[3] ?? '' });
  }
  return found;
}

/**
 * The utterances after each mark, up to the next one.
 * @param {Array<{ time: string, text: string }>} said
 * @param {string} marks lines "HH:MM:SS.ffffff name"
 */
export function sections(said, marks) {
  const list = marks
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ time: line.slice(0, 15), name: line.slice(16) }));
  return list.slice(0, -1).map((mark, i) => ({
    name: mark.name,
    said: said.filter((u) => u.time >= mark.time && u.time < (list[i + 1]?.time ?? '99')).map((u) => u.text),
  }));
}

const [logFile, marksFile, transcriptFile] = process.argv.slice(2);
if (logFile && marksFile && transcriptFile) {
  const cut = sections(utterances(readFileSync(logFile, 'utf8')), readFileSync(marksFile, 'utf8'));
  writeFileSync(transcriptFile, cut.map((s) => `## ${s.name}\n${s.said.map((text) => `  ${text}`).join('\n')}\n`).join('\n'));
  console.log(`transcript: ${transcriptFile}`);
  let failed = 0;
  let last = -1;
  for (const { after, phrase, count, why, gap } of expectations) {
    const index = cut.findIndex((s) => s.name === after);
    const section = cut[index];
    const times = section ? section.said.join(' \n ').split(phrase).length - 1 : 0;
    const ok = section !== undefined && (count === undefined ? times >= 1 : times === count) && index >= last;
    if (!ok && !gap) failed++;
    if (count !== 0 && times > 0) last = index;
    const verdict = ok ? 'ok  ' : gap ? 'GAP ' : 'FAIL';
    console.log(`${verdict} after ${after}: "${phrase}" said ${times}× (${count === undefined ? 'at least once' : `${count}×`}) – ${why}`);
  }
  const log = readFileSync(logFile, 'utf8');
  const marks = readFileSync(marksFile, 'utf8').trim().split('\n');
  for (const { after, object, language, why } of languages) {
    const at = marks.findIndex((line) => line.slice(16) === after);
    const [from, to] = [marks[at]?.slice(0, 15) ?? '99', marks[at + 1]?.slice(0, 15) ?? '99'];
    // The object's text from its start: the title (a step heading goes on with its progress, in the interface's language).
    const heard = textLanguages(log).filter((t) => t.time >= from && t.time < to && t.object.startsWith(object) && t.at === 0);
    const ok = heard.length > 0 && heard.every((t) => t.language === language);
    if (!ok) failed++;
    const got = [...new Set(heard.map((t) => t.language))].join(', ') || 'nothing';
    console.log(`${ok ? 'ok  ' : 'FAIL'} after ${after}: [${object}] in ${got} (${language}) – ${why}`);
  }
  if (failed) {
    console.error(`${failed} expectation(s) failed; see ${transcriptFile}`);
    process.exit(1);
  }
}
