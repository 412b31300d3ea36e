import { expressionLimits as limits } from '../definition/expression-contract.js';
import { toNumber } from './coerce.js';
import type { Operator } from './operators.js';

// Specified in docs/definition-format.md ("Date operations"); docs/rules/date-vectors.json checks this code
// and the reference implementation for json-logic-js alike. Dates are UTC midnights, so no daylight saving.

const iso = (date: Date) => date.toISOString().slice(0, 10);
/** A day `YYYY-MM-DD` (years 0001–9999) that exists: 2026-02-30 does not. */
function parseDay(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return value >= '0001' && !Number.isNaN(date.getTime()) && iso(date) === value ? date : undefined;
}
const result = (date: Date) => (date.getUTCFullYear() >= 1 && date.getUTCFullYear() <= 9999 ? iso(date) : null);

/** java.time's LocalDate.plusMonths: the same day of the month, or that month's last day if it is shorter. */
function addMonths(date: Date, months: number): Date {
  const day = date.getUTCDate();
  date.setUTCMonth(date.getUTCMonth() + months, 1);
  const last = new Date(date);
  last.setUTCMonth(last.getUTCMonth() + 1, 0);
  date.setUTCDate(Math.min(day, last.getUTCDate()));
  return date;
}

// Made on first use: loading the time zone costs about 10 ms, which a form without `today` need not pay at start-up.
let berlin: Intl.DateTimeFormat | undefined;
/** Today in Germany (Europe/Berlin), whatever the device's or server's time zone. */
export function todayInBerlin(now = new Date()): string {
  berlin ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = Object.fromEntries(berlin.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Date arithmetic: Antrag's additions, which a JSON Logic library on a server adds as custom operations. */
export const dateOperators = {
  today: () => todayInBerlin(),
  /** `[date, n, "days" | "months" | "years"]`; months and years clamp to the month's end like java.time. */
  date_add: (args, _s, { here }) => {
    const date = parseDay(here(args[0]));
    const amount = toNumber(here(args[1]));
    const unit = here(args[2]);
    if (!date || !Number.isInteger(amount) || Math.abs(amount) > 3_660_000) return null;
    if (unit === 'days') date.setUTCDate(date.getUTCDate() + amount);
    else if (unit === 'months' || unit === 'years') addMonths(date, unit === 'years' ? amount * 12 : amount);
    else return null;
    return result(date);
  },
  /** `[date, n, holidays?]`: n working days (Monday to Friday, not in the optional list of ISO dates) later or earlier. */
  working_days_add: (args, _s, { here }) => {
    const date = parseDay(here(args[0]));
    let remaining = toNumber(here(args[1]));
    const holidays = args.length > 2 ? here(args[2]) : [];
    if (!date || !Number.isInteger(remaining) || Math.abs(remaining) > limits.items || !Array.isArray(holidays)) return null;
    const step = remaining < 0 ? -1 : 1;
    while (remaining !== 0) {
      date.setUTCDate(date.getUTCDate() + step);
      if (date.getUTCDay() % 6 !== 0 && !holidays.includes(iso(date))) remaining -= step;
    }
    return result(date);
  },
  /** The month (1–12) of an ISO date, e.g. to allow burning only in March or October. */
  month: (args, _s, { here }) => {
    const date = parseDay(here(args[0]));
    return date ? date.getUTCMonth() + 1 : null;
  },
} satisfies Record<string, Operator>;
