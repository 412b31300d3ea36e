import { expressionLimits as limits } from '../definition/expression-contract.js';
import { toNumber } from './coerce.js';
import type { Operator } from './operators.js';

/** ISO date (YYYY-MM-DD) of a date computed in UTC, so arithmetic does not shift with daylight saving. */
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/** Today as the citizen's calendar shows it (local time), not UTC. */
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};
const parseIso = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** Date arithmetic: Antrag's additions, which a JSON Logic library on a server adds as custom operations. */
export const dateOperators = {
  today: () => localToday(),
  date_add: (args, _s, { here }) => {
    const date = parseIso(here(args[0]));
    const amount = toNumber(here(args[1]));
    const unit = here(args[2]);
    if (!date || !Number.isInteger(amount)) return null;
    if (unit === 'days') date.setUTCDate(date.getUTCDate() + amount);
    else if (unit === 'months') date.setUTCMonth(date.getUTCMonth() + amount);
    else if (unit === 'years') date.setUTCFullYear(date.getUTCFullYear() + amount);
    else return null;
    return isoDate(date);
  },
  /** Adds working days (Monday to Friday; public holidays are not known here). */
  working_days_add: (args, _s, { here }) => {
    const date = parseIso(here(args[0]));
    let remaining = toNumber(here(args[1]));
    if (!date || !Number.isInteger(remaining) || Math.abs(remaining) > limits.items) return null;
    const step = remaining < 0 ? -1 : 1;
    while (remaining !== 0) {
      date.setUTCDate(date.getUTCDate() + step);
      if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) remaining -= step;
    }
    return isoDate(date);
  },
  /** The month (1–12) of an ISO date, e.g. to allow burning only in March or October. */
  month: (args, _s, { here }) => {
    const date = parseIso(here(args[0]));
    return date ? date.getUTCMonth() + 1 : null;
  },
} satisfies Record<string, Operator>;
