/**
 * The "checked" stamp (decision 0024): `antrag validate --stamp` writes into a definition that passed every
 * check the SHA-256 of its content, so the script-tag file can skip the checker for exactly that content.
 * It is a memo of the author's check, not a signature: editing the definition voids it, and a forged stamp
 * buys nothing a valid definition would not (the page-protecting checks run regardless).
 */
import { isRecord } from './json-value.js';

/** Raised whenever `parseDefinition` starts to refuse something it accepted before: older stamps then no longer hold. */
export const CHECK_VERSION = 2;

/** The stamp for a definition's content (everything but its own `checked` property), e.g. `antrag/2 sha256-…`. */
export async function definitionStamp(definition: unknown): Promise<string> {
  const content = isRecord(definition) ? Object.fromEntries(Object.entries(definition).filter(([key]) => key !== 'checked')) : definition;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(content)));
  return `antrag/${CHECK_VERSION} sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

/** Whether the definition carries the stamp of its own content (false where Web Crypto is missing: plain http). */
export async function stampHolds(definition: unknown): Promise<boolean> {
  const stamp = isRecord(definition) ? definition['checked'] : undefined;
  if (typeof stamp !== 'string' || !globalThis.crypto?.subtle) return false;
  return stamp === (await definitionStamp(definition));
}

/**
 * A definition's JSON text with the stamp of its content as its last property (or in place of an old stamp),
 * the author's formatting kept; formatted anew only where that cannot be done safely. Call it for a
 * definition that passed the checker: the stamp says it did.
 */
export async function stampedText(text: string): Promise<string> {
  const parsed: unknown = JSON.parse(text);
  const content = isRecord(parsed) ? Object.fromEntries(Object.entries(parsed).filter(([key]) => key !== 'checked')) : parsed;
  const stamp = JSON.stringify(await definitionStamp(content));
  const indent = /\n([ \t]+)"/u.exec(text)?.[1] ?? '  ';
  const old = /("checked"\s*:\s*)"antrag\/[^"]*"/u;
  const edited = old.test(text) ? text.replace(old, `$1${stamp}`) : text.replace(/\s*\}\s*$/u, `,\n${indent}"checked": ${stamp}\n}\n`);
  try {
    const after: unknown = JSON.parse(edited);
    if (isRecord(after) && after['checked'] === JSON.parse(stamp) && (await stampHolds(after))) return edited;
  } catch {
    // Formatted anew below.
  }
  return `${JSON.stringify(isRecord(content) ? { ...content, checked: JSON.parse(stamp) } : content, null, 2)}\n`;
}
