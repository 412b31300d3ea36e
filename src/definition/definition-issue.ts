/** One problem in a definition: where it is (RFC 6901 JSON pointer) and what is wrong, for a web developer. */
export interface DefinitionIssue {
  pointer: string;
  message: string;
}

/** Turns a property path into an RFC 6901 JSON pointer (`/steps/0/fields/2/type`). */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${pointerToken(key)}`).join('');
}

/** One property name as an RFC 6901 pointer token: `~` and `/` escaped. */
export function pointerToken(key: PropertyKey): string {
  return String(key).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Thrown or dispatched when a definition cannot be used; carries every issue found. */
export class DefinitionError extends Error {
  override name = 'DefinitionError';
  readonly issues: readonly DefinitionIssue[];

  constructor(issues: readonly DefinitionIssue[], source?: string) {
    const where = source ? ` (${source})` : '';
    const list = issues.map((issue) => `  ${issue.pointer || '/'}: ${issue.message}`).join('\n');
    super(`The form definition${where} has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${list}`);
    this.issues = issues;
  }
}
