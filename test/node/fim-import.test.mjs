// @ts-check
/**
 * Issue 14: `npx antrag import-fim` and `importFim` (antrag/fim) on the real FIM samples in ../shared/fim-samples/
 * (read in place, never copied) and on the synthetic fixtures in test/fixtures/fim/. Needs the built library.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDefinition } from '../../dist/core.js';
import { importFim, renderReport, toFimData } from '../../dist/fim.js';
import { repositoryRoot } from '../support/repository-root.mjs';

const SAMPLES = join(repositoryRoot, '../shared/fim-samples');
const CODELISTS = join(SAMPLES, 'codelists');
const samples = ['xdf2', 'xdf3'].flatMap((dir) => readdirSync(join(SAMPLES, dir)).map((file) => `${dir}/${file}`));
const codelists = readdirSync(CODELISTS).map((file) => readFileSync(join(CODELISTS, file), 'utf8'));
const sample = (/** @type {string} */ path) => readFileSync(join(SAMPLES, path), 'utf8');
const fixture = (/** @type {string} */ name) => readFileSync(join(repositoryRoot, 'test/fixtures/fim', name), 'utf8');

/** @param {string[]} args @returns {Promise<{ code: number, stdout: string, stderr: string }>} */
const antrag = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, ['bin/antrag.mjs', ...args], { cwd: repositoryRoot, maxBuffer: 1 << 24 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });

describe('npx antrag import-fim: every XDF 2 and XDF 3 sample', () => {
  assert.equal(samples.length, 6);
  for (const path of samples) {
    it(`${path} imports with its code lists, and the result passes antrag validate`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'antrag-fim-'));
      const out = join(dir, 'form.json');
      const run = await antrag('import-fim', join(SAMPLES, path), '--codelists', CODELISTS, '--out', out, '--report', join(dir, 'report.md'));
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout.trim(), /^\S+: S\d+ [\d.]* \(XDF [23]\): \d+ fields, \d+ groups, \d+ code lists( \(\d+ missing\))?, \d+ rules? to translate, \d+ warnings?\.$/u);
      assert.equal(run.stdout.trim().split('\n').length, 1, 'one line');
      const validated = await antrag('validate', out);
      assert.equal(validated.code, 0, validated.stderr);
      // Stamped as checked (decision 0024): the script-tag file will not load its checker for it.
      assert.doesNotMatch(validated.stdout, /out of date/u);
      assert.match(readFileSync(out, 'utf8'), /\n {2}"checked": "antrag\/2 sha256-[^"]+"\n\}\n$/u);
      assert.match(readFileSync(join(dir, 'report.md'), 'utf8'), /^# FIM import: /u);
    });
  }

  it('writes the definition to stdout without --out, and the summary to stderr', async () => {
    const run = await antrag('import-fim', join(SAMPLES, 'xdf2/S05000058V1.0_bewohnerparken_xdf2.xml'), '--codelists', CODELISTS);
    assert.equal(run.code, 0);
    assert.equal(JSON.parse(run.stdout).id, 'fim-s05000058');
    assert.match(run.stderr, /33 fields, 8 groups, 7 code lists, 2 rules to translate/u);
  });
});

/**
 * Counted straight from the XML with regular expressions, not with the importer's parser: each field and group
 * occurrence, and the values of every code list a select uses (inline `wert`s, or the rows of its genericode file).
 * @param {string} xml
 */
function countFromXml(xml) {
  const fields = xml.match(/<(?:\w+:)?datenfeld>/gu)?.length ?? 0;
  const groups = xml.match(/<(?:\w+:)?datenfeldgruppe>/gu)?.length ?? 0;
  const rows = new Map(
    codelists.map((list) => [/<CanonicalUri>([^<]*)<\/CanonicalUri>/u.exec(list)?.[1], list.match(/<Row>/gu)?.length ?? 0]),
  );
  let values = 0;
  let lists = 0;
  for (const [field] of xml.matchAll(/<(?:\w+:)?datenfeld>[\s\S]*?<\/(?:\w+:)?datenfeld>/gu)) {
    const inline = field.match(/<(?:\w+:)?wert>/gu)?.length ?? 0;
    const uri = /<(?:\w+:)?canonicalIdentification>([^<]*)</u.exec(field)?.[1]?.trim();
    const referenced = uri !== undefined ? rows.get(uri) : undefined;
    if (inline > 0 || referenced !== undefined) lists += 1;
    values += inline > 0 ? inline : (referenced ?? 0);
  }
  return { fields, groups, lists, values };
}

/**
 * The same counts read from the definition: questions and notices with a FIM field id, the FIM groups on
 * each question's way (step, group, repeat, `fim.groups`), and the options of questions that came from code lists.
 * @param {any} definition @param {{ dropped: string[] }} report
 */
function countFromDefinition(definition, report) {
  /** @type {any[]} */
  const fields = [];
  const groups = new Set();
  /** @param {string[]} path */
  const add = (path) => path.forEach((_, i) => groups.add(path.slice(0, i + 1).join('/')));
  /** @param {any[]} list @param {string[]} path the FIM groups around `list` */
  const walk = (list, path) => {
    for (const field of list) {
      const outer = [...path, ...(field.fim?.groups ?? [])];
      if (field.type !== 'repeat' && field.type !== 'group') {
        fields.push(field);
        add(outer);
        continue;
      }
      // A group is a FIM group; a repeat is one too, or stands for a repeating FIM field (an F id).
      const inside = field.fim.id.startsWith('G') ? [...outer, field.fim.id] : outer;
      add(inside);
      walk(field.fields, inside);
    }
  };
  for (const step of definition.steps) {
    const top = step.fim ? [step.fim.id] : [];
    add(top);
    walk(step.fields, top);
  }
  const coded = fields.filter((f) => f.options && !(f.type === 'radio' && f.options[0].value === 'true'));
  return {
    fields: fields.filter((f) => f.fim?.id.startsWith('F')).length + report.dropped.length,
    groups: groups.size,
    lists: coded.length,
    values: coded.reduce((sum, f) => sum + f.options.length, 0),
  };
}

describe('FIM import: counted independently of the importer', () => {
  for (const path of samples) {
    it(`${path}: fields, groups, code lists and their values in the XML are all in the definition`, () => {
      const expected = countFromXml(sample(path));
      const { definition, report } = importFim(sample(path), { codelists });
      assert.deepEqual(countFromDefinition(definition, report), expected);
    });
  }

  it('matches the numbers SOURCES.md gives for the three schemas', () => {
    const counts = (/** @type {string} */ path) => countFromXml(sample(path));
    assert.deepEqual([counts('xdf2/S00000009_gewerbeanmeldung_xdf2.xml').fields, counts('xdf2/S00000009_gewerbeanmeldung_xdf2.xml').groups], [132, 54]);
    assert.deepEqual([counts('xdf2/S05000058V1.0_bewohnerparken_xdf2.xml').fields, counts('xdf2/S05000058V1.0_bewohnerparken_xdf2.xml').groups], [33, 8]);
    assert.deepEqual([counts('xdf2/S00000121_blaue-karte-eu_xdf2.xml').fields, counts('xdf2/S00000121_blaue-karte-eu_xdf2.xml').groups], [88, 29]);
  });
});

describe('FIM import: XDF 1, non-XDF and non-valid files', () => {
  it('refuses the XDF 1 file with a plain message and exit 1, no stack trace', async () => {
    const run = await antrag('import-fim', join(SAMPLES, 'xdf1/S00000036_waffenbesitzkarte_xdf1.xml'));
    assert.equal(run.code, 1);
    assert.match(run.stderr, /This is an XDatenfelder 1 file .*export the schema as XDF 2 or XDF 3/u);
    assert.doesNotMatch(run.stderr, /\n\s+at /u);
    assert.equal(run.stdout, '');
  });

  it('refuses malformed XML, other XML and a missing file with exit 1 and a message naming the file', async () => {
    const notXml = await antrag('import-fim', 'package.json');
    assert.equal(notXml.code, 1);
    assert.match(notXml.stderr, /^package\.json: The file is not well-formed XML \(line 1: /u);
    const other = await antrag('import-fim', 'test/fixtures/fim/../../../demo/public/favicon.svg');
    assert.equal(other.code, 1);
    assert.match(other.stderr, /is not an XDatenfelder 2 or 3 message: its root element <svg>/u);
    const missing = await antrag('import-fim', 'nowhere.xml');
    assert.deepEqual([missing.code, missing.stderr.trim()], [1, 'nowhere.xml: The schema cannot be read (ENOENT).']);
    const usage = await antrag('import-fim');
    assert.equal(usage.code, 2);
  });

  it('refuses a DTD (entity expansion) before parsing', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x xmlns="urn:xoev-de:fim:standard:xdatenfelder_2">&a;</x>';
    assert.throws(() => importFim(xml), { name: 'FimImportError', message: /declares a DTD/u });
  });

  const invalid = {
    'G60000000088_anschrift-inland_datenfeldgruppe_xdf3.xml': /single Datenfeldgruppe .* imported as a form with that one group/u,
    'input-field_datenfeldgruppe_xdf3.xml': /pattern "abc" is a note[\s\S]*without a code list named in its code list reference/u,
    'test_data-field-rule_xdf2.xml': /Not valid XDF 2: <praezisierung> is missing/u,
    'test_select_xdf2.xml': /Code list "urn:de:example" \(1\) was not given; asked as a text field/u,
  };
  for (const [file, warning] of Object.entries(invalid)) {
    it(`imports not-xsd-valid/${file} leniently: exit 0, and the report says what is wrong`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'antrag-fim-'));
      const run = await antrag('import-fim', join(SAMPLES, 'not-xsd-valid', file), '--out', join(dir, 'f.json'), '--report', join(dir, 'r.md'));
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /[1-9]\d* warnings?\./u);
      assert.match(readFileSync(join(dir, 'r.md'), 'utf8'), warning);
      assert.equal((await antrag('validate', join(dir, 'f.json'))).code, 0);
    });
  }
});

describe('FIM import: the Bewohnerparken report', () => {
  for (const path of ['xdf2/S05000058V1.0_bewohnerparken_xdf2.xml', 'xdf3/S05000058V1.0_bewohnerparken_converted-from-xdf2_xdf3.xml']) {
    it(`${path}: lists each rule with the fields and groups it names and where they went`, () => {
      const { report } = importFim(sample(path), { codelists });
      const xdf3 = path.startsWith('xdf3');
      const id = (/** @type {string} */ xdf2Id) => (xdf3 ? `${xdf2Id.slice(0, 3)}000${xdf2Id.slice(3)}` : xdf2Id);
      assert.deepEqual(
        report.rules.map((/** @type {any} */ r) => [r.id, r.names.map((/** @type {any} */ n) => n.fim)]),
        [
          [id('R05000281'), [id('F05001047'), id('G05000499')]],
          [id('R05000334'), [id('F05001347'), id('G05000599')]],
        ],
      );
      for (const rule of report.rules) for (const name of rule.names) assert.ok(name.antrag.length > 0, `${name.fim} is in the form`);
      const markdown = renderReport(report);
      assert.match(markdown, new RegExp(`### ${id('R05000281')}: Angaben zur Fahrzeughalterin, zum Fahrzeughalter`, 'u'));
      assert.match(markdown, new RegExp(`- Names ${id('F05001047')} → \`${id('F05001047').toLowerCase()}\``, 'u'));
      // A nested group is a group of the form (a fieldset) under its own id.
      assert.match(markdown, new RegExp(`- Names ${id('G05000599')} → \`${id('G05000599').toLowerCase()}\`\n`, 'u'));
      assert.match(markdown, /Translate 2 rules/u);
    });
  }

  it('puts each rule as a note next to the questions it names', () => {
    const { definition } = importFim(sample('xdf2/S05000058V1.0_bewohnerparken_xdf2.xml'), { codelists });
    const fields = definition.steps.flatMap((/** @type {any} */ s) => s.fields);
    const named = fields.find((/** @type {any} */ f) => f.fim?.id === 'F05001047');
    assert.match(named.fim.rules[0], /^R05000281 \(Angaben zur Fahrzeughalterin, zum Fahrzeughalter\): Wenn bei F05001047/u);
  });
});

describe('FIM import: mapping (synthetic XDF 3 fixture)', () => {
  const { definition, report } = importFim(fixture('synthetic-xdf3.xml'));
  const fields = definition.steps.flatMap((/** @type {any} */ s) => s.fields);
  const byFim = (/** @type {string} */ id) => fields.find((/** @type {any} */ f) => f.fim?.id === id);

  it('is a valid definition with the schema as its origin', () => {
    assert.ok(parseDefinition(definition).ok);
    assert.deepEqual([definition.id, definition.version, definition.fim], ['fim-s99000000001', '2.1.0', { id: 'S99000000001', version: '2.1.0' }]);
    assert.equal(definition.description, 'Ein Schema nur für Tests.\n\nRechtsgrundlage: § 1 Testgesetz');
  });

  it('maps labels, review labels, hints, text_latin, patterns, option hints and nested groups', () => {
    const name = byFim('F99000000001');
    assert.deepEqual([name.label, name.summaryLabel, name.hint, name.charset, name.pattern.regex], ['Familienname', 'Name', 'Wie im Ausweis.', 'latin', "[\\p{L} '-]*"]);
    assert.equal(byFim('F99000000002').type, 'radio');
    assert.equal(byFim('F99000000002').options[2].hint, 'Sie werden mit Ihrem vollen Namen angesprochen.');
    const group = byFim('G99000000002');
    assert.deepEqual([group.type, group.id, group.label, group.fields.map((/** @type {any} */ f) => f.fim.id)], ['group', 'g99000000002', 'Geburt', ['F99000000004']]);
    const born = group.fields[0];
    assert.equal(born.fim.groups, undefined, 'the group holds its FIM id');
    assert.deepEqual([born.min, born.max], ['1900-01-01', '2026-11-26']);
  });

  it('maps a 0:3 group to a repeat, a file with its limits, bool to Ja/Nein and label to a notice', () => {
    const repeat = byFim('G99000000003');
    assert.deepEqual([repeat.type, repeat.min, repeat.max], ['repeat', 0, 3]);
    assert.deepEqual(repeat.fields.find((/** @type {any} */ f) => f.fim.id === 'F99000000008').step, 0.01);
    assert.deepEqual([byFim('F99000000009').accept, byFim('F99000000009').maxSizeMb, byFim('F99000000009').maxFiles], [['application/pdf'], 2, 2]);
    assert.deepEqual(byFim('F99000000005').options.map((/** @type {any} */ o) => o.label), ['Ja', 'Nein']);
    assert.equal(byFim('F99000000010').type, 'notice');
  });

  it('maps a locked field with inhalt to a read-only question with that default', () => {
    assert.deepEqual([byFim('F99000000011').type, byFim('F99000000011').default, byFim('F99000000011').readonly], ['text', 'AZ-2026-17', true]);
  });

  it('keeps a hidden field with a value as a constant (sent, never shown)', () => {
    assert.deepEqual([byFim('F99000000003').constant, byFim('F99000000003').default, byFim('F99000000003').required], [true, 'K-17', false]);
    assert.deepEqual(report.dropped, []);
  });

  it('makes a repeating field inside a repeated group a repeat inside the repeat (decision 0025), without a warning', () => {
    const inner = byFim('G99000000003').fields.find((/** @type {any} */ f) => f.fim.id === 'F99000000007');
    assert.deepEqual([inner.type, inner.id, inner.min, inner.max, inner.fields.map((/** @type {any} */ f) => f.id)], ['repeat', 'f99000000007', 1, 50, ['wert']]);
    assert.deepEqual(report.warnings.filter((/** @type {any} */ w) => w.element === 'F99000000007'), []);
    assert.ok(parseDefinition(definition).ok);
  });

  it('never runs a rule script: it is only quoted in the report', () => {
    assert.equal(/** @type {any} */ (globalThis).fimScriptRan, undefined);
    assert.match(report.rules[0].script, /fimScriptRan/u);
    assert.match(renderReport(report), /Script \(not executed\)/u);
  });

  it('delivers the answers keyed by FIM ids, nested by FIM group (toFimData)', () => {
    const data = {
      f99000000001: 'Muster',
      f99000000002: '3',
      f99000000004: '1990-05-01',
      f99000000005: 'true',
      g99000000003: [{ f99000000006: 'Hund', f99000000007: [{ wert: 'Bello' }, { wert: 'Wuffi' }], f99000000008: 12.5 }],
    };
    assert.deepEqual(toFimData(definition, { data }), {
      G99000000001: { F99000000001: 'Muster', F99000000002: '3', G99000000002: { F99000000004: '1990-05-01' } },
      G99000000004: { F99000000005: true, G99000000003: [{ F99000000006: 'Hund', F99000000007: ['Bello', 'Wuffi'], F99000000008: 12.5 }] },
    });
  });
});

describe('FIM import: dirty XDF 2 (synthetic fixture)', () => {
  const { definition, report } = importFim(fixture('dirty-xdf2.xml'));
  const fields = definition.steps.flatMap((/** @type {any} */ s) => s.fields);
  const byFim = (/** @type {string} */ id) => fields.find((/** @type {any} */ f) => f.fim?.id === id);
  const warned = (/** @type {string} */ id) => report.warnings.filter((/** @type {any} */ w) => w.element === id).map((/** @type {any} */ w) => w.message);

  it('reads "5", "1..31", "Mehrfachauswahl", doubled backslashes and broken JSON with a warning each, never a crash', () => {
    assert.ok(parseDefinition(definition).ok);
    assert.equal(byFim('F99000001').maxLength, 5);
    assert.deepEqual([byFim('F99000002').min, byFim('F99000002').max, byFim('F99000002').step], [1, 31, 1]);
    assert.equal(byFim('F99000003').pattern, undefined);
    assert.equal(byFim('F99000004').pattern.regex, '[\\p{L}0-9. ]*');
    assert.deepEqual([byFim('F99000005').minLength, byFim('F99000005').pattern, byFim('F99000005').default], [undefined, undefined, 'Vorgabe']);
    for (const id of ['F99000001', 'F99000002', 'F99000003', 'F99000004']) assert.equal(warned(id).length, 1, id);
    assert.equal(warned('F99000005').length, 2);
  });

  it('asks a select whose code list is missing as text, and lists the list', () => {
    assert.equal(byFim('F99000006').type, 'text');
    assert.deepEqual(report.missingCodeLists, [{ element: 'F99000006', uri: 'urn:example:fehlt', version: '1' }]);
    assert.equal(definition.version, '1.0.0');
  });
});

describe('FIM import: XDF 3 translations (synthetic fixture)', () => {
  const { definition } = importFim(fixture('synthetic-xdf3.xml'), { translations: [fixture('synthetic-xdf3-uebersetzung.xml')] });
  const fields = definition.steps.flatMap((/** @type {any} */ s) => s.fields);
  const byFim = (/** @type {string} */ id) => fields.find((/** @type {any} */ f) => f.fim?.id === id);

  it('adds English to the languages and Einfache Sprache as the German variant; the result is valid', () => {
    assert.deepEqual(definition.languages, ['de', 'en']);
    assert.ok(parseDefinition(definition).ok, JSON.stringify(parseDefinition(definition)));
    assert.deepEqual(definition.title, { de: 'Antrag auf einen Testausweis', en: 'Application for a test card' });
    assert.deepEqual(definition.steps[0].title, { de: 'Angaben zur Person', en: 'About you' });
  });

  it('translates labels, hints, review labels, options and option hints; untranslated texts keep the German', () => {
    const name = byFim('F99000000001');
    assert.deepEqual(name.label, { de: 'Familienname', en: 'Surname', 'de-x-einfach': 'Ihr Nachname' });
    assert.deepEqual(name.hint, { de: 'Wie im Ausweis.', en: 'As in your identity card.' });
    assert.deepEqual(name.summaryLabel, { de: 'Name', en: 'Name', 'de-x-einfach': 'Nachname' });
    const anrede = byFim('F99000000002');
    assert.deepEqual(anrede.options[2], {
      value: '3',
      label: { de: 'Keine Anrede', en: 'None' },
      hint: { de: 'Sie werden mit Ihrem vollen Namen angesprochen.', en: 'We use your full name.' },
    });
    assert.equal(byFim('F99000000006'), undefined, 'inside the repeat');
    assert.deepEqual(byFim('F99000000005').options.map((/** @type {any} */ o) => o.label), [
      { de: 'Ja', en: 'Yes' },
      { de: 'Nein', en: 'No' },
    ]);
  });

  it('refuses a translation file that is not one, with a plain message', async () => {
    assert.throws(() => importFim(fixture('synthetic-xdf3.xml'), { translations: [fixture('dirty-xdf2.xml')] }), {
      name: 'FimImportError',
      message: /not an XDatenfelder 3 translation/u,
    });
    const run = await antrag('import-fim', 'test/fixtures/fim/synthetic-xdf3.xml', '--translations', 'test/fixtures/fim/synthetic-xdf3-uebersetzung.xml');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout).languages, ['de', 'en']);
  });
});
