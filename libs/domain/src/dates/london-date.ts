import { DayNumber, parseIsoDate } from './calendar-date';

/**
 * RFC 3339 `date-time`: seconds required, fractions allowed, and a zone (`Z` or `±hh:mm`); `T` and
 * `Z` may be lower case (RFC 3339 §5.6).
 */
const RFC3339 =
  /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** The looser ISO 8601 forms older histories were stored with: seconds and the zone optional. */
const LEGACY_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

const MS_PER_DAY = 86_400_000;

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

const validClock = (hours: number, minutes: number, seconds: number) =>
  hours <= 23 && minutes <= 59 && seconds <= 59;

/**
 * The Europe/London day of an RFC 3339 instant (`2025-10-03T23:30:00+01:00`, `…Z`), or NaN when
 * the value is not one: no zone, an impossible date or time (`2025-02-30`, `24:00`, a leap second),
 * an offset past ±23:59. Worked out from the fields, not by `Date.parse`, which is lenient about
 * all of these.
 */
export function instantLondonDay(value: string): DayNumber {
  const match = RFC3339.exec(value);
  if (!match) return NaN;
  const date = parseIsoDate(match[1]);
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4])];
  if (Number.isNaN(date) || !validClock(hours, minutes, seconds)) return NaN;
  let offsetMinutes = 0;
  if (match[5] === undefined) {
    const [offsetHours, offsetMins] = [Number(match[7]), Number(match[8])];
    if (offsetHours > 23 || offsetMins > 59) return NaN;
    offsetMinutes = (match[6] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const utcMs = date * MS_PER_DAY + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000;
  return parseIsoDate(londonDateOf(new Date(utcMs)));
}

/**
 * The London day of the date of an event as the API takes it: a plain `YYYY-MM-DD`, or an RFC 3339
 * instant with its zone (an email's arrival). A time without a zone is refused (NaN): it names no
 * instant, and guessing London would put an evening abroad on the wrong day.
 */
export function eventDay(value: string): DayNumber {
  return value.length === 10 ? parseIsoDate(value) : instantLondonDay(value);
}

/**
 * Like `eventDay`, and also reads a time without a zone as London wall-clock time (its date part):
 * histories stored before the API required a zone, and the CLI, still carry such values.
 * Returns NaN when the value is none of these; the caller names the field in its error.
 */
export function toLondonDay(value: string): DayNumber {
  if (value.length === 10) return parseIsoDate(value);
  const zoned = instantLondonDay(value);
  if (!Number.isNaN(zoned)) return zoned;
  const match = LEGACY_TIMESTAMP.exec(value);
  if (!match) return NaN;
  const datePart = parseIsoDate(match[1]);
  const seconds = match[4] === undefined ? 0 : Number(match[4]);
  if (Number.isNaN(datePart) || !validClock(Number(match[2]), Number(match[3]), seconds))
    return NaN;
  if (match[5] === undefined) return datePart;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? NaN : parseIsoDate(londonDateOf(instant));
}

/**
 * An event's date as an instant: a date alone is read as midday UTC (its own date in London,
 * whatever the season), an instant as itself.
 */
export function asInstant(value: string): string {
  return value.length === 10 ? `${value}T12:00:00Z` : value;
}
