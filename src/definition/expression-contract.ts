/**
 * The contract of the rule language, shared by `parseDefinition` (which checks definitions) and
 * src/rules/ (which evaluates them): the allow-listed operators and the limits.
 */
export const operatorNames = [
  'var',
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
  '+',
  '-',
  '*',
  '/',
  '%',
  'min',
  'max',
  'cat',
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
