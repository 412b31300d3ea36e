/** Thrown when an expression breaks a limit at run time. */
export class RuleError extends Error {
  override name = 'RuleError';
}
