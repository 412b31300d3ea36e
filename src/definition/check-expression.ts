import { pointerToken } from './definition-issue.js';
import { expressionLimits as limits, iteratingOperators, maximumArguments, operatorNames, type OperatorName } from './expression-contract.js';

const known: ReadonlySet<string> = new Set(operatorNames);
const isOperator = (name: string): name is OperatorName => known.has(name);

/** What a name holds, as far as a path into it goes: a text/number/yes-no, a list, a list of items, or named parts. */
export type ValueShape = 'scalar' | 'list' | 'items' | 'record';

/**
 * Property names every JSON value inherits from JavaScript ("length" of a text, "constructor", "toString"…):
 * json-logic-js reads them, other JSON Logic libraries do not, so a path must not name them.
 */
const inherited: ReadonlySet<string> = new Set(
  [Object.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype].flatMap((p) => Object.getOwnPropertyNames(p)),
);

/** A problem in an expression, at a JSON pointer inside the definition. */
export interface ExpressionIssue {
  pointer: string;
  message: string;
}

/** Whether a `var` path leaves the data an answer holds; `shape` is unknown inside a list item. */
function leavesAnswer(path: string, shape: ValueShape | undefined): boolean {
  let current = shape;
  return path
    .split('.')
    .slice(shape ? 1 : 0)
    .some((part) => {
      const isIndex = /^(0|[1-9]\d*)$/u.test(part);
      const isList = current === 'list' || current === 'items';
      if (current === 'scalar' || (isList && !isIndex && part !== 'length')) return true;
      if (inherited.has(part) && !(part === 'length' && (isList || current === undefined))) return true;
      current = current === 'items' && isIndex ? 'record' : current === 'record' || current === undefined ? undefined : 'scalar';
      return false;
    });
}

const LEAVES =
  ', which is not part of an answer: a single answer has no parts, a list has indexes and "length", and names such as "length" of a text or "constructor" are JavaScript\'s, not data (other JSON Logic libraries do not read them).';

/**
 * Checks an expression without running it: only allow-listed operators with no more arguments than they
 * read, `var` and `missing` only on the names given (answers and computed values) and only into data the
 * answer holds, depth and size within the limits.
 */
export function checkExpression(
  expression: unknown,
  pointer: string,
  names: ReadonlyMap<string, ValueShape>,
  scopeHint = '',
): ExpressionIssue[] {
  const issues: ExpressionIssue[] = [];
  let nodes = 0;
  const checkName = (path: unknown, at: string, operator: string, itemScope: boolean) => {
    if (typeof path !== 'string' && typeof path !== 'number') {
      if (!itemScope) issues.push({ pointer: at, message: `"${operator}" needs the name of a field or computed value.` });
      return;
    }
    const root = String(path).split('.')[0] ?? '';
    if (!itemScope && path !== '' && !names.has(root)) {
      issues.push({ pointer: at, message: `"${operator}" refers to "${path}", which is not a field or computed value here.${scopeHint}` });
      return;
    }
    if (path !== '' && leavesAnswer(String(path), itemScope ? undefined : names.get(root)))
      issues.push({ pointer: at, message: `"${operator}" reads "${path}"${LEAVES}` });
  };
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
    if (!isOperator(name)) {
      issues.push({ pointer: opPointer, message: `Unknown operator "${name}". Allowed: ${operatorNames.join(', ')}.` });
      return;
    }
    const raw: unknown = Reflect.get(node, name);
    const args = Array.isArray(raw) ? raw : [raw];
    const inner = (i: number) => (Array.isArray(raw) ? `${opPointer}/${i}` : opPointer);
    const most = maximumArguments[name];
    if (most !== undefined && args.length > most) {
      const between = name === '>' || name === '>=' ? ' JSON Logic has "between" only for "<" and "<=": write {"<": [low, value, high]}.' : '';
      issues.push({ pointer: opPointer, message: `"${name}" takes at most ${most} argument${most === 1 ? '' : 's'}, found ${args.length}.${between}` });
    }
    if (name === 'var') checkName(args[0], opPointer, name, itemScope);
    if (name === 'missing' || name === 'missing_some') {
      const list: unknown = name === 'missing' ? (Array.isArray(args[0]) ? args[0] : raw) : args[1];
      const listAt = name === 'missing' ? (Array.isArray(args[0]) ? inner(0) : opPointer) : inner(1);
      if (Array.isArray(list)) list.forEach((key, i) => checkName(key, Array.isArray(raw) || name === 'missing_some' ? `${listAt}/${i}` : listAt, name, itemScope));
      else checkName(list, listAt, name, itemScope);
    }
    args.forEach((arg, i) => walk(arg, inner(i), depth + 1, itemScope || (iteratingOperators.has(name) && i === 1)));
  };
  walk(expression, pointer, 0, false);
  return issues;
}

/** The field and computed-value names an expression reads with `var` or `missing` (outside per-item scopes). */
export function referencedNames(expression: unknown): Set<string> {
  const names = new Set<string>();
  const add = (path: unknown) => {
    if (typeof path === 'string' || typeof path === 'number') names.add(String(path).split('.')[0] ?? '');
  };
  const walk = (node: unknown, itemScope: boolean, depth: number): void => {
    if (depth > limits.depth || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item) => walk(item, itemScope, depth + 1));
    for (const [name, raw] of Object.entries(node)) {
      const args = Array.isArray(raw) ? raw : [raw];
      if (name === 'var' && !itemScope) add(args[0]);
      if (name === 'missing' && !itemScope) (Array.isArray(args[0]) ? args[0] : args).forEach(add);
      if (name === 'missing_some' && !itemScope && Array.isArray(args[1])) args[1].forEach(add);
      args.forEach((arg, i) => walk(arg, itemScope || (iteratingOperators.has(name) && i === 1), depth + 1));
    }
  };
  walk(expression, false, 0);
  return names;
}
