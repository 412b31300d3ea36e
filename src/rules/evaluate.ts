import { expressionLimits as limits } from '../definition/expression-contract.js';
import { isRecord } from '../definition/json-value.js';
import type { Expression } from '../definition/schema.js';
import { RuleError } from './rule-error.js';
import { operators, type Scope } from './operators.js';

export type { Expression };

/**
 * Evaluates an expression against data (answers and computed values). Only allow-listed operators run,
 * `var` reads own properties only, and nothing is ever compiled or called: no `eval`, no `new Function`.
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
  return operator(args, inner, (expr, data = inner.data) => run(expr, { ...inner, data }));
}
