import type { Theme, TokenGroup } from './design-tokens.js';

const color = (value: string) => ({ $type: 'color' as const, $value: value });
const dimension = (value: string) => ({ $type: 'dimension' as const, $value: value });
const font = (value: string) => ({ $type: 'fontFamily' as const, $value: value });

const systemSans = font('system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif');

/** Tokens every theme starts from; the defaults in the component CSS mirror these. */
const baseTokens = {
  color: {
    primary: color('#1F4E79'),
    primaryHover: color('#163A5A'),
    onPrimary: color('#FFFFFF'),
    text: color('#1B1B1B'),
    textMuted: color('#4A4F55'),
    background: color('#FFFFFF'),
    surface: color('#F3F4F6'),
    border: color('#5F6368'),
    error: color('#B00020'),
    success: color('#1B5E20'),
    focus: color('#FFBF47'),
    focusText: color('#0B0C0C'),
  },
  font: { body: systemSans, heading: systemSans },
  radius: { control: dimension('4px'), panel: dimension('4px') },
  space: { unit: dimension('8px') },
} satisfies TokenGroup;

/** The second tier: a few component tokens, aliases of system tokens unless a theme sets them. */
const componentTokens = {
  button: { radius: dimension('{radius.control}') },
  header: { rule: color('{color.primary}') },
  errorSummary: { border: color('{color.error}') },
} satisfies TokenGroup;

function extend(overrides: {
  color?: Partial<typeof baseTokens.color>;
  font?: Partial<typeof baseTokens.font>;
  radius?: Partial<typeof baseTokens.radius>;
  space?: Partial<typeof baseTokens.space>;
}): TokenGroup {
  return {
    color: { ...baseTokens.color, ...overrides.color },
    font: { ...baseTokens.font, ...overrides.font },
    radius: { ...baseTokens.radius, ...overrides.radius },
    space: { ...baseTokens.space, ...overrides.space },
    ...structuredClone(componentTokens),
  };
}

/** The EfA default before a municipality brands a service: grey-blue, no logo. */
export const neutral: Theme = { id: 'neutral', name: '', tokens: extend({}) };

/** Stadt Musterstadt: city blue, serif headings, a simple coat of arms. */
export const musterstadt: Theme = {
  id: 'musterstadt',
  name: 'Stadt Musterstadt',
  logo: {
    viewBox: '0 0 32 40',
    paths: [
      { d: 'M2 2h28v18c0 9-6.5 15-14 18C8.5 35 2 29 2 20z', fill: '#004B87' },
      { d: 'M16 6l3 6h6l-5 4 2 7-6-4-6 4 2-7-5-4h6z', fill: '#FFFFFF' },
      { d: 'M6 26h20v3H6z', fill: '#FFFFFF' },
    ],
  },
  tokens: extend({
    color: { primary: color('#004B87'), primaryHover: color('#003866') },
    font: { heading: font('Georgia, Cambria, "Times New Roman", Times, serif') },
  }),
};

/** Gemeinde Beispielhausen: green, rounded, friendly. */
export const beispielhausen: Theme = {
  id: 'beispielhausen',
  name: 'Gemeinde Beispielhausen',
  logo: {
    viewBox: '0 0 40 40',
    paths: [
      { d: 'M20 2a18 18 0 1 1 0 36 18 18 0 0 1 0-36z', fill: '#2E7D32' },
      { d: 'M20 8c6 5 8 10 8 14a8 8 0 0 1-16 0c0-4 2-9 8-14z', fill: '#FFFFFF' },
      { d: 'M19 22h2v10h-2z', fill: '#2E7D32' },
    ],
  },
  tokens: extend({
    color: { primary: color('#2E7D32'), primaryHover: color('#1B5E20') },
    radius: { control: dimension('12px'), panel: dimension('16px') },
  }),
};

/**
 * Landkreis Musterland: aubergine buttons under the red coat of arms, dense. The district's red (#9B1B30) was
 * about 6 ΔE00 from the error colour, so its buttons looked like errors; aubergine is about 32 away.
 */
export const musterland: Theme = {
  id: 'musterland',
  name: 'Landkreis Musterland',
  logo: {
    viewBox: '0 0 40 40',
    paths: [
      { d: 'M4 4h32v32H4z', fill: '#9B1B30' },
      { d: 'M10 28l6-14 4 8 4-5 6 11z', fill: '#FFFFFF' },
    ],
  },
  tokens: extend({
    color: { primary: color('#5B2A6E'), primaryHover: color('#431F52') },
    radius: { control: dimension('2px'), panel: dimension('2px') },
    space: { unit: dimension('6px') },
  }),
};

/** High contrast for testers and citizens who need it: black on white, yellow focus. */
export const kontrast: Theme = {
  id: 'kontrast',
  name: '',
  tokens: extend({
    color: {
      primary: color('#000000'),
      primaryHover: color('#333333'),
      text: color('#000000'),
      textMuted: color('#000000'),
      border: color('#000000'),
      surface: color('#FFFFFF'),
      focus: color('#FFDD00'),
      focusText: color('#000000'),
    },
    radius: { control: dimension('0'), panel: dimension('0') },
  }),
};

/** Built-in themes by id. */
export const themes: Readonly<Record<string, Theme>> = { neutral, musterstadt, beispielhausen, musterland, kontrast };
