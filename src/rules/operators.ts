import { expressionLimits as limits, type OperatorName } from '../definition/expression-contract.js';
import { lessThan, looseEquals, substring, toFloat, toNumber, toText, truthy } from './coerce.js';
import { dateOperators } from './date-operators.js';
import { RuleError } from './rule-error.js';

export { truthy };

/** What an operator sees: the data `var` reads, and the shared budget of the evaluation. */
export interface Scope {
  data: unknown;
  budget: { steps: number; spent?: RuleError };
  depth: number;
}

/** How an operator evaluates its arguments: `here` against the current data, `within` against a list item. */
export interface Evaluators {
  here: (expression: unknown) => unknown;
  within: (expression: unknown, data: unknown) => unknown;
}

/** One operator; each has the meaning json-logic-js 2.0.5 gives it (see docs/decisions/0016). */
export type Operator = (args: readonly unknown[], scope: Scope, evaluate: Evaluators) => unknown;

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [];
  if (value.length > limits.items) throw new RuleError(`A rule walked a list of more than ${limits.items} items.`);
  return value;
}

/** An own property: of an object or a list, or a character or the length of a text — never an inherited one. */
function ownProperty(value: unknown, key: string): unknown {
  if (typeof value === 'string') return Object.hasOwn(Object(value), key) ? (key === 'length' ? value.length : value.charAt(Number(key))) : undefined;
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? Reflect.get(value, key) : undefined;
}

/** A dotted path ("hunde.0.name") through own properties; undefined where a step is missing. */
function lookup(data: unknown, path: unknown): unknown {
  let current = data;
  for (const key of toText(path).split('.')) {
    if (current === null || current === undefined) return undefined;
    current = ownProperty(current, key);
  }
  return current;
}

/** JSON Logic's `var`: the whole data for an empty path, else the value at the path, else `fallback` or null. */
export function readVar(data: unknown, path: unknown, fallback?: () => unknown): unknown {
  if (path === undefined || path === null || path === '') return data;
  const value = lookup(data, path);
  if (value !== undefined) return value;
  const otherwise = fallback?.();
  return otherwise === undefined ? null : otherwise;
}

/** The keys (names, or one list of names) whose value is null or "" (JSON Logic's `missing`). */
function missingKeys(keys: readonly unknown[], data: unknown): unknown[] {
  // json-logic-js would run an object among the names as a rule of its own; Antrag runs no data.
  if (keys.some(holdsObject)) throw new RuleError('"missing" needs names, not objects.');
  const names = Array.isArray(keys[0]) ? list(keys[0]) : keys;
  return names.filter((key) => {
    const value = Array.isArray(key) ? readVar(data, key[0], () => key[1]) : readVar(data, key);
    return value === null || value === '';
  });
}

const holdsObject = (value: unknown): boolean => (Array.isArray(value) ? value.some(holdsObject) : value !== null && typeof value === 'object');

/** Evaluates every argument first, as json-logic-js does for all but the short-circuiting operators. */
const eager =
  (operate: (values: unknown[], scope: Scope) => unknown): Operator =>
  (args, scope, { here }) =>
    operate(args.map(here), scope);

const choose: Operator = (args, _s, { here }) => {
  let i = 0;
  for (; i + 1 < args.length; i += 2) if (truthy(here(args[i]))) return here(args[i + 1]);
  return i < args.length ? here(args[i]) : null;
};

const each = (args: readonly unknown[], here: Evaluators['here']) => list(here(args[0]));

/** The implementations of the allow-list; `evaluate` rejects any other name. */
export const operators: Readonly<Record<string, Operator>> = {
  // The default is evaluated only when it is needed (json-logic-js evaluates it always; the value is the same).
  var: (args, scope, { here }) => readVar(scope.data, here(args[0]), () => (args.length > 1 ? here(args[1]) : undefined)),
  missing: eager((values, scope) => missingKeys(values, scope.data)),
  missing_some: eager(([need, options], scope) => {
    if (options === null || options === undefined) throw new RuleError('"missing_some" needs a list of names.');
    const missing = missingKeys(Array.isArray(options) ? options : [options], scope.data);
    const count = Array.isArray(options) || typeof options === 'string' ? options.length : Number.NaN;
    return lessThan(need, count - missing.length, true) ? [] : missing;
  }),
  '==': eager(([a, b]) => looseEquals(a, b)),
  '!=': eager(([a, b]) => !looseEquals(a, b)),
  '===': eager(([a, b]) => a === b),
  '!==': eager(([a, b]) => a !== b),
  '<': eager(([a, b, c]) => lessThan(a, b) && (c === undefined || lessThan(b, c))),
  '<=': eager(([a, b, c]) => lessThan(a, b, true) && (c === undefined || lessThan(b, c, true))),
  '>': eager(([a, b]) => lessThan(b, a)),
  '>=': eager(([a, b]) => lessThan(b, a, true)),
  '!': eager(([a]) => !truthy(a)),
  '!!': eager(([a]) => truthy(a)),
  and: (args, _s, { here }) => {
    let value: unknown;
    for (const arg of args) if (!truthy((value = here(arg)))) return value;
    return value;
  },
  or: (args, _s, { here }) => {
    let value: unknown;
    for (const arg of args) if (truthy((value = here(arg)))) return value;
    return value;
  },
  if: choose,
  '?:': choose,
  // json-logic-js adds and multiplies parseFloat's numbers: "3 Hunde" counts as 3, null and true as NaN.
  '+': eager((values) => values.reduce<number>((sum, value) => toFloat(sum) + toFloat(value), 0)),
  '*': eager((values) => {
    if (values.length === 0) throw new RuleError('"*" needs at least one value.');
    return values.reduce((product, value) => toFloat(product) * toFloat(value));
  }),
  '-': eager(([a, b]) => (b === undefined ? -toNumber(a) : toNumber(a) - toNumber(b))),
  '/': eager(([a, b]) => toNumber(a) / toNumber(b)),
  '%': eager(([a, b]) => toNumber(a) % toNumber(b)),
  min: eager((values) => Math.min(...values.map(toNumber))),
  max: eager((values) => Math.max(...values.map(toNumber))),
  cat: eager((values) => {
    const text = values.map((value) => (value === null || value === undefined ? '' : toText(value))).join('');
    if (text.length > limits.text) throw new RuleError(`A rule built a text longer than ${limits.text} characters.`);
    return text;
  }),
  substr: eager(([source, start, length]) => substring(source, start, length)),
  in: eager(([needle, haystack]) => {
    if (typeof haystack === 'string') return haystack !== '' && haystack.includes(toText(needle));
    return Array.isArray(haystack) && haystack.indexOf(needle) !== -1;
  }),
  merge: eager((values) => list(values.flatMap((value): unknown => value))),
  map: (args, _s, { here, within }) => each(args, here).map((item) => within(args[1], item)),
  filter: (args, _s, { here, within }) => each(args, here).filter((item) => truthy(within(args[1], item))),
  reduce: (args, _s, { here, within }) => {
    const items = here(args[0]);
    const initial = args[2] === undefined ? null : here(args[2]);
    if (!Array.isArray(items)) return initial;
    return list(items).reduce((accumulator, current) => within(args[1], { current, accumulator }), initial);
  },
  all: (args, _s, { here, within }) => {
    const items = each(args, here);
    return items.length > 0 && items.every((item) => truthy(within(args[1], item)));
  },
  some: (args, _s, { here, within }) => each(args, here).some((item) => truthy(within(args[1], item))),
  none: (args, _s, { here, within }) => !each(args, here).some((item) => truthy(within(args[1], item))),
  ...dateOperators,
} satisfies Record<OperatorName, Operator>;
