// @ts-check
/**
 * Dates the demo forms accept on any day the tests run, for the browser tests (through fixtures.ts) and
 * the Node tests alike.
 */

/** @param {Date} date */
const iso = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** A day in March or October at least two weeks ahead: the demo's burning rules stay satisfiable on any day the tests run. */
export const burningDate = (() => {
  const date = new Date();
  date.setDate(date.getDate() + 14);
  while (date.getMonth() !== 2 && date.getMonth() !== 9) date.setDate(date.getDate() + 1);
  return iso(date);
})();

/** Ten days ago: a dog acquired recently enough for the Hundesteuer form. */
export const dogSince = (() => {
  const date = new Date();
  date.setDate(date.getDate() - 10);
  return iso(date);
})();

/**
 * Valid answers to the burning notice (Verbrennung) from `name`, as a payload's `values`; an empty name
 * makes them invalid. For the Node and the browser intake tests alike.
 * @param {string} name
 */
export function burningValues(name) {
  return {
    name,
    anschrift: 'Lindenweg 4',
    datum: burningDate,
    uhrzeitVon: '09:00',
    uhrzeitBis: '12:00',
    menge: '1',
    art: ['laub'],
    brandschutz: true,
  };
}
