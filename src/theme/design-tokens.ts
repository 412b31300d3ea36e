/** A W3C Design Tokens (DTCG) token: a value and its type. */
export interface DesignToken {
  $value: string;
  $type?: 'color' | 'dimension' | 'fontFamily' | 'fontWeight' | 'number' | 'shadow';
  $description?: string;
}

/** A DTCG token tree: groups of groups, leaves are tokens. */
export interface TokenGroup {
  [name: string]: DesignToken | TokenGroup | string | undefined;
}

/** A municipality's look: its name and logo for the header, and its design tokens. */
export interface Theme {
  id: string;
  /** Shown in the header next to the logo, e.g. "Stadt Musterstadt". Empty for the neutral theme. */
  name: string;
  /** A small vector logo; decorative, since the name stands beside it. */
  logo?: { viewBox: string; paths: readonly { d: string; fill: string }[] };
  tokens: TokenGroup;
}

function isToken(node: DesignToken | TokenGroup): node is DesignToken {
  return typeof node.$value === 'string';
}

// A token value ends up in a CSS declaration: refuse anything that could close it or load resources.
const SAFE_VALUE = /^[^;{}<>\\]*$/u;

const kebab = (name: string) => name.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);

/** Flattens a token tree into `--antrag-*` custom properties: `color.primary` → `--antrag-color-primary`. */
export function toCustomProperties(tokens: TokenGroup, prefix = '--antrag'): Map<string, string> {
  const properties = new Map<string, string>();
  for (const [name, node] of Object.entries(tokens)) {
    if (name.startsWith('$') || node === undefined || typeof node === 'string') continue;
    const property = `${prefix}-${kebab(name)}`;
    if (isToken(node)) {
      // A DTCG alias ("{radius.control}") stays a reference, so a page overriding the system token moves it too.
      const alias = /^\{([a-zA-Z.]+)\}$/u.exec(node.$value)?.[1];
      if (alias) properties.set(property, `var(--antrag-${alias.split('.').map(kebab).join('-')})`);
      else if (SAFE_VALUE.test(node.$value) && !/url\s*\(/iu.test(node.$value)) properties.set(property, node.$value);
    } else {
      for (const [child, value] of toCustomProperties(node, property)) properties.set(child, value);
    }
  }
  return properties;
}
