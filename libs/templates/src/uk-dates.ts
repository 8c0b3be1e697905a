const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// Dates are rebuilt at noon UTC and formatted in UTC, so the process TZ can never move the day.
const longParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * The Europe/London calendar date (YYYY-MM-DD) of a date or an ISO 8601 timestamp, or undefined
 * when the value is neither. 23:30 UTC on a summer evening is already tomorrow in London; a
 * timestamp without an offset is London wall-clock time, so its date part is the answer.
 */
export function toLondonDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (DATE.test(value)) return isRealDate(value) ? value : undefined;
  const match = TIMESTAMP.exec(value);
  if (!match || !isRealDate(match[1])) return undefined;
  if (match[2] === undefined) return match[1];
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  const part = (type: string) =>
    londonParts.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function dateParts(value: unknown): Record<'weekday' | 'day' | 'month' | 'year', string> {
  const date = toLondonDate(value);
  if (date === undefined) throw new Error(`"${String(value)}" is not a date (YYYY-MM-DD)`);
  const [year, month, day] = date.split('-').map(Number);
  const parts = longParts.formatToParts(new Date(Date.UTC(year, month - 1, day, 12)));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: part('weekday'), day: part('day'), month: part('month'), year: part('year') };
}

/** "Thursday 12 June 2025". */
export function formatUkDate(value: unknown): string {
  const { weekday, day, month, year } = dateParts(value);
  return `${weekday} ${day} ${month} ${year}`;
}

/** "12 June 2025". */
export function formatShortDate(value: unknown): string {
  const { day, month, year } = dateParts(value);
  return `${day} ${month} ${year}`;
}
