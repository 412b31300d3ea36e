/**
 * axe-core as every test uses it (axe-options.ts: WCAG 2.0–2.2 A/AA and best practice, with the
 * `target-size` rule switched on). The only way tests run axe: never `axe.run` or chai's `accessible()`
 * with axe's defaults.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { axeRunOptions } from './axe-options.js';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** Checks issues "incomplete" (axe could not decide, e.g. contrast over a gradient), counted for the report. */
export const incomplete = new Map<string, number>();

/**
 * Runs axe over an element (its shadow root included); throws with every violation, node by node. An element
 * in a frame is checked by that frame's own copy of axe (`engine`), which also looks into the frames inside it.
 */
export async function expectNoAxeViolations(el: Element, state: string, engine: Window['axe'] = window.axe): Promise<void> {
  const results = await engine.run(el, { ...axeRunOptions, resultTypes: ['violations', 'incomplete'] });
  for (const item of results.incomplete) incomplete.set(item.id, (incomplete.get(item.id) ?? 0) + item.nodes.length);
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((v) =>
    v.nodes.map((n) => `  ${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`),
  );
  throw new Error(`${state}: ${results.violations.length} axe violation(s)\n${lines.join('\n')}`);
}

/** The "incomplete" results, rule by rule, as one line for the test log. */
export function incompleteReport(): string {
  const total = [...incomplete.values()].reduce((a, b) => a + b, 0);
  return `axe incomplete: ${total} (${[...incomplete].map(([id, n]) => `${id} ${n}`).join(', ') || 'none'})`;
}
