/**
 * The "checked" stamp (decision 0024): `antrag validate --stamp` writes into a definition that passed every
 * check the SHA-256 of its content, so the script-tag file can skip the checker for exactly that content.
 * It is a memo of the author's check, not a signature: editing the definition voids it, and a forged stamp
 * buys nothing a valid definition would not (the page-protecting checks run regardless).
 */
import { isRecord } from './json-value.js';
import { sha256 } from './sha256.js';

/** Raised whenever `parseDefinition` starts to refuse something it accepted before: older stamps then no longer hold. */
export const CHECK_VERSION = 1;

/** The stamp for a definition's content (everything but its own `checked` property), e.g. `antrag/1 sha256-…`. */
export function definitionStamp(definition: unknown): string {
  const content = isRecord(definition) ? Object.fromEntries(Object.entries(definition).filter(([key]) => key !== 'checked')) : definition;
  const digest = sha256(new TextEncoder().encode(JSON.stringify(content)));
  return `antrag/${CHECK_VERSION} sha256-${btoa(String.fromCharCode(...digest))}`;
}

/** Whether the definition carries the stamp of its own content. Synchronous, and on plain-HTTP pages too. */
export function stampHolds(definition: unknown): boolean {
  const stamp = isRecord(definition) ? definition['checked'] : undefined;
  return typeof stamp === 'string' && stamp === definitionStamp(definition);
}

/**
 * A definition's JSON text with the stamp of its content as its last property (or in place of an old stamp),
 * the author's formatting kept; formatted anew only where that cannot be done safely. Call it for a
 * definition that passed the checker: the stamp says it did.
 */
export function stampedText(text: string): string {
  const parsed: unknown = JSON.parse(text);
  const content = isRecord(parsed) ? Object.fromEntries(Object.entries(parsed).filter(([key]) => key !== 'checked')) : parsed;
  const stamp = JSON.stringify(definitionStamp(content));
  const indent = /\n([ \t]+)"/u.exec(text)?.[1] ?? '  ';
  const old = /("checked"\s*:\s*)"antrag\/[^"]*"/u;
  const edited = old.test(text) ? text.replace(old, `$1${stamp}`) : text.replace(/\s*\}\s*$/u, `,\n${indent}"checked": ${stamp}\n}\n`);
  try {
    const after: unknown = JSON.parse(edited);
    if (isRecord(after) && after['checked'] === JSON.parse(stamp) && stampHolds(after)) return edited;
  } catch {
    // Formatted anew below.
  }
  return `${JSON.stringify(isRecord(content) ? { ...content, checked: JSON.parse(stamp) } : content, null, 2)}\n`;
}
