import { contrastIssues, type ContrastIssue } from './contrast.js';
import type { DesignToken, Theme, TokenGroup } from './design-tokens.js';

/** What a token of each kind may hold, and how to say so; anything else could break out of its CSS declaration. */
const colour = [/^(#([0-9a-f]{3}|[0-9a-f]{6})|\{color\.[a-zA-Z]+\})$/iu, 'a hex colour such as "#1F4E79", or an alias such as "{color.primary}"'] as const;
const leaf: Readonly<Record<string, readonly [RegExp, string]>> = {
  color: colour,
  dimension: [/^(0|\d+(\.\d+)?(px|em|rem)|\{[a-z]+\.[a-zA-Z]+\})$/u, 'a length such as "4px", or an alias such as "{radius.control}"'],
  fontFamily: [/^[\w\s,"'-]+$/u, 'a font list such as "Georgia, serif"'],
};

/** What `theme-src` or a `theme` object brought, and what was done about it. */
export interface ResolvedTheme {
  theme: Theme;
  /** Tokens that were unknown or malformed (and so ignored), with the reason. */
  issues: string[];
  /** Colour pairs that failed WCAG contrast; their colours were replaced by the base theme's. */
  contrast: ContrastIssue[];
}

function leaves(group: TokenGroup, prefix = ''): Array<[string, unknown]> {
  return Object.entries(group).flatMap(([name, node]): Array<[string, unknown]> => {
    if (name.startsWith('$')) return [];
    const path = prefix ? `${prefix}.${name}` : name;
    return node && typeof node === 'object' && !('$value' in node) ? leaves(node as TokenGroup, path) : [[path, node]];
  });
}

function setLeaf(group: TokenGroup, path: string, token: DesignToken): void {
  const keys = path.split('.');
  let node = group;
  for (const key of keys.slice(0, -1)) node = node[key] as TokenGroup;
  node[keys.at(-1)!] = token;
}

/**
 * A municipality's own theme (DTCG JSON) over `base`: unknown or malformed tokens are reported and ignored;
 * colour pairs that fail WCAG contrast are reported with their ratio and fall back to `base`'s colours,
 * so the assistant never renders unreadable text. The header name may come from `$extensions.antrag.name`.
 */
export function resolveTheme(input: unknown, base: Theme): ResolvedTheme {
  const tokens = structuredClone(base.tokens);
  const known = new Map(leaves(base.tokens));
  const issues: string[] = [];
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { theme: base, issues: ['The theme is not a JSON object of design tokens.'], contrast: [] };
  }
  for (const [path, node] of leaves(input as TokenGroup)) {
    const expected = known.get(path) as DesignToken | undefined;
    if (!expected) {
      issues.push(`${path}: unknown token (known: ${[...known.keys()].join(', ')})`);
      continue;
    }
    const [pattern, hint] = leaf[expected.$type ?? 'color'] ?? colour;
    const value = node !== null && typeof node === 'object' && Object.hasOwn(node, '$value') ? Reflect.get(node, '$value') : undefined;
    if (typeof value !== 'string' || !pattern.test(value)) issues.push(`${path}: ${hint}`);
    else setLeaf(tokens, path, { ...expected, $value: value });
  }
  const contrast = contrastIssues(tokens);
  // Put back the base colours of every failing pair, until no pair fails (the base theme passes them all).
  for (let failing = contrast; failing.length > 0; failing = contrastIssues(tokens)) {
    for (const pair of failing) {
      for (const path of [pair.foreground, pair.background]) setLeaf(tokens, path, known.get(path) as DesignToken);
    }
  }
  const name = (input as { $extensions?: { antrag?: { name?: unknown } } }).$extensions?.antrag?.name;
  return { theme: { id: 'custom', name: typeof name === 'string' ? name : '', tokens }, issues, contrast };
}
