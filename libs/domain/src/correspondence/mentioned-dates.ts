import {
  daysInMonth,
  formatIsoDate,
  fromCivil,
  parseIsoDate,
  toCivil,
} from '../dates/calendar-date';
import type { DayNumber } from '../dates/calendar-date';

/**
 * Dates as UK letters write them: "15 January 2027", "Friday 15th January", "Fri, 15 Jan 2027",
 * "15/01/2027" (day first, as in the UK), "15.01.2027", "January 15, 2027", "2027-01-15". A date
 * without a year is the first such day on or after the day the email arrived: a letter that says
 * "by 15 January" in December means next January. Impossible dates (31 April) are not dates.
 */
export interface MentionedDate {
  iso: string;
  day: DayNumber;
  /** Where it starts and ends in the text. */
  index: number;
  end: number;
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const ORDINAL = '(?:st|nd|rd|th)?';

/** Each shape of date with the positions of its day, month and year in the match. */
const SHAPES: readonly { pattern: RegExp; day: number; month: number; year: number }[] = [
  {
    // Friday 15th January 2027, 15 Jan 2027, Fri, 15th of January
    pattern: new RegExp(
      `\\b${WEEKDAY}(?:the\\s+)?(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+${MONTH}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`,
      'gi',
    ),
    day: 1,
    month: 2,
    year: 3,
  },
  {
    // January 15, 2027; Friday, January 15th
    pattern: new RegExp(
      `\\b${WEEKDAY}${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL}\\b(?:,?\\s+(\\d{4})\\b)?`,
      'gi',
    ),
    day: 2,
    month: 1,
    year: 3,
  },
  {
    // 15/01/2027, 15.01.2027, 15-01-2027: day first
    pattern: new RegExp(`\\b${WEEKDAY}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})\\b`, 'gi'),
    day: 1,
    month: 3,
    year: 4,
  },
];

const ISO = /\b(\d{4}-\d{2}-\d{2})\b/g;

/** Every date mentioned in `text`, in order; `receivedOn` (YYYY-MM-DD) gives years left out. */
export function mentionedDates(text: string, receivedOn: string): MentionedDate[] {
  const received = parseIsoDate(receivedOn);
  const found: MentionedDate[] = [];
  for (const shape of SHAPES)
    for (const match of text.matchAll(shape.pattern)) {
      // "we may 2 be late": a month is written with its capital; "may" alone is the verb.
      if (match[shape.month] === 'may') continue;
      const day = dayOf(
        Number(match[shape.day]),
        monthOf(match[shape.month]),
        match[shape.year],
        received,
      );
      if (!Number.isNaN(day)) found.push(at(day, match));
    }
  for (const match of text.matchAll(ISO)) {
    const day = parseIsoDate(match[1]);
    if (!Number.isNaN(day)) found.push(at(day, match));
  }
  return withoutOverlaps(found.sort((a, b) => a.index - b.index || b.end - a.end));
}

function at(day: DayNumber, match: RegExpMatchArray): MentionedDate {
  const index = match.index ?? 0;
  return { iso: formatIsoDate(day), day, index, end: index + match[0].length };
}

/** "Friday 15 January 2027" once, not also as the "January 2027" inside it. */
function withoutOverlaps(dates: MentionedDate[]): MentionedDate[] {
  const kept: MentionedDate[] = [];
  for (const date of dates)
    if (kept.length === 0 || date.index >= kept[kept.length - 1].end) kept.push(date);
  return kept;
}

function monthOf(name: string): number {
  if (/^\d+$/.test(name)) return Number(name);
  return (
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
      name.slice(0, 3).toLowerCase(),
    ) + 1
  );
}

/** The day, or NaN; without a year, the first such day on or after `received`. */
function dayOf(
  day: number,
  month: number,
  year: string | undefined,
  received: DayNumber,
): DayNumber {
  if (year !== undefined) return civilDay(Number(year), month, day);
  if (Number.isNaN(received)) return NaN;
  const thisYear = toCivil(received).year;
  const candidate = civilDay(thisYear, month, day);
  if (!Number.isNaN(candidate) && candidate >= received) return candidate;
  return civilDay(thisYear + 1, month, day);
}

function civilDay(year: number, month: number, day: number): DayNumber {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  return fromCivil(year, month, day);
}
