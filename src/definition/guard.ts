/**
 * What protects the page from a definition, checked even where the full checker is skipped (a stamped
 * definition in the script-tag file, decision 0024): no prototype-polluting keys, no nesting that would
 * exhaust the stack; and the frozen copy every part of Antrag reads.
 */
import { toPointer, type DefinitionIssue } from './definition-issue.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Far deeper than any form needs (rules included), far below what would exhaust the stack in the checks that follow. */
const MAX_DEPTH = 200;

/** Keys that could pollute prototypes when a definition is merged or copied are refused outright. */
export function findForbiddenKeys(value: unknown, path: string[], issues: DefinitionIssue[] = []): DefinitionIssue[] {
  if (value === null || typeof value !== 'object') return issues;
  if (path.length > MAX_DEPTH) {
    issues.push({ pointer: toPointer(path), message: `Nested deeper than ${MAX_DEPTH} levels.` });
    return issues;
  }
  // One path, extended and shortened on the way, and keys rather than entries: a large definition has
  // thousands of keys, and a pair per key was garbage enough to cost the first render a collection.
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    path.push(key);
    if (FORBIDDEN_KEYS.has(key)) issues.push({ pointer: toPointer(path), message: `The key "${key}" is not allowed in a definition.` });
    else findForbiddenKeys(record[key], path, issues);
    path.pop();
  }
  return issues;
}

/** Freezes a parsed definition in place, all the way down. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
