import { MAX_REPEAT_DEPTH } from '../definition/field-tree.js';

/**
 * Where an answer lives: a question of the form (`hunde`), a question inside a repeated item
 * (`hunde.1.name`: the `name` of the second dog), or inside an item of a repeat in such an item
 * (`kinder.0.schulen.1.name`). The one place that reads and writes path ids.
 */
export interface FieldPath {
  /** The form's question: the field itself, or the repeat holding the item. */
  readonly top: string;
  /** The items on the way, outermost first: each repeat's item number and the question in it. */
  readonly items: readonly { readonly index: number; readonly field: string }[];
}


/** Reads a path id; `undefined` for text that is no path (an empty segment, a non-numeric index, too deep). */
export function parseFieldPath(id: string): FieldPath | undefined {
  const [top = '', ...rest] = id.split('.');
  if (top === '' || rest.length % 2 !== 0 || rest.length > 2 * MAX_REPEAT_DEPTH) return undefined;
  const items: { index: number; field: string }[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    const [index = '', field = ''] = [rest[i], rest[i + 1]];
    if (!/^\d+$/u.test(index) || field === '') return undefined;
    items.push({ index: Number(index), field });
  }
  return { top, items };
}

/** The path id of an item question: `hunde.1.name`; with a repeat's path id, `kinder.0.schulen.1.name`. */
export function itemId(repeatId: string, index: number, fieldId: string): string {
  return `${repeatId}.${index}.${fieldId}`;
}

/** The id of the form's question that holds `id` (the outermost repeat, for an item question). */
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

/**
 * A path id after item `removed` of the repeat `repeatId` was removed: unchanged outside that repeat and
 * in earlier items, one number lower in later ones, `undefined` inside the removed item.
 */
export function afterRemoval(id: string, repeatId: string, removed: number): string | undefined {
  if (!id.startsWith(`${repeatId}.`)) return id;
  const [index = '', ...rest] = id.slice(repeatId.length + 1).split('.');
  if (!/^\d+$/u.test(index) || rest.length === 0) return id;
  const at = Number(index);
  if (at === removed) return undefined;
  return at < removed ? id : itemId(repeatId, at - 1, rest.join('.'));
}
