/**
 * Calendar dates as integers: days since 1970-01-01 ("day numbers").
 *
 * Legal deadlines are calendar dates in Europe/London, never instants, so the engine works on
 * day numbers and only turns them into `YYYY-MM-DD` strings at the edge. Integer arithmetic keeps
 * the hot path free of `Date` objects and of any time-zone surprise.
 */

export type DayNumber = number;

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export class InvalidDateError extends Error {
  constructor(readonly value: string) {
    super(`"${value}" is not a real date (expected YYYY-MM-DD)`);
    this.name = 'InvalidDateError';
  }
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date (Howard Hinnant's days_from_civil). */
export function fromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (civil_from_days). */
export function toCivil(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function digit(code: number): number {
  const d = code - 48;
  return d >= 0 && d <= 9 ? d : NaN;
}

/**
 * Parses a strict `YYYY-MM-DD`. Returns NaN for anything else, including impossible dates such as
 * `2025-02-30`; callers turn NaN into an error that names their field.
 */
export function parseIsoDate(value: string): DayNumber {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
  const year =
    digit(value.charCodeAt(0)) * 1000 +
    digit(value.charCodeAt(1)) * 100 +
    digit(value.charCodeAt(2)) * 10 +
    digit(value.charCodeAt(3));
  const month = digit(value.charCodeAt(5)) * 10 + digit(value.charCodeAt(6));
  const day = digit(value.charCodeAt(8)) * 10 + digit(value.charCodeAt(9));
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  return fromCivil(year, month, day);
}

export function isIsoDate(value: string): boolean {
  return !Number.isNaN(parseIsoDate(value));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

export function formatIsoDate(dayNumber: DayNumber): string {
  const { year, month, day } = toCivil(dayNumber);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** 0 = Sunday … 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
export function weekday(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * The last day (a Sunday) of "this week" as an officer means it on `dayNumber`: the Sunday that
 * ends the current week, or at a weekend, when this week's work is done, the coming week's.
 */
export function endOfWorkingWeek(dayNumber: DayNumber): DayNumber {
  const w = weekday(dayNumber);
  return dayNumber + (w === 0 ? 7 : w === 6 ? 8 : 7 - w);
}

export function isWeekend(dayNumber: DayNumber): boolean {
  const w = weekday(dayNumber);
  return w === 0 || w === 6;
}

/** "Thu 12 Jun 2025": short enough for an explanation line, unambiguous in the UK. */
export function formatShortDate(dayNumber: DayNumber): string {
  const { year, month, day } = toCivil(dayNumber);
  return `${WEEKDAY_NAMES[weekday(dayNumber)]} ${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/**
 * The same day of the month `months` later; where that month is shorter, its last day
 * (31 Jan + 1 month = 28 or 29 Feb), as UK GDPR art 12(3) is read by the ICO.
 */
export function addCalendarMonths(dayNumber: DayNumber, months: number): DayNumber {
  const { year, month, day } = toCivil(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return fromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}
