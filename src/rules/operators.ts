import { readOwnPath } from '../definition/json-value.js';
import { expressionLimits as limits, type OperatorName } from '../definition/expression-contract.js';
import { RuleError } from './rule-error.js';

/** What an operator sees: the data `var` reads, and the shared budget of the evaluation. */
export interface Scope {
  data: unknown;
  budget: { steps: number };
  depth: number;
}

type Evaluate = (expression: unknown, data?: unknown) => unknown;
type Operator = (args: readonly unknown[], scope: Scope, evaluate: Evaluate) => unknown;

const MAX_ITEMS = limits.items;
const MAX_TEXT = limits.text;

/** JSON Logic truthiness: an empty array is false, everything else as in JavaScript. */
export function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

const isPrimitive = (value: unknown): value is string | number | boolean | null | undefined => value === null || typeof value !== 'object';

// Loose equality as JSON Logic defines it, but only between primitives: comparing an object with `==`
// would call its toString/valueOf, and a rule must never call anything.
function looseEquals(a: unknown, b: unknown): boolean {
  // eslint-disable-next-line eqeqeq
  return isPrimitive(a) && isPrimitive(b) ? a == b : a === b;
}

const toNumber = (value: unknown): number => (isPrimitive(value) ? Number(value) : Number.NaN);
const comparable = (value: unknown): string | number => (typeof value === 'string' ? value : toNumber(value));

function compare(test: (a: string | number, b: string | number) => boolean): Operator {
  return (args, _scope, evaluate) => {
    const values = args.map((arg) => comparable(evaluate(arg)));
    return values.length >= 2 && values.every((value, i) => i === 0 || test(values[i - 1] ?? value, value));
  };
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [];
  if (value.length > MAX_ITEMS) throw new RuleError(`A rule walked a list of more than ${MAX_ITEMS} items.`);
  return value;
}

/** Reads a dotted path ("hunde.0.name") through own properties only: never the prototype chain. */
export function readPath(data: unknown, path: unknown): unknown {
  if (path === null || path === undefined || path === '') return data;
  // Only a name or an index: turning any other value into text could call its toString.
  if (typeof path !== 'string' && typeof path !== 'number') return undefined;
  return readOwnPath(data, String(path).split('.'));
}

/** ISO date (YYYY-MM-DD) of a date computed in UTC, so arithmetic does not shift with daylight saving. */
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/** Today as the citizen's calendar shows it (local time), not UTC. */
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};
const parseIso = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** The implementations of the allow-list; `evaluate` rejects any other name. */
export const operators: Readonly<Record<string, Operator>> = {
  var: (args, scope, evaluate) => {
    const value = readPath(scope.data, evaluate(args[0]));
    return value === undefined && args.length > 1 ? evaluate(args[1]) : value;
  },
  '==': (args, _s, evaluate) => looseEquals(evaluate(args[0]), evaluate(args[1])),
  '!=': (args, _s, evaluate) => !looseEquals(evaluate(args[0]), evaluate(args[1])),
  '===': (args, _s, evaluate) => evaluate(args[0]) === evaluate(args[1]),
  '!==': (args, _s, evaluate) => evaluate(args[0]) !== evaluate(args[1]),
  '<': compare((a, b) => a < b),
  '<=': compare((a, b) => a <= b),
  '>': compare((a, b) => a > b),
  '>=': compare((a, b) => a >= b),
  '!': (args, _s, evaluate) => !truthy(evaluate(args[0])),
  '!!': (args, _s, evaluate) => truthy(evaluate(args[0])),
  and: (args, _s, evaluate) => {
    let value: unknown = true;
    for (const arg of args) if (!truthy((value = evaluate(arg)))) return value;
    return value;
  },
  or: (args, _s, evaluate) => {
    let value: unknown = false;
    for (const arg of args) if (truthy((value = evaluate(arg)))) return value;
    return value;
  },
  if: (args, _s, evaluate) => {
    for (let i = 0; i + 1 < args.length; i += 2) if (truthy(evaluate(args[i]))) return evaluate(args[i + 1]);
    return args.length % 2 === 1 ? evaluate(args[args.length - 1]) : null;
  },
  '+': (args, _s, evaluate) => args.reduce<number>((sum, arg) => sum + toNumber(evaluate(arg)), 0),
  '*': (args, _s, evaluate) => args.reduce<number>((product, arg) => product * toNumber(evaluate(arg)), 1),
  '-': (args, _s, evaluate) =>
    args.length === 1 ? -toNumber(evaluate(args[0])) : toNumber(evaluate(args[0])) - toNumber(evaluate(args[1])),
  '/': (args, _s, evaluate) => toNumber(evaluate(args[0])) / toNumber(evaluate(args[1])),
  '%': (args, _s, evaluate) => toNumber(evaluate(args[0])) % toNumber(evaluate(args[1])),
  min: (args, _s, evaluate) => Math.min(...args.map((arg) => toNumber(evaluate(arg)))),
  max: (args, _s, evaluate) => Math.max(...args.map((arg) => toNumber(evaluate(arg)))),
  cat: (args, _s, evaluate) => {
    const text = args
      .map((arg) => evaluate(arg))
      .map((v) => (isPrimitive(v) ? String(v ?? '') : ''))
      .join('');
    if (text.length > MAX_TEXT) throw new RuleError(`A rule built a text longer than ${MAX_TEXT} characters.`);
    return text;
  },
  in: (args, _s, evaluate) => {
    const [needle, haystack] = [evaluate(args[0]), evaluate(args[1])];
    if (typeof haystack === 'string') return isPrimitive(needle) && haystack.includes(String(needle));
    return Array.isArray(haystack) && haystack.includes(needle);
  },
  merge: (args, _s, evaluate) => list(args.flatMap((arg): unknown => evaluate(arg))),
  map: (args, _s, evaluate) => list(evaluate(args[0])).map((item) => evaluate(args[1], item)),
  filter: (args, _s, evaluate) => list(evaluate(args[0])).filter((item) => truthy(evaluate(args[1], item))),
  reduce: (args, _s, evaluate) =>
    list(evaluate(args[0])).reduce((accumulator, current) => evaluate(args[1], { current, accumulator }), evaluate(args[2])),
  all: (args, _s, evaluate) => {
    const items = list(evaluate(args[0]));
    return items.length > 0 && items.every((item) => truthy(evaluate(args[1], item)));
  },
  some: (args, _s, evaluate) => list(evaluate(args[0])).some((item) => truthy(evaluate(args[1], item))),
  none: (args, _s, evaluate) => !list(evaluate(args[0])).some((item) => truthy(evaluate(args[1], item))),
  // Date arithmetic (Antrag's additions; a JSON Logic library on a server adds them as custom operations).
  today: () => localToday(),
  date_add: (args, _s, evaluate) => {
    const date = parseIso(evaluate(args[0]));
    const amount = toNumber(evaluate(args[1]));
    const unit = evaluate(args[2]);
    if (!date || !Number.isInteger(amount)) return null;
    if (unit === 'days') date.setUTCDate(date.getUTCDate() + amount);
    else if (unit === 'months') date.setUTCMonth(date.getUTCMonth() + amount);
    else if (unit === 'years') date.setUTCFullYear(date.getUTCFullYear() + amount);
    else return null;
    return isoDate(date);
  },
  /** Adds working days (Monday to Friday; public holidays are not known here). */
  working_days_add: (args, _s, evaluate) => {
    const date = parseIso(evaluate(args[0]));
    let remaining = toNumber(evaluate(args[1]));
    if (!date || !Number.isInteger(remaining) || Math.abs(remaining) > MAX_ITEMS) return null;
    const step = remaining < 0 ? -1 : 1;
    while (remaining !== 0) {
      date.setUTCDate(date.getUTCDate() + step);
      if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) remaining -= step;
    }
    return isoDate(date);
  },
  /** The month (1–12) of an ISO date, e.g. to allow burning only in March or October. */
  month: (args, _s, evaluate) => {
    const date = parseIso(evaluate(args[0]));
    return date ? date.getUTCMonth() + 1 : null;
  },
} satisfies Record<OperatorName, Operator>;
