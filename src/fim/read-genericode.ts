import type { CodeValue } from './xdf-model.js';
import { attribute, child, children, FimImportError, parseXml, text } from './xml-node.js';

/** An OASIS genericode 1.0 code list: how it is identified, its columns' rows. */
export interface CodeList {
  uri: string;
  version: string;
  /** `CanonicalVersionUri`, e.g. `urn:de:fim:codeliste:zustimmung_2021-01-11`. */
  versionUri: string;
  /** The key column ids, e.g. `codeKey` → `code`. */
  keys: Record<string, string>;
  columns: string[];
  rows: Array<Record<string, string>>;
}

/** Reads a genericode file; throws a `FimImportError` when it is not one. */
export function readGenericode(xml: string, what = 'A code list'): CodeList {
  const document = parseXml(xml, what);
  const list = child(document, 'CodeList');
  if (!list) throw new FimImportError(`${what} is not a genericode <CodeList>.`);
  const identification = child(list, 'Identification');
  const columnSet = child(list, 'ColumnSet');
  const keys: Record<string, string> = {};
  for (const key of children(columnSet, 'Key')) {
    const id = attribute(key, 'Id');
    const ref = attribute(child(key, 'ColumnRef'), 'Ref');
    if (id && ref) keys[id] = ref;
  }
  const rows = children(child(list, 'SimpleCodeList'), 'Row').map((row) =>
    Object.fromEntries(children(row, 'Value').map((value) => [attribute(value, 'ColumnRef') ?? '', text(value, 'SimpleValue')])),
  );
  return {
    uri: text(identification, 'CanonicalUri'),
    version: text(identification, 'Version'),
    versionUri: text(identification, 'CanonicalVersionUri'),
    keys,
    columns: children(columnSet, 'Column').flatMap((column) => attribute(column, 'Id') ?? []),
    rows,
  };
}

/**
 * The values of a list: the code from `codeKey` (default: the `codeKey` key's column, else the first column),
 * the name from `nameKey` (default: a column called `name`, else the `codenameKey` key's, else the next column), the help from `helpKey`.
 */
export function codeValues(list: CodeList, keys: { codeKey?: string; nameKey?: string; helpKey?: string } = {}): CodeValue[] {
  const column = (key: string | undefined) => (key ? (list.keys[key] ?? key) : undefined);
  const codeColumn = column(keys.codeKey) ?? list.keys.codeKey ?? list.columns[0] ?? 'code';
  const nameColumn =
    column(keys.nameKey) ??
    (list.columns.includes('name') ? 'name' : undefined) ??
    list.keys.codenameKey ??
    list.columns.find((c) => c !== codeColumn) ??
    codeColumn;
  const helpColumn = column(keys.helpKey);
  return list.rows.map((row) => ({
    code: row[codeColumn] ?? '',
    name: row[nameColumn] || row[codeColumn] || '',
    ...(helpColumn && row[helpColumn] ? { hint: row[helpColumn] } : {}),
  }));
}
