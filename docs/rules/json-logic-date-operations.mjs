// Antrag's date operations as custom operations for json-logic-js (the JSON Logic reference implementation),
// for a municipality's Node backend that evaluates a definition's rules without Antrag:
//
//   import jsonLogic from 'json-logic-js';
//   import { addDateOperations } from './json-logic-date-operations.mjs';
//   addDateOperations(jsonLogic);
//   jsonLogic.apply({ date_add: [{ today: [] }, -18, 'years'] }, {});
//
// Specified in docs/definition-format.md ("Date operations") and checked against docs/rules/date-vectors.json.
// Written independently of Antrag's own evaluator (src/rules/date-operators.ts), as a port would be.

const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y, m) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
const pad = (n, width = 2) => String(n).padStart(width, '0');
const format = (y, m, d) => (y >= 1 && y <= 9999 ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null);

function parse(value) {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return null;
  const [y, m, d] = match.slice(1).map(Number);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= monthLength(y, m) ? { y, m, d } : null;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
function toDays({ y, m, d }) {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
function fromDays(z) {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}
const weekday = (days) => (((days + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday

/** Adds `today`, `date_add`, `working_days_add` and `month` to a json-logic-js instance; `now` fixes the clock. */
export function addDateOperations(jsonLogic, { now = () => new Date() } = {}) {
  const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
  jsonLogic.add_operation('today', () => {
    const parts = Object.fromEntries(berlin.formatToParts(now()).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
  });
  jsonLogic.add_operation('date_add', (date, n, unit) => {
    const start = parse(date);
    const amount = Number(n);
    if (!start || !Number.isSafeInteger(amount) || Math.abs(amount) > 3660000) return null;
    if (unit === 'days') {
      const { y, m, d } = fromDays(toDays(start) + amount);
      return format(y, m, d);
    }
    if (unit !== 'months' && unit !== 'years') return null;
    const index = start.y * 12 + start.m - 1 + (unit === 'years' ? amount * 12 : amount);
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    return format(y, m, Math.min(start.d, monthLength(y, m)));
  });
  jsonLogic.add_operation('working_days_add', (date, n, holidays = []) => {
    const start = parse(date);
    let remaining = Number(n);
    if (!start || !Number.isInteger(remaining) || Math.abs(remaining) > 1000 || !Array.isArray(holidays)) return null;
    const off = new Set(holidays.filter((h) => typeof h === 'string'));
    let days = toDays(start);
    const step = remaining < 0 ? -1 : 1;
    while (remaining !== 0) {
      days += step;
      const { y, m, d } = fromDays(days);
      if (weekday(days) !== 0 && weekday(days) !== 6 && !off.has(format(y, m, d))) remaining -= step;
    }
    const { y, m, d } = fromDays(days);
    return format(y, m, d);
  });
  jsonLogic.add_operation('month', (date) => parse(date)?.m ?? null);
}
