import type { TokenGroup } from './design-tokens.js';
import { deltaE2000, hexToLab } from './delta-e.js';

/** A pair of colour tokens the assistant draws one on the other, and the WCAG ratio it needs. */
export interface ContrastPair {
  foreground: string;
  background: string;
  /** 4.5 for text (1.4.3), 3 for UI components and the focus indicator (1.4.11, 2.4.7). */
  required: number;
  use: string;
}

export const contrastPairs: readonly ContrastPair[] = [
  { foreground: 'color.text', background: 'color.background', required: 4.5, use: 'text' },
  { foreground: 'color.textMuted', background: 'color.background', required: 4.5, use: 'hints and progress' },
  { foreground: 'color.text', background: 'color.surface', required: 4.5, use: 'text on panels' },
  { foreground: 'color.textMuted', background: 'color.surface', required: 4.5, use: 'hints on panels' },
  { foreground: 'color.primary', background: 'color.background', required: 4.5, use: 'links' },
  { foreground: 'color.onPrimary', background: 'color.primary', required: 4.5, use: 'button text' },
  { foreground: 'color.onPrimary', background: 'color.primaryHover', required: 4.5, use: 'button text, hovered' },
  { foreground: 'color.error', background: 'color.background', required: 4.5, use: 'error messages' },
  { foreground: 'color.onPrimary', background: 'color.success', required: 4.5, use: 'confirmation panel' },
  { foreground: 'color.border', background: 'color.background', required: 3, use: 'field borders' },
  { foreground: 'color.focusText', background: 'color.background', required: 3, use: 'focus ring' },
  { foreground: 'color.focusText', background: 'color.focus', required: 4.5, use: 'focused link text' },
];

/** A pair that misses its ratio. */
export interface ContrastIssue extends ContrastPair {
  ratio: number;
}

/** The token value at a dotted path (`color.primary`). */
export function tokenValue(tokens: TokenGroup, path: string): string | undefined {
  let node: unknown = tokens;
  for (const key of [...path.split('.'), '$value']) node = node && typeof node === 'object' ? Reflect.get(node, key) : undefined;
  const value = node;
  // Follows DTCG aliases ("{color.primary}").
  const alias = typeof value === 'string' ? /^\{([a-zA-Z.]+)\}$/u.exec(value)?.[1] : undefined;
  if (alias && alias !== path) return tokenValue(tokens, alias);
  return typeof value === 'string' ? value : undefined;
}

/** Relative luminance of a `#rgb` or `#rrggbb` colour (WCAG 2.2 definition); undefined for anything else. */
function luminance(hex: string): number | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/iu.exec(hex.trim());
  if (!match) return undefined;
  const hexDigits = match[1] ?? '';
  const digits = hexDigits.length === 3 ? [...hexDigits].map((d) => d + d).join('') : hexDigits;
  const [r = 0, g = 0, b = 0] = [0, 2, 4]
    .map((i) => parseInt(digits.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, rounded down to two decimals (so 4.499 never passes as 4.5). */
export function contrastRatio(a: string, b: string): number | undefined {
  const [la, lb] = [luminance(a), luminance(b)];
  if (la === undefined || lb === undefined) return undefined;
  const ratio = (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  return Math.floor(ratio * 100) / 100;
}

/** Every pair of a theme's colours that misses its ratio (a colour that is not hex counts as missing: 0). */
export function contrastIssues(tokens: TokenGroup): ContrastIssue[] {
  return contrastPairs.flatMap((pair) => {
    const ratio = contrastRatio(tokenValue(tokens, pair.foreground) ?? '', tokenValue(tokens, pair.background) ?? '') ?? 0;
    return ratio >= pair.required ? [] : [{ ...pair, ratio }];
  });
}

/** Two colour tokens that mean different things and must not look alike, and the CIEDE2000 difference they need. */
export interface DistinctPair {
  first: string;
  second: string;
  /** ΔE00; see docs/decisions/0011-reflow-and-distinct-colours.md for why 20. */
  required: number;
  use: string;
}

/** Buttons and links are drawn in the primary colour, errors in the error colour: a red button reads as an error. */
export const distinctPairs: readonly DistinctPair[] = [
  { first: 'color.primary', second: 'color.error', required: 20, use: 'buttons and links must not look like errors' },
];

/** A pair that looks too alike, with its ΔE00 rounded down to one decimal. */
export interface DistinctIssue extends DistinctPair {
  deltaE: number;
}

/** Every pair of a theme's colours that looks too alike (a colour that is not hex counts as alike: 0). */
export function distinctIssues(tokens: TokenGroup): DistinctIssue[] {
  return distinctPairs.flatMap((pair) => {
    const [a, b] = [hexToLab(tokenValue(tokens, pair.first) ?? ''), hexToLab(tokenValue(tokens, pair.second) ?? '')];
    const deltaE = a && b ? Math.floor(deltaE2000(a, b) * 10) / 10 : 0;
    return deltaE >= pair.required ? [] : [{ ...pair, deltaE }];
  });
}
