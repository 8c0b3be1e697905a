import { daysInMonth, formatIsoDate, fromCivil, parseIsoDate, toCivil } from './calendar-date';
import type { DayNumber } from './calendar-date';

/**
 * A date as a person types it into a form: day, month and year ("27 11 2026", "27/11/2026",
 * "27-11-2026", "27.11.2026", "27 Nov 2026"), or `YYYY-MM-DD`. Nothing is guessed: a two-digit
 * year, a missing part or an impossible date (31 11 2026) is NaN, and the form says so beside its
 * field with what was typed kept.
 */
export function parseTypedDate(value: string): DayNumber {
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return parseIsoDate(text);
  const parts = /^(\d{1,2})[\s/.-]+([A-Za-z]+|\d{1,2})[\s/.-]+(\d{4})$/.exec(text);
  if (!parts) return NaN;
  const day = Number(parts[1]);
  const month = /^\d+$/.test(parts[2]) ? Number(parts[2]) : monthNumber(parts[2]);
  const year = Number(parts[3]);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  return fromCivil(year, month, day);
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "Nov", "november", "Sept" → 11, 11, 9; anything else NaN. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return NaN;
  const index = MONTHS.findIndex(
    (m) => m.startsWith(lower) || (lower === 'sept' && m === 'september'),
  );
  return index < 0 ? NaN : index + 1;
}

/** A day as a form shows it, the way the hint asks for it: "27 11 2026". */
export function formatTypedDate(dayNumber: DayNumber): string {
  const { year, month, day } = toCivil(dayNumber);
  return `${day} ${month} ${year}`;
}

/** `YYYY-MM-DD` from what was typed, or undefined when it is not a real date. */
export function typedDateToIso(value: string): string | undefined {
  const day = parseTypedDate(value);
  return Number.isNaN(day) ? undefined : formatIsoDate(day);
}
