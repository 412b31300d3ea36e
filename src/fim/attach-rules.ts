import { childFields } from '../definition/field-tree.js';
import type { Field, Step } from '../definition/schema.js';
import { oneLine } from './map-field.js';
import type { FimGroup, FimItem, FimRule, FimSchema } from './xdf-model.js';

/** A FIM rule as the report lists it: what it says, what it names, where that went, and a hint how to translate it. */
export interface ReportedRule {
  id: string;
  version: string;
  name: string;
  text: string;
  /** XDF 3 `typ`: B Berechnung, K Komplex, M Multiplizität, V Validierung; '' in XDF 2. */
  kind: string;
  /** The element the rule hangs on (schema, group or field id). */
  owner: string;
  /** The script, when it does more than `function script() {}`; shown, never executed. */
  script?: string;
  /** Each FIM field or group the rule names, with the Antrag ids it became (none: not in the form). */
  names: Array<{ fim: string; antrag: string[] }>;
  /** A starting point in Antrag's rule language, where the free text follows a known pattern. */
  suggestion?: string;
}

/** FIM element ids in free text: F… and G…, 8 to 12 digits in practice, or the generated `F00000-4cb0…` form. */
const NAMED = /\b([FG]\d[0-9a-f-]*\d|[FG]\d+)\b/gu;

/** Every rule of the schema, its groups and its fields, with the fields it names resolved to Antrag ids. */
export function findRules(schema: FimSchema, placed: ReadonlyMap<string, string[]>): ReportedRule[] {
  const rules: FimRule[] = [...schema.rules];
  const walk = (items: readonly FimItem[]) => {
    for (const { element } of items) {
      rules.push(...element.rules);
      if (element.kind === 'group') walk((element satisfies FimGroup).items);
    }
  };
  walk(schema.items);
  const seen = new Set<string>();
  return rules.flatMap((rule): ReportedRule[] => {
    // A rule reused on several elements is listed once.
    if (seen.has(`${rule.id}@${rule.owner}`)) return [];
    seen.add(`${rule.id}@${rule.owner}`);
    const text = oneLine(rule.text);
    const ids = [...new Set([...text.matchAll(NAMED)].map((m) => m[1] ?? ''))].filter(Boolean);
    const script = rule.script.replace(/\s+/gu, ' ').trim();
    const names = ids.map((fim) => ({ fim, antrag: placed.get(fim) ?? placed.get(asXdf3Id(fim)) ?? [] }));
    const suggestion = suggest(text, names);
    return [
      {
        id: rule.id,
        version: rule.version,
        name: oneLine(rule.name),
        text,
        kind: rule.kind,
        owner: rule.owner,
        ...(script && !/^function\s+script\s*\(\)\s*\{\s*\}$/u.test(script) && { script }),
        names,
        ...(suggestion && { suggestion }),
      },
    ];
  });
}

/**
 * "Wenn bei F… "02 …" angegeben wird, dann wird G… zur Pflichtangabe." → a `requiredIf` for the named group's
 * questions. Only this one pattern; anything else is left to the author.
 */
function suggest(text: string, names: ReportedRule['names']): string | undefined {
  const match = /Wenn bei (\S+) "(\S+)[^"]*" angegeben wird, dann wird (\S+) (?:zur|eine) Pflichtangabe/u.exec(text);
  if (!match) return undefined;
  const source = names.find((n) => n.fim === match[1])?.antrag[0];
  const target = names.find((n) => n.fim === match[3])?.antrag;
  if (!source || !target?.length) return undefined;
  const condition = JSON.stringify({ '==': [{ var: source }, match[2]] });
  return `"requiredIf": ${condition} on the questions of ${target.join(', ')}; for checkboxes: {"in": ["${match[2]}", {"var": "${source}"}]}`;
}

/**
 * The 12-digit XDF 3 form of an 8-digit XDF 2 id (F05001047 → F05000001047), which rule texts converted from
 * XDF 2 still use.
 */
function asXdf3Id(id: string): string {
  const match = /^([FG]\d{2})(\d{6})$/u.exec(id);
  return match ? `${match[1]}000${match[2]}` : id;
}

/** Writes each rule as a note (`fim.rules`) onto the steps, repeats and questions it names or hangs on. */
export function attachRules(steps: Step[], rules: readonly ReportedRule[]): Step[] {
  const notes = new Map<string, string[]>();
  for (const rule of rules) {
    const note = `${rule.id}${rule.name ? ` (${rule.name})` : ''}: ${rule.text}${rule.script ? ' [has a script, not executed]' : ''}`;
    for (const fimId of new Set([rule.owner, ...rule.names.map((n) => n.fim)])) notes.set(fimId, [...(notes.get(fimId) ?? []), note]);
  }
  // A copy of the steps gets the notes: its groups, repeats and questions at every depth.
  const copy = structuredClone(steps);
  const note = (element: { fim?: Field['fim'] }) => {
    const found = element.fim && notes.get(element.fim.id);
    if (found && element.fim) element.fim = { ...element.fim, rules: found };
  };
  const walk = (fields: readonly Field[]): void =>
    fields.forEach((field) => {
      note(field);
      walk(childFields(field));
    });
  for (const step of copy) {
    note(step);
    walk(step.fields);
  }
  return copy;
}
