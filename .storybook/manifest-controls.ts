import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
import { themes } from '../src/theme/themes.js';

/**
 * Controls for the rows Storybook reads from the Custom Elements Manifest (dist/custom-elements.json, made from
 * the element's JSDoc by `npm run build`). The manifest types attributes as TypeScript text ("number |
 * undefined"), which Storybook cannot turn into a control by itself: booleans get a toggle, numbers a number
 * field, `theme` the built-in themes, `drafts` its modes, other attributes a text field, and the `definition`,
 * `prefill` and `claims` objects a JSON editor. A property that only mirrors an attribute (`maxAttempts` for
 * `max-attempts`) is hidden, so each setting has one row, and so are private fields.
 */
export const manifestControls: ArgTypesEnhancer = ({ argTypes }) => {
  const attributes = Object.values(argTypes).filter((argType) => argType.table?.category === 'attributes');
  const mirrored = new Set(attributes.map((argType) => camelCase(argType.name)));
  const enhanced: Record<string, StrictInputType> = {};
  for (const [key, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    // Private fields (`#model`) are the manifest's record of the class, not settings.
    if (category === 'properties' && (mirrored.has(key) || key.startsWith('#')))
      enhanced[key] = { ...argType, table: { ...argType.table, disable: true } };
    else if (category === 'attributes' || category === 'properties')
      enhanced[key] = { ...argType, control: control(key, typeText(argType)) };
    else enhanced[key] = argType;
  }
  return enhanced;
};

function typeText(argType: StrictInputType): string {
  const summary = argType.table?.type?.summary;
  return typeof summary === 'string' ? summary : '';
}

function control(name: string, type: string): StrictInputType['control'] {
  if (name === 'theme') return { type: 'select', options: Object.keys(themes) };
  if (name === 'drafts') return { type: 'select', options: ['session', 'device', 'off'] };
  if (name === 'definition' || name === 'prefill' || name === 'claims') return { type: 'object' };
  if (/^boolean\b/u.test(type)) return { type: 'boolean' };
  if (/^number\b/u.test(type)) return { type: 'number' };
  return { type: 'text' };
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/gu, (_match, letter: string) => letter.toUpperCase());
}
