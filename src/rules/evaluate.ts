import { expressionLimits as limits } from '../definition/expression-contract.js';
import { isRecord } from '../definition/json-value.js';
import type { Expression } from '../definition/schema.js';
import { RuleError } from './rule-error.js';
import { operators, type Scope } from './operators.js';

export type { Expression };

/** Steps spent so far; one budget is shared by every rule of one evaluation of a form (see evaluateRules). */
export interface RuleBudget {
  steps: number;
  /** The error of a spent budget. */
  spent?: RuleError;
}

/**
 * Evaluates an expression against data (answers and computed values) with JSON Logic's meaning, as the
 * reference implementation json-logic-js gives it. Only allow-listed operators run, `var` reads own
 * properties only, and nothing is ever compiled or called: no `eval`, no `new Function`, no method of the data.
 * Pass one `budget` to every rule of one evaluation of a form, so that all of them together stay within the
 * step limit: fifty conditions that each use the whole budget then cost one budget, not fifty.
 */
export function evaluate(expression: Expression, data: unknown, budget: RuleBudget = { steps: 0 }): unknown {
  return run(expression, { data, budget, depth: 0 });
}

function run(expression: Expression, scope: Scope): unknown {
  // Once spent, every further rule of the evaluation fails at once, with the same error (no new stack each time).
  if (++scope.budget.steps > limits.steps)
    throw (scope.budget.spent ??= new RuleError(`The rules took more than ${limits.steps} steps in one evaluation.`));
  if (scope.depth > limits.depth) throw new RuleError(`A rule is nested deeper than ${limits.depth} levels.`);
  if (Array.isArray(expression)) return expression.map((item) => run(item, { ...scope, depth: scope.depth + 1 }));
  if (!isRecord(expression)) return expression;
  const [name, ...more] = Object.keys(expression);
  if (name === undefined || more.length > 0) throw new RuleError('A rule object must have exactly one operator.');
  const operator = Object.hasOwn(operators, name) ? operators[name] : undefined;
  if (!operator) throw new RuleError(`Unknown operator "${name}".`);
  const raw = expression[name];
  const args = Array.isArray(raw) ? raw : [raw];
  const inner: Scope = { ...scope, depth: scope.depth + 1 };
  // Two functions, not one with a default parameter: a list item that is `undefined` is still the item
  // (json-logic-js reads null from it), never the outer data.
  return operator(args, inner, {
    here: (expr) => run(expr, inner),
    within: (expr, data) => run(expr, { ...inner, data }),
  });
}
