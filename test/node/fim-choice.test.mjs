// @ts-check
/**
 * Issue 14: FIM Auswahlgruppen (XDF 3 `art` X, "the citizen fills exactly one of its elements") imported as a
 * radio "Welche Angabe machen Sie?" with a `visibleIf` on each alternative (MAPPING.md: "synthesised"). None of
 * the shared samples has one: test/fixtures/fim/synthetic-xdf3-auswahl.xml is written for this. Needs the built library.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDefinition, validateSubmission } from '../../dist/core.js';
import { importFim, renderReport, toFimData } from '../../dist/fim.js';
import { repositoryRoot } from '../support/repository-root.mjs';

const FIXTURE = 'test/fixtures/fim/synthetic-xdf3-auswahl.xml';
const fixture = (/** @type {string} */ path) => readFileSync(join(repositoryRoot, path), 'utf8');

/** @param {string[]} args @returns {Promise<{ code: number, stdout: string, stderr: string }>} */
const antrag = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, ['bin/antrag.mjs', ...args], { cwd: repositoryRoot }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });

/** Every field of a list, with those in groups and repeated items. @param {any[]} fields @returns {any[]} */
const all = (fields) => fields.flatMap((field) => [field, ...(field.fields ? all(field.fields) : [])]);
/** @param {string} id */
const shownIf = (id, /** @type {string} */ value) => ({ '==': [{ var: id }, value] });
/** A submission of `data` to the form `definition`, as the assistant sends it. @param {any} definition @param {Record<string, unknown>} data */
const payload = (definition, data) => ({
  submissionId: '0b5a4d6e-2f7c-4c1e-9a55-2f0c1d3e4b5a',
  form: { id: definition.id, version: definition.version },
  data,
});

describe('FIM import: an Auswahlgruppe becomes a radio and exclusive alternatives', () => {
  const { definition, report } = importFim(fixture(FIXTURE));
  const fields = all(definition.steps.flatMap((/** @type {any} */ s) => s.fields));
  const byId = (/** @type {string} */ id) => fields.find((f) => f.id === id);

  it('asks "Welche Angabe machen Sie?" with one option per alternative, labelled as the alternative; required as the group', () => {
    const group = byId('g99000000203');
    assert.equal(group.type, 'group');
    const radio = group.fields[0];
    assert.deepEqual(radio, {
      id: 'g99000000203-auswahl',
      type: 'radio',
      label: 'Welche Angabe machen Sie?',
      required: true,
      options: [
        { value: 'F99000000204', label: 'Nummer des Personalausweises' },
        { value: 'G99000000205', label: 'Reisepass' },
      ],
    });
    // The radio is no FIM field: it has no FIM origin.
    assert.equal(radio.fim, undefined);
    // A 0:1 Auswahlgruppe (a step of its own here) may be left unanswered.
    const optional = definition.steps[1].fields[0];
    assert.deepEqual([optional.id, optional.type, optional.required], ['g99000000210-auswahl', 'radio', undefined]);
  });

  it('shows each alternative only while it is chosen: a field, and each question of a group alternative', () => {
    assert.deepEqual(byId('f99000000204').visibleIf, shownIf('g99000000203-auswahl', 'F99000000204'));
    for (const id of ['f99000000206', 'f99000000207']) {
      assert.deepEqual(byId(id).visibleIf, shownIf('g99000000203-auswahl', 'G99000000205'), id);
      assert.deepEqual(byId(id).fim.groups, ['G99000000205'], `${id} keeps its FIM group`);
    }
    // Shown, an alternative is asked in full, also in an optional Auswahlgruppe: the radio says whether anything is given.
    assert.equal(byId('f99000000211').required, true);
    assert.deepEqual(byId('f99000000212').visibleIf, shownIf('g99000000210-auswahl', 'F99000000212'));
  });

  it('inside a repeated item, the condition reads the item\'s own answer (its id, not a path)', () => {
    const repeat = byId('g99000000220');
    assert.equal(repeat.type, 'repeat');
    const [radio, kita, schule] = repeat.fields[1].fields;
    assert.deepEqual([radio.id, radio.required], ['g99000000222-auswahl', true]);
    assert.deepEqual(kita.visibleIf, shownIf('g99000000222-auswahl', 'F99000000223'));
    assert.deepEqual(schule.visibleIf, shownIf('g99000000222-auswahl', 'F99000000224'));
  });

  it('is a valid definition, and the model requires only the chosen alternative and refuses a hidden one', () => {
    const parsed = parseDefinition(definition);
    assert.ok(parsed.ok, JSON.stringify(parsed.issues));
    const passport = { f99000000202: 'Muster', 'g99000000203-auswahl': 'G99000000205', f99000000206: 'C01X00T47', f99000000207: 'Deutschland' };
    assert.deepEqual(validateSubmission(definition, payload(definition, passport)).issues, []);
    const codes = (/** @type {Record<string, unknown>} */ data) => validateSubmission(definition, payload(definition, data)).issues.map((i) => [i.fieldId, i.code]);
    assert.deepEqual(codes({ f99000000202: 'Muster' }), [['g99000000203-auswahl', 'required']]);
    assert.deepEqual(codes({ ...passport, f99000000204: 'L01X00T47' }), [['f99000000204', 'hidden']]);
    assert.deepEqual(codes({ ...passport, f99000000206: undefined }), [['f99000000206', 'required']]);
  });

  it('reports what it synthesised, instead of leaving it to be done by hand', () => {
    assert.deepEqual(report.choices[0], {
      element: 'G99000000203',
      label: 'Nachweis der Identität',
      question: 'g99000000203-auswahl',
      required: true,
      alternatives: [
        { fim: 'F99000000204', value: 'F99000000204', label: 'Nummer des Personalausweises', shows: ['f99000000204'] },
        { fim: 'G99000000205', value: 'G99000000205', label: 'Reisepass', shows: ['f99000000206', 'f99000000207'] },
      ],
    });
    assert.deepEqual(report.choices.map((/** @type {any} */ c) => [c.element, c.question, c.required]), [
      ['G99000000203', 'g99000000203-auswahl', true],
      ['G99000000210', 'g99000000210-auswahl', false],
      ['G99000000222', 'g99000000220.g99000000222-auswahl', true],
    ]);
    assert.deepEqual(report.warnings, []);
    const markdown = renderReport(report);
    assert.match(markdown, /- \[ \] Check the wording of the 3 questions "Welche Angabe machen Sie\?" written for Auswahlgruppen/u);
    assert.match(markdown, /## Auswahlgruppen \(3\)\n/u);
    assert.match(markdown, /### G99000000203: Nachweis der Identität\n\n- Asked with `g99000000203-auswahl` \(required\)\n- "Nummer des Personalausweises" \(F99000000204; option value `F99000000204`\) shows `f99000000204`\n- "Reisepass" \(G99000000205; option value `G99000000205`\) shows `f99000000206`, `f99000000207`\n/u);
    assert.match(markdown, /- Asked with `g99000000220\.g99000000222-auswahl` \(required\)/u);
    assert.doesNotMatch(markdown, /by hand/u);
  });

  it('delivers the chosen alternative under the Auswahlgruppe in toFimData, without the radio', () => {
    const data = {
      f99000000202: 'Muster',
      'g99000000203-auswahl': 'G99000000205',
      f99000000206: 'C01X00T47',
      f99000000207: 'Deutschland',
      'g99000000210-auswahl': 'F99000000211',
      f99000000211: 'erika@example.org',
      g99000000220: [{ f99000000221: 'Mia', 'g99000000222-auswahl': 'F99000000224', f99000000224: 'Grundschule Nord' }],
    };
    // A submission the form accepts: only the chosen alternatives, with the radios' answers.
    assert.deepEqual(validateSubmission(definition, payload(definition, data)).issues, []);
    assert.deepEqual(toFimData(definition, { data }), {
      G99000000201: { F99000000202: 'Muster', G99000000203: { G99000000205: { F99000000206: 'C01X00T47', F99000000207: 'Deutschland' } } },
      G99000000210: { F99000000211: 'erika@example.org' },
      G99000000220: [{ F99000000221: 'Mia', G99000000222: { F99000000224: 'Grundschule Nord' } }],
    });
  });

  it('writes the radio and its options in the languages of the translations (XDF 3 Übersetzung)', () => {
    const translated = importFim(fixture(FIXTURE), { translations: [fixture('test/fixtures/fim/synthetic-xdf3-auswahl-uebersetzung.xml')] }).definition;
    assert.deepEqual(translated.languages, ['de', 'en']);
    const radio = all(translated.steps[0].fields).find((f) => f.id === 'g99000000203-auswahl');
    assert.deepEqual(radio.label, { de: 'Welche Angabe machen Sie?', en: 'Which of these will you give?' });
    assert.deepEqual(radio.options.map((/** @type {any} */ o) => o.label), [
      { de: 'Nummer des Personalausweises', en: 'Identity card number' },
      { de: 'Reisepass', en: 'Passport' },
    ]);
    // The alternative itself, inside the group, is translated too.
    assert.deepEqual(all(translated.steps[0].fields).find((f) => f.id === 'f99000000204').label, { de: 'Nummer des Personalausweises', en: 'Identity card number' });
    const parsed = parseDefinition(translated);
    assert.ok(parsed.ok, JSON.stringify(parsed.issues));
  });

  it('imports with `antrag import-fim`, and the result passes `antrag validate`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antrag-fim-choice-'));
    const out = join(dir, 'form.json');
    const run = await antrag('import-fim', FIXTURE, '--out', out, '--report', join(dir, 'report.md'));
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /S99000000200 1\.0\.0 \(XDF 3\): 9 fields, 6 groups, 0 code lists, 0 rules to translate, 0 warnings\./u);
    assert.match(readFileSync(join(dir, 'report.md'), 'utf8'), /## Auswahlgruppen \(3\)/u);
    const validated = await antrag('validate', out);
    assert.equal(validated.code, 0, validated.stderr);
  });
});

/** A small XDF 3 schema: one top-level group holding `inner` (XML of its `struktur` elements). @param {string} inner */
const schema = (inner) => `<?xml version="1.0" encoding="UTF-8"?>
<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
  <xdf:stammdatenschema><xdf:identifikation><xdf:id>S99000000300</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>
    <xdf:bezeichnung>Auswahl</xdf:bezeichnung>
    <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt>${group('G99000000301', 'Angaben', false, inner)}</xdf:enthaelt></xdf:struktur>
  </xdf:stammdatenschema>
</xdf:xdatenfelder.stammdatenschema.0102>`;
/** @param {string} id @param {string} label @param {boolean} choice @param {string} inner */
const group = (id, label, choice, inner) =>
  `<xdf:datenfeldgruppe><xdf:identifikation><xdf:id>${id}</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>
    <xdf:name>${label}</xdf:name><xdf:bezeichnungEingabe>${label}</xdf:bezeichnungEingabe>
    ${choice ? '<xdf:art><code>X</code></xdf:art>' : ''}${inner}</xdf:datenfeldgruppe>`;
/** @param {string} id @param {string} label @param {string} [feldart] */
const field = (id, label, feldart = 'input') =>
  `<xdf:datenfeld><xdf:identifikation><xdf:id>${id}</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>
    <xdf:name>${label}</xdf:name><xdf:bezeichnungEingabe>${label}</xdf:bezeichnungEingabe>
    <xdf:feldart><code>${feldart}</code></xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp></xdf:datenfeld>`;
const one = (/** @type {string} */ element) => `<xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt>${element}</xdf:enthaelt></xdf:struktur>`;

describe('FIM import: Auswahlgruppen in odd places', () => {
  it('an Auswahlgruppe inside an alternative: its alternatives are shown only while both choices hold', () => {
    const inner = group('G99000000303', 'Kontakt', true, one(field('F99000000304', 'E-Mail')) + one(field('F99000000305', 'Telefon')));
    const outer = group('G99000000302', 'Nachweis', true, one(field('F99000000306', 'Aktenzeichen')) + one(inner));
    const { definition, report } = importFim(schema(one(outer)));
    assert.ok(parseDefinition(definition).ok, JSON.stringify(parseDefinition(definition).issues));
    const fields = all(definition.steps[0].fields);
    const phone = fields.find((f) => f.id === 'f99000000305');
    assert.deepEqual(phone.visibleIf, { and: [shownIf('g99000000302-auswahl', 'G99000000303'), shownIf('g99000000303-auswahl', 'F99000000305')] });
    // The inner radio is itself part of the outer alternative.
    assert.deepEqual(fields.find((f) => f.id === 'g99000000303-auswahl').visibleIf, shownIf('g99000000302-auswahl', 'G99000000303'));
    assert.equal(report.choices.length, 2);
    // Two radios on one step are told apart by their Auswahlgruppe, as the error summary lists them side by side.
    assert.deepEqual(fields.filter((f) => f.type === 'radio').map((f) => f.label), ['Welche Angabe machen Sie? (Nachweis)', 'Welche Angabe machen Sie? (Kontakt)']);
  });

  it('with fewer than two alternatives that can be asked, shows them without a choice and says so', () => {
    const choice = group('G99000000302', 'Nachweis', true, one(field('F99000000306', 'Aktenzeichen')) + one(field('F99000000307', 'Intern', 'hidden')));
    const { definition, report } = importFim(schema(one(choice)));
    assert.ok(parseDefinition(definition).ok);
    const fields = all(definition.steps[0].fields);
    assert.deepEqual(fields.map((f) => [f.id, f.type, f.visibleIf]), [
      ['g99000000302', 'group', undefined],
      ['f99000000306', 'text', undefined],
    ]);
    assert.deepEqual(report.choices, []);
    assert.match(report.warnings.map((/** @type {any} */ w) => w.message).join('\n'), /alternative F99000000307 of the Auswahlgruppe has nothing to ask[\s\S]*fewer than two alternatives/u);
  });
});
