import type { Definition, Field } from '../src/definition/schema.js';

/** A one-step definition around a single field, for field stories. */
export function singleField(field: Field): Definition {
  return {
    schemaVersion: 1,
    id: `story-${field.type}`,
    version: '1.0.0',
    languages: ['de', 'en'],
    title: { de: 'Beispielformular', en: 'Example form' },
    steps: [{ id: 'schritt', title: { de: 'Ein Schritt', en: 'One step' }, fields: [field] }],
  };
}
