import { expressionLimits as limits } from '../definition/expression-contract.js';
import { isRecord } from '../definition/json-value.js';
import type { Expression } from '../definition/schema.js';
import { RuleError } from './rule-error.js';
import { operators, type Scope } from './operators.js';

export type { Expression };

/**
 * Evaluates an expression against data (answers and computed values) with JSON Logic's meaning, as the
 * reference implementation json-logic-js gives it. Only allow-listed operators run, `var` reads own
 * properties only, and nothing is ever compiled or called: no `eval`, no `new Function`, no method of the data.
 */
export function evaluate(expression: Expression, data: unknown): unknown {
  const budget = { steps: 0 };
  return run(expression, { data, budget, depth: 0 });
}

function run(expression: Expression, scope: Scope): unknown {
  if (++scope.budget.steps > limits.steps) throw new RuleError(`A rule took more than ${limits.steps} steps.`);
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
