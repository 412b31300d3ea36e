import * as z from 'zod/mini';
// Sets zod's CSP-safe (jitless) mode before this schema is made.
import './schema-primitives.js';

/**
 * Where a question comes from in the federal catalogue (FIM XDatenfelder): the field's or group's id and
 * version, and for fields the ids of the FIM groups between their step (or repeat) and themselves.
 */
export const FimOrigin = z.strictObject({
  id: z.string().check(z.regex(/^[A-Z][A-Za-z0-9-]{1,80}$/, 'a FIM id such as "F60000000013"')),
  version: z.string().check(z.maxLength(20)),
  groups: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(80)))),
  /** FIM rules about this element, as FIM states them (free text), for an author to translate into `visibleIf`, `requiredIf` or step rules. */
  rules: z.optional(z.array(z.string().check(z.maxLength(4000)))),
});
