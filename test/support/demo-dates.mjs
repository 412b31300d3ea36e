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
