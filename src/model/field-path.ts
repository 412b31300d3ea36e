/**
 * Where an answer lives: a question of the form (`hunde`), or a question inside a repeated item
 * (`hunde.1.name`: the `name` of the second dog). The one place that reads and writes path ids.
 */
export interface FieldPath {
  /** The form's question: the field itself, or the repeat holding the item. */
  readonly top: string;
  /** Set for a question inside a repeated item. */
  readonly item?: { readonly index: number; readonly field: string };
}

/** Reads a path id; `undefined` for text that is no path (an empty segment, a non-numeric index). */
export function parseFieldPath(id: string): FieldPath | undefined {
  const parts = id.split('.');
  const [top = '', index, field] = parts;
  if (top === '') return undefined;
  if (parts.length === 1) return { top };
  if (parts.length !== 3 || field === undefined || field === '' || !/^\d+$/u.test(index ?? '')) return undefined;
  return { top, item: { index: Number(index), field } };
}

/** The path id of an item question: `hunde.1.name`. */
export function itemId(repeatId: string, index: number, fieldId: string): string {
  return `${repeatId}.${index}.${fieldId}`;
}

/** The id of the form's question that holds `id` (the repeat, for an item question). */
export function topId(id: string): string {
  return parseFieldPath(id)?.top ?? id;
}

/** The questions a path id runs through, without item numbers: `hunde.1.name` → `hunde.name`. */
export function pathShape(id: string): string {
  return id
    .split('.')
    .filter((_, i) => i % 2 === 0)
    .join('.');
}
