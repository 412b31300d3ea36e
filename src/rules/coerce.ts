/**
 * JavaScript's type conversions as json-logic-js relies on them (`==`, `<`, `+` through `parseFloat`, `cat`),
 * written out for JSON values so that no method of the data is ever called: a list becomes text the way
 * `Array.prototype.join` makes it, any other object becomes "[object Object]", and only primitives reach
 * the engine's own operators.
 */

type Primitive = string | number | boolean | null | undefined;

/** A value that is not an object (or a list). */
export const isPrimitive = (value: unknown): value is Primitive => value === null || (typeof value !== 'object' && typeof value !== 'function');

/** JSON Logic truthiness: an empty list is false, everything else as in JavaScript. */
export function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** `String(value)` for JSON values: lists as `join(',')` does it (nested, null as ''), objects as "[object Object]". */
export function toText(value: unknown, seen: ReadonlySet<unknown> = new Set()): string {
  if (isPrimitive(value)) return String(value);
  if (!Array.isArray(value)) return '[object Object]';
  // Like join, a list that contains itself contributes nothing the second time.
  if (seen.has(value)) return '';
  const inner = new Set(seen).add(value);
  const parts: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    parts.push(item === null || item === undefined ? '' : toText(item, inner));
  }
  return parts.join(',');
}

/** JavaScript's ToPrimitive for JSON values: objects and lists become their text. */
const toPrimitive = (value: unknown): Primitive => (isPrimitive(value) ? value : toText(value));

/** JavaScript's ToNumber (`Number(value)`, unary `-`, `*`, `/`, `%`, `Math.min`). */
export const toNumber = (value: unknown): number => Number(toPrimitive(value));

/** `parseFloat(value)`, as json-logic-js converts the operands of `+` and `*`. */
export const toFloat = (value: unknown): number => Number.parseFloat(toText(value));

/** JavaScript's `a == b`; objects and lists are equal only to themselves or through their text. */
export function looseEquals(a: unknown, b: unknown): boolean {
  if (!isPrimitive(a) && !isPrimitive(b)) return a === b;
  const absent = (value: unknown) => value === null || value === undefined;
  if (absent(a) || absent(b)) return absent(a) && absent(b);
  // eslint-disable-next-line eqeqeq
  return toPrimitive(a) == toPrimitive(b);
}

/** JavaScript's `a < b`: text with text compares as text, anything else as numbers (NaN never). */
export function lessThan(a: unknown, b: unknown, orEqual = false): boolean {
  const [x, y] = [toPrimitive(a), toPrimitive(b)];
  if (typeof x === 'string' && typeof y === 'string') return orEqual ? x <= y : x < y;
  const [m, n] = [Number(x), Number(y)];
  return orEqual ? m <= n : m < n;
}

/** JavaScript's binary `+` (text when either side is text, else numbers). */
export function plus(a: unknown, b: unknown): string | number {
  const [x, y] = [toPrimitive(a), toPrimitive(b)];
  return typeof x === 'string' || typeof y === 'string' ? String(x) + String(y) : Number(x) + Number(y);
}

/** `String.prototype.substr` with json-logic-js's negative length (PHP's: leave that many off the end). */
export function substring(source: unknown, start: unknown, length: unknown): string {
  const text = toText(source);
  const from = toNumber(start);
  if (length !== undefined && lessThan(length, 0)) {
    const rest = text.substr(from);
    return rest.substr(0, toNumber(plus(rest.length, length)));
  }
  return text.substr(from, length === undefined ? undefined : toNumber(length));
}
