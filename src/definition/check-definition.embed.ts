/**
 * The script-tag build's stand-in for check-definition.ts (vite.config.ts swaps it in; decision 0024): a
 * definition stamped by `antrag validate --stamp` for exactly its content is used after the checks that
 * protect the page; any other is checked by `antrag.checker.js`, loaded from next to this file only then —
 * with Subresource Integrity, and through `import()`, which strict CSPs with Trusted Types allow.
 */
import type { CheckedDefinition } from './check-definition.js';
import { stampHolds } from './check-stamp.js';
import { findForbiddenKeys } from './guard.js';
import { isRecord } from './json-value.js';
import { besideScript, importPinned } from './load-pinned.js';

/** Set by the build: the checker's file name and its SRI hash. */
declare const __ANTRAG_CHECKER__: { file: string; integrity: string };

const checkerUrl = besideScript(__ANTRAG_CHECKER__.file);
let checker: Promise<unknown> | undefined;

export async function checkDefinition(input: unknown): Promise<CheckedDefinition> {
  let value: unknown;
  try {
    value = typeof input === 'string' ? JSON.parse(input) : structuredClone(input);
  } catch {
    value = undefined; // The checker says what is wrong.
  }
  if (value !== undefined && findForbiddenKeys(value, []).length === 0 && (await stampHolds(value))) {
    // Not frozen, unlike parseDefinition's result: this copy is the assistant's own, nothing else holds it,
    // and freezing its thousands of objects was a tenth of the start-up (decision 0027).
    return { ok: true, definition: value } as CheckedDefinition;
  }
  try {
    const check = await (checker ??= load());
    if (typeof check !== 'function') throw new Error(`${checkerUrl} is not Antrag's definition checker`);
    return await check(input);
  } catch (error) {
    checker = undefined; // Tried again for the next definition: the network may be back.
    return {
      ok: false,
      authority: {},
      issues: [
        {
          pointer: '',
          message:
            `The definition has no valid "checked" stamp, and the checker that would list its problems could not be loaded from ` +
            `${checkerUrl} (${error instanceof Error ? error.message : String(error)}). Serve antrag.checker.js next to ` +
            `antrag.embed.js, or stamp the definition with "npx antrag validate --stamp FILE".`,
        },
      ],
    };
  }
}

/** The checker module's `checkDefinition`, after its bytes were matched against the hash this build recorded. */
async function load(): Promise<unknown> {
  const module = await importPinned(checkerUrl, __ANTRAG_CHECKER__.integrity);
  return isRecord(module) ? module['checkDefinition'] : undefined;
}
