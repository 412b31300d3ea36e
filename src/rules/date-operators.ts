import { expressionLimits as limits } from '../definition/expression-contract.js';
import { toNumber } from './coerce.js';
import type { Operator } from './operators.js';

// The date operations are specified in docs/definition-format.md ("Date operations"); the same vectors
// (docs/rules/date-vectors.json) check this code and the reference implementation for json-logic-js.

interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const format = ({ year, month, day }: Day) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** A calendar date `YYYY-MM-DD` (years 0001–9999) that exists, or undefined. */
function parseDay(value: unknown): Day | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return undefined;
  return { year, month, day };
}

const monthLength = (year: number, month: number) => (month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** Days since 1970-01-01 (UTC, proleptic Gregorian) and back. */
const toEpochDay = ({ year, month, day }: Day) => {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
};
const fromEpochDay = (epochDay: number): Day => {
  const date = new Date(epochDay * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};
const inRange = (day: Day) => (day.year >= 1 && day.year <= 9999 ? format(day) : null);

/** java.time's LocalDate.plusMonths: the same day of the month, or the month's last day if it is shorter. */
function addMonths({ year, month, day }: Day, months: number): Day {
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return { year: y, month: m, day: Math.min(day, monthLength(y, m)) };
}

const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
/** Today in Germany (Europe/Berlin), whatever the device's or server's time zone. */
export function todayInBerlin(now = new Date()): string {
  const part = (type: string) => berlin.formatToParts(now).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const isWorkingDay = (epochDay: number, holidays: ReadonlySet<string>) => {
  const weekday = new Date(epochDay * 86_400_000).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(format(fromEpochDay(epochDay)));
};

/** Date arithmetic: Antrag's additions, which a JSON Logic library on a server adds as custom operations. */
export const dateOperators = {
  today: () => todayInBerlin(),
  /** `[date, n, "days" | "months" | "years"]`; months and years clamp to the month's end like java.time. */
  date_add: (args, _s, { here }) => {
    const date = parseDay(here(args[0]));
    const amount = toNumber(here(args[1]));
    const unit = here(args[2]);
    if (!date || !Number.isSafeInteger(amount) || Math.abs(amount) > 3_660_000) return null;
    if (unit === 'days') return inRange(fromEpochDay(toEpochDay(date) + amount));
    if (unit === 'months') return inRange(addMonths(date, amount));
    if (unit === 'years') return inRange(addMonths(date, amount * 12));
    return null;
  },
  /** `[date, n, holidays?]`: n working days (Monday to Friday, not in the optional list of ISO dates) later or earlier. */
  working_days_add: (args, _s, { here }) => {
    const date = parseDay(here(args[0]));
    let remaining = toNumber(here(args[1]));
    const listed = args.length > 2 ? here(args[2]) : [];
    if (!date || !Number.isInteger(remaining) || Math.abs(remaining) > limits.items || !Array.isArray(listed)) return null;
    const holidays = new Set(listed.filter((item): item is string => typeof item === 'string'));
    let epochDay = toEpochDay(date);
    const step = remaining < 0 ? -1 : 1;
    while (remaining !== 0) {
      epochDay += step;
      if (isWorkingDay(epochDay, holidays)) remaining -= step;
    }
    return inRange(fromEpochDay(epochDay));
  },
  /** The month (1–12) of an ISO date, e.g. to allow burning only in March or October. */
  month: (args, _s, { here }) => parseDay(here(args[0]))?.month ?? null,
} satisfies Record<string, Operator>;
