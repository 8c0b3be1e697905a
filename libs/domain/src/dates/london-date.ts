import { DayNumber, parseIsoDate } from './calendar-date';

const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Europe/London calendar date of an instant. */
export function londonDateOf(instant: Date): string {
  let year = '';
  let month = '';
  let day = '';
  for (const part of londonParts.formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}

/**
 * Turns a date (`2025-05-23`) or an ISO 8601 timestamp into its Europe/London day number.
 * 23:30 UTC on a summer Thursday is already Friday in London. A timestamp without an offset is
 * read as London wall-clock time, so its date part is the answer. Returns NaN when the value is
 * neither; the caller names the field in its error.
 */
export function toLondonDay(value: string): DayNumber {
  if (value.length === 10) return parseIsoDate(value);
  const match = TIMESTAMP.exec(value);
  if (!match) return NaN;
  const datePart = parseIsoDate(match[1]);
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  const seconds = match[4] === undefined ? 0 : Number(match[4]);
  if (Number.isNaN(datePart) || hours > 23 || minutes > 59 || seconds > 59) return NaN;
  if (match[5] === undefined) return datePart;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return NaN;
  return parseIsoDate(londonDateOf(instant));
}
