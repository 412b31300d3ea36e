import { childFields } from '../definition/field-tree.js';
import type { Definition, Field, Step } from '../definition/schema.js';
import { applyTranslations, readTranslations } from './apply-translations.js';
import { attachRules, findRules, type ReportedRule } from './attach-rules.js';
import { buildSteps } from './build-steps.js';
import type { SynthesisedChoice } from './choice-group.js';
import { oneLine } from './map-field.js';
import { readGenericode, type CodeList } from './read-genericode.js';
import { readXdf } from './read-xdf.js';
import type { FimSchema } from './xdf-model.js';

/** Options of {@link importFim}. */
export interface ImportFimOptions {
  /** The genericode files the schema's code lists may be in, as XML text (`antrag import-fim --codelists DIR`). */
  codelists?: readonly string[];
  /** XDF 3 translation messages (`xdatenfelder.uebersetzung.0106`), as XML text (`--translations FILE`). */
  translations?: readonly string[];
}

/** What an import leaves to people: each line names the FIM element it is about. */
export interface ImportReport {
  source: { xdf: 2 | 3; id: string; version: string; title: string };
  counts: { fields: number; groups: number; codeLists: number; codeListValues: number; rules: number };
  /** Every rule with the fields and groups it names (and the Antrag ids they became): to translate by hand. */
  rules: ReportedRule[];
  /** Code lists the schema references that were not given: their fields are text fields for now. */
  missingCodeLists: Array<{ element: string; uri: string; version: string }>;
  /** Auswahlgruppen (XDF 3 `art` X), each asked with a radio the importer wrote: its wording is worth a look. */
  choices: SynthesisedChoice[];
  /** FIM fields with no place in a form (hidden, obj). */
  dropped: string[];
  /** Everything read leniently or mapped with a compromise, one line each. */
  warnings: Array<{ element: string; message: string }>;
}

/** The outcome: a definition to check with `antrag validate` and to edit, and the report. */
export interface ImportResult {
  definition: Definition;
  report: ImportReport;
}

/**
 * Turns an XDatenfelder 2 or 3 Stammdatenschema into an Antrag definition and a report of what is left to do
 * (rules to translate, missing code lists, compromises). Throws a `FimImportError` with a plain message for
 * XDF 1, non-XDF or malformed XML. Never executes a rule's script.
 */
export function importFim(xml: string, options: ImportFimOptions = {}): ImportResult {
  const schema = readXdf(xml);
  const translations = readTranslations(options.translations ?? []);
  const warnings: ImportReport['warnings'] = schema.warnings.map((message) => ({ element: schema.id, message }));
  const codeLists: CodeList[] = [];
  (options.codelists ?? []).forEach((text, i) => {
    try {
      codeLists.push(readGenericode(text, `Code list file ${i + 1}`));
    } catch (error) {
      warnings.push({ element: `code list ${i + 1}`, message: error instanceof Error ? error.message : String(error) });
    }
  });
  const placed = new Map<string, string[]>();
  const report: ImportReport = {
    source: { xdf: schema.xdf, id: schema.id, version: schema.version, title: schema.title },
    counts: { fields: 0, groups: 0, codeLists: 0, codeListValues: 0, rules: 0 },
    rules: [],
    missingCodeLists: [],
    choices: [],
    dropped: [],
    warnings,
  };
  const steps = buildSteps(schema.items, codeLists, {
    warn: (element, message) => warnings.push({ element, message }),
    missingCodeList: (element, uri, version) => report.missingCodeLists.push({ element, uri, version }),
    placed: (fimId, antragId) => placed.set(fimId, [...(placed.get(fimId) ?? []), antragId]),
    dropped: (fimId) => report.dropped.push(fimId),
    choice: (made) => report.choices.push(made),
  });
  if (steps.length === 0) steps.push(emptyStep(schema));
  report.rules = findRules(schema, placed);
  const imported: Definition = {
    schemaVersion: 1,
    id: `fim-${schema.id.toLowerCase().replace(/[^a-z0-9-]/gu, '-')}`.slice(0, 64),
    version: semver(schema.version),
    title: oneLine(schema.title),
    ...description(schema),
    languages: ['de'],
    steps: attachRules(steps, report.rules),
    fim: { id: schema.id, version: schema.version },
  };
  const definition = applyTranslations(imported, translations);
  report.counts = count(definition, report);
  return { definition, report };
}

function description(schema: FimSchema): { description?: string } {
  const parts = [oneLine(schema.description), schema.legalBasis && `Rechtsgrundlage: ${oneLine(schema.legalBasis)}`].filter(Boolean);
  return parts.length > 0 ? { description: parts.join('\n\n') } : {};
}

function emptyStep(schema: FimSchema): Step {
  return { id: 'hinweis', title: oneLine(schema.title) || schema.id, fields: [{ id: 'leer', type: 'notice', text: 'Dieses Schema enthält keine Felder.' }] };
}

/** "1.0" → "1.0.0"; anything else readable as digits is padded, the rest becomes "0.0.0". */
function semver(version: string): string {
  const parts = version.split('.').filter((part) => /^\d+$/u.test(part));
  if (parts.length === 0) return '0.0.0';
  return [...parts, '0', '0'].slice(0, 3).map(Number).join('.');
}

/** What the definition holds of the schema, counted the way a reader of the report checks it. */
function count(definition: Definition, report: ImportReport): ImportReport['counts'] {
  const fields: Field[] = [];
  const groups = new Set<string>();
  /** Every group on a field's way from the schema, each prefix of the path one group occurrence. */
  const addPath = (path: string[]) => path.forEach((_, i) => groups.add(path.slice(0, i + 1).join('/')));
  /** Walks fields under the groups `path`: a group, or a repeat of a FIM group, adds its own id for what it holds. */
  const walk = (list: readonly Field[], path: string[]): void => {
    for (const field of list) {
      const outer = [...path, ...(field.fim?.groups ?? [])];
      const inside = childFields(field).length > 0 && field.fim?.id.startsWith('G') ? [...outer, field.fim.id] : outer;
      addPath(inside);
      if (field.type !== 'group') fields.push(field);
      walk(childFields(field), inside);
    }
  };
  for (const step of definition.steps) {
    const top = step.fim ? [step.fim.id] : [];
    addPath(top);
    walk(step.fields, top);
  }
  const listed = fields.filter((f) => 'options' in f && f.fim && !(f.type === 'radio' && f.options[0]?.value === 'true'));
  return {
    fields: fields.filter((f) => f.fim?.id.startsWith('F') && f.type !== 'repeat').length,
    groups: groups.size,
    codeLists: listed.length,
    codeListValues: listed.reduce((sum, f) => sum + ('options' in f ? f.options.length : 0), 0),
    rules: report.rules.length,
  };
}
