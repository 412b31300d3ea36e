/**
 * The one axe-core configuration of the project: WCAG 2.0–2.2 A/AA and best practice, with the `target-size`
 * rule (24 × 24 px, WCAG 2.5.8) switched on, which axe leaves off by default. The tests run it through
 * axe.ts; Storybook's a11y addon (.storybook/preview.ts) runs the same options.
 */
import type { RunOptions } from 'axe-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const axeRunOptions = {
  runOnly: { type: 'tag', values: AXE_TAGS },
  rules: { 'target-size': { enabled: true } },
} satisfies RunOptions;
