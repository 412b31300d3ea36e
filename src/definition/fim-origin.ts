import * as z from 'zod/mini';
// Sets zod's CSP-safe (jitless) mode before this schema is made.
import './schema-primitives.js';

/**
 * Where a question comes from in the federal catalogue (FIM XDatenfelder): the field's or group's id and
 * version, and for fields the ids of the FIM groups between their step (or repeat) and themselves.
 */
/** A FIM id: `toFimData` writes answers under these as keys, so nothing like `__proto__` gets through. */
const FimId = z.string().check(z.regex(/^[A-Z][A-Za-z0-9-]{1,80}$/, 'a FIM id such as "F60000000013"'));

export const FimOrigin = z.strictObject({
  id: FimId,
  version: z.string().check(z.maxLength(20)),
  groups: z.optional(z.array(FimId)),
  /** FIM rules about this element, as FIM states them (free text), for an author to translate into `visibleIf`, `requiredIf` or step rules. */
  rules: z.optional(z.array(z.string().check(z.maxLength(4000)))),
});
