/**
 * Reading untrusted JSON (definitions, drafts, payloads, intake answers, claims): the one plain-object
 * test and the one path reader, both through own properties only — never the prototype chain.
 */

/** A plain object (not null, not a list), as JSON objects are. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads `path` (property names or list indexes) through own properties only; undefined where one is missing. */
export function readOwnPath(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}
