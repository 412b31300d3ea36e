import { pointerToken } from './definition-issue.js';
import { expressionLimits, expressionLimits as limits, iteratingOperators, operatorNames } from './expression-contract.js';

const known: ReadonlySet<string> = new Set(operatorNames);

/** A problem in an expression, at a JSON pointer inside the definition. */
export interface ExpressionIssue {
  pointer: string;
  message: string;
}

/**
 * Checks an expression without running it: only allow-listed operators, `var` only on the names given
 * (answers and computed values), depth and size within the limits.
 */
export function checkExpression(expression: unknown, pointer: string, names: ReadonlySet<string>, scopeHint = ''): ExpressionIssue[] {
  const issues: ExpressionIssue[] = [];
  let nodes = 0;
  const walk = (node: unknown, at: string, depth: number, itemScope: boolean): void => {
    if (++nodes === limits.nodes + 1) issues.push({ pointer, message: `The rule has more than ${limits.nodes} parts.` });
    if (depth > limits.depth) {
      issues.push({ pointer: at, message: `The rule is nested deeper than ${limits.depth} levels.` });
      return;
    }
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${at}/${i}`, depth + 1, itemScope));
    if (node === null || typeof node !== 'object') return;
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      issues.push({
        pointer: at,
        message: `A rule object needs exactly one operator, found ${keys.length === 0 ? 'none' : keys.map((k) => `"${k}"`).join(', ')}.`,
      });
      return;
    }
    const name = keys[0] ?? '';
    const opPointer = `${at}/${pointerToken(name)}`;
    if (!known.has(name)) {
      issues.push({ pointer: opPointer, message: `Unknown operator "${name}". Allowed: ${operatorNames.join(', ')}.` });
      return;
    }
    const raw: unknown = Reflect.get(node, name);
    const args = Array.isArray(raw) ? raw : [raw];
    if (name === 'var' && !itemScope) {
      const path = args[0];
      if (typeof path !== 'string' && typeof path !== 'number') {
        issues.push({ pointer: opPointer, message: '"var" needs the name of a field or computed value.' });
      } else if (path !== '' && !names.has(rootName(path))) {
        issues.push({ pointer: opPointer, message: `"var" refers to "${path}", which is not a field or computed value here.${scopeHint}` });
      }
    }
    const inner = (i: number) => (Array.isArray(raw) ? `${opPointer}/${i}` : opPointer);
    args.forEach((arg, i) => walk(arg, inner(i), depth + 1, itemScope || (iteratingOperators.has(name) && i === 1)));
  };
  walk(expression, pointer, 0, false);
  return issues;
}

/** The field and computed-value names an expression reads with `var` (outside per-item scopes). */
export function referencedNames(expression: unknown): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown, itemScope: boolean, depth: number): void => {
    if (depth > expressionLimits.depth || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item) => walk(item, itemScope, depth + 1));
    for (const [name, raw] of Object.entries(node)) {
      const args = Array.isArray(raw) ? raw : [raw];
      if (name === 'var' && !itemScope && (typeof args[0] === 'string' || typeof args[0] === 'number'))
        names.add(rootName(args[0]));
      args.forEach((arg, i) => walk(arg, itemScope || (iteratingOperators.has(name) && i === 1), depth + 1));
    }
  };
  walk(expression, false, 0);
  return names;
}

/** The field or computed value a `var` path starts with (`hunde` of `hunde.0.name`). */
function rootName(path: string | number): string {
  return String(path).split('.')[0] ?? '';
}
