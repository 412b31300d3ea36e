/**
 * The contract of the rule language, shared by `parseDefinition` (which checks definitions) and
 * src/rules/ (which evaluates them): the allow-listed operators and the limits.
 */
export const operatorNames = [
  'var',
  'missing',
  'missing_some',
  '==',
  '!=',
  '===',
  '!==',
  '<',
  '<=',
  '>',
  '>=',
  '!',
  '!!',
  'and',
  'or',
  'if',
  '?:',
  '+',
  '-',
  '*',
  '/',
  '%',
  'min',
  'max',
  'cat',
  'substr',
  'in',
  'merge',
  'map',
  'filter',
  'reduce',
  'all',
  'some',
  'none',
  'today',
  'date_add',
  'working_days_add',
  'month',
] as const;

export type OperatorName = (typeof operatorNames)[number];

/** Operators whose second argument runs once per list item, with the item (or `current`/`accumulator`) as data. */
export const iteratingOperators: ReadonlySet<string> = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

/**
 * Operators that read only their first few arguments (json-logic-js ignores the rest): a definition that
 * gives more is rejected, because the author meant something the rule does not say — `{">": [100, x, 50]}`
 * is not "between" (JSON Logic has that for `<` and `<=` only).
 */
export const maximumArguments: Readonly<Partial<Record<OperatorName, number>>> = {
  var: 2,
  missing_some: 2,
  '==': 2,
  '!=': 2,
  '===': 2,
  '!==': 2,
  '<': 3,
  '<=': 3,
  '>': 2,
  '>=': 2,
  '!': 1,
  '!!': 1,
  '-': 2,
  '/': 2,
  '%': 2,
  substr: 3,
  in: 2,
  map: 2,
  filter: 2,
  reduce: 3,
  all: 2,
  some: 2,
  none: 2,
  today: 0,
  date_add: 3,
  working_days_add: 3,
  month: 1,
};

/** Limits that keep a hostile definition from hanging or exhausting the page. */
export const expressionLimits = {
  /** Nesting depth of one expression. */
  depth: 32,
  /** Nodes in one expression, as written in the definition. */
  nodes: 2_000,
  /** Operations one evaluation may perform (array operators count each item). */
  steps: 50_000,
  /** Items an array operator may walk or build. */
  items: 1_000,
  /** Characters `cat` may build. */
  text: 10_000,
} as const;
