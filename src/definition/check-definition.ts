/**
 * The full definition checker as the element uses it: every problem with its JSON pointer, and what a
 * broken definition still tells about its authority. The ESM library calls it directly; the script-tag
 * build swaps in check-definition.embed.ts, which loads this module as `antrag.checker.js` only for a
 * definition without a valid "checked" stamp (decision 0024).
 */
import { Contact, LocalizedText, type Definition } from './schema.js';
import type { DefinitionIssue } from './definition-issue.js';
import { parseDefinition } from './parse-definition.js';
import { isRecord } from './json-value.js';

/** The authority of a form, as far as a definition (maybe a broken one) tells it. */
export interface AuthorityContact {
  authority?: LocalizedText | undefined;
  contact?: Contact | undefined;
}

/** A usable definition, or every problem found in it and the authority's contact where that is valid by itself. */
export type CheckedDefinition =
  | { ok: true; definition: Definition }
  | { ok: false; issues: readonly DefinitionIssue[]; authority: AuthorityContact };

/** Checks a definition (an object or JSON text). Synchronous here; the script-tag build may answer later. */
export function checkDefinition(input: unknown): CheckedDefinition | Promise<CheckedDefinition> {
  const result = parseDefinition(input);
  return result.ok ? result : { ok: false, issues: result.issues, authority: authorityOf(input) };
}

/** The `authority` and `contact` of a definition that failed to parse, each only if it is valid by itself. */
function authorityOf(input: unknown): AuthorityContact {
  let value = input;
  try {
    if (typeof input === 'string') value = JSON.parse(input);
  } catch {
    return {};
  }
  if (!isRecord(value)) return {};
  const authority = LocalizedText.safeParse(value['authority']);
  const contact = Contact.safeParse(value['contact']);
  return { ...(authority.success && { authority: authority.data }), ...(contact.success && { contact: contact.data }) };
}
