/**
 * What the importer reads from an XDatenfelder message, the same for XDF 2 and XDF 3: a schema, its
 * structure (groups and fields on edges with a multiplicity), rules and code-list references.
 */

/** A rule as FIM states it: free text, maybe a script (never executed), and the element it hangs on. */
export interface FimRule {
  id: string;
  version: string;
  name: string;
  /** XDF 2 `definition`, XDF 3 `freitextRegel`. */
  text: string;
  /** XDF 2 `script`, XDF 3 `skript`: kept for the report, never run. */
  script: string;
  /** XDF 3 `typ` (B, K, M, V); '' in XDF 2. */
  kind: string;
  /** The schema, group or field the rule hangs on. */
  owner: string;
}

/** Length, value and pattern limits of a field, already read leniently. */
export interface Precision {
  minLength?: number;
  maxLength?: number;
  minValue?: string;
  maxValue?: string;
  pattern?: string;
}

/** A value of a code list: its code, its name, and a help text where the list has one. */
export interface CodeValue {
  code: string;
  name: string;
  hint?: string;
}

/** Which external code list a field uses (genericode identification). */
export interface CodeListReference {
  /** FIM id of the list (C…), XDF 2 only. */
  id: string;
  uri: string;
  version: string;
  /** XDF 3: which genericode columns hold the code, the name and the help text. */
  codeKey?: string;
  nameKey?: string;
  helpKey?: string;
}

interface ElementBase {
  id: string;
  version: string;
  name: string;
  /** `bezeichnungEingabe`: the label on input forms. */
  label: string;
  /** `bezeichnungAusgabe`: the label on output documents. */
  outputLabel: string;
  /** `hilfetextEingabe`. */
  hint: string;
  rules: FimRule[];
}

/** A Datenfeld. */
export interface FimField extends ElementBase {
  kind: 'field';
  /** input, select, label; XDF 3 also hidden, locked. */
  feldart: string;
  /** text, text_latin, date, datetime, time, bool, num, num_int, num_currency, file, obj. */
  datentyp: string;
  precision: Precision;
  /** Default value, or the text of a `label` field. */
  content: string;
  codeList?: CodeListReference;
  /** XDF 3 inline values. */
  values?: CodeValue[];
  /** XDF 3 file limits. */
  maxSize?: number;
  mediaTypes: string[];
  /** Things read leniently, one line each, for the report. */
  warnings: string[];
}

/** A Datenfeldgruppe. */
export interface FimGroup extends ElementBase {
  kind: 'group';
  /** XDF 3 `art`: "X" for an Auswahlgruppe (exactly one of the children), else ''. */
  choice: boolean;
  items: FimItem[];
}

/** An edge of the structure: an element and how often it occurs. `max` is null for "*". */
export interface FimItem {
  min: number;
  max: number | null;
  element: FimField | FimGroup;
}

/** A whole Stammdatenschema (or a group message read as one). */
export interface FimSchema {
  xdf: 2 | 3;
  id: string;
  version: string;
  title: string;
  description: string;
  legalBasis: string;
  rules: FimRule[];
  items: FimItem[];
  /** Problems of the message as a whole (e.g. a group message instead of a schema). */
  warnings: string[];
}
