import { readOwnPath } from './json-value.js';
import type * as z from 'zod/mini';
import { DefinitionSchema, fieldTypes, type Definition } from './schema.js';
import { checkSemantics } from './check-semantics.js';
import { toPointer, type DefinitionIssue } from './definition-issue.js';
import { deepFreeze, findForbiddenKeys } from './guard.js';

/** The outcome of {@link parseDefinition}: a definition, or every problem found in it. */
export type ParseResult = { ok: true; definition: Definition } | { ok: false; issues: DefinitionIssue[] };

/**
 * Validates a definition (a JSON string or an already parsed value) and returns it typed and frozen,
 * or all problems with their JSON pointers. Never throws on bad input.
 */
export function parseDefinition(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, issues: [{ pointer: '', message: `The definition is not valid JSON: ${(error as Error).message}` }] };
    }
  }
  const forbidden = findForbiddenKeys(value, []);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };

  const result = DefinitionSchema.safeParse(value);
  const issues = result.success ? [] : result.error.issues.map((issue) => describeZodIssue(issue, value));
  // Semantic checks run on a malformed definition too, so a developer sees every problem in one go;
  // on such input they may stop early, keeping what they found.
  const semantic: DefinitionIssue[] = [];
  try {
    checkSemantics((result.success ? result.data : value) as Definition, semantic);
  } catch {
    // The shape problems reported above explain why.
  }
  const reported = new Set(issues.map((issue) => issue.pointer));
  issues.push(...semantic.filter((issue) => !reported.has(issue.pointer)));
  if (!result.success || issues.length > 0) return { ok: false, issues };
  return { ok: true, definition: deepFreeze(result.data) };
}

function describeZodIssue(issue: z.core.$ZodIssue, root: unknown): DefinitionIssue {
  const pointer = toPointer(issue.path);
  const received = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_union':
      if (issue.path.at(-1) === 'type') {
        // A known type in the wrong place: a group in a group, or a repeat below a repeat's items.
        if (received === 'group' || received === 'repeat')
          return {
            pointer,
            message:
              received === 'group'
                ? 'A group cannot stand in another group (one level of fieldsets).'
                : 'A repeat can stand inside one repeated item, not deeper (two levels at most).',
          };
        return { pointer, message: `Unknown field type ${JSON.stringify(received)}. Allowed: ${fieldTypes.join(', ')}.` };
      }
      return { pointer, message: 'Expected either one text for all languages or an object with one text per language.' };
    case 'unrecognized_keys':
      return {
        pointer,
        message: `Unknown ${issue.keys.length > 1 ? 'properties' : 'property'} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
      };
    case 'invalid_type':
      if (received === undefined) return { pointer, message: `Missing required property "${String(issue.path.at(-1))}".` };
      return { pointer, message: `Expected ${issue.expected}, got ${describeType(received)}.` };
    case 'invalid_format':
      // Our regex checks carry their own wording ("a language tag such as …"); ISO dates do not.
      return {
        pointer,
        message: `Expected ${issue.format === 'regex' ? issue.message : 'a date "YYYY-MM-DD"'}, got ${JSON.stringify(received)}.`,
      };
    case 'invalid_value':
      return { pointer, message: `Expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${JSON.stringify(received)}.` };
    case 'too_small':
      return {
        pointer,
        message: Array.isArray(received)
          ? `Needs at least ${issue.minimum} entries.`
          : typeof received === 'string'
            ? 'Must not be empty.'
            : `Must be at least ${issue.minimum}.`,
      };
    case 'too_big':
      return {
        pointer,
        message: typeof received === 'string' ? `Must be at most ${issue.maximum} characters long.` : `Must be at most ${issue.maximum}.`,
      };
    default:
      return { pointer, message: issue.message };
  }
}

const valueAt = readOwnPath;

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
