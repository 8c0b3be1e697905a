import ical from 'ical-generator';

/** An all-day event of a deadline feed. */
export interface AllDayEvent {
  uid: string;
  date: string; // YYYY-MM-DD
  summary: string;
  description: string;
  url?: string;
}

/**
 * A date as an instant on that date in UTC: ical-generator writes an all-day date (with no time
 * zone given) from the UTC calendar date, whatever the process's TZ.
 */
function onDate(date: string, plusDays = 0): Date {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d;
}

/**
 * The feed as RFC 5545 text. ical-generator escapes text (every line break, CR alone included,
 * commas, semicolons, backslashes) and folds lines at 75 octets without splitting a character;
 * writing it by hand had missed a lone CR.
 */
export function icsCalendar(name: string, events: readonly AllDayEvent[], stamp: Date): string {
  const calendar = ical({ name, prodId: '//FOI Tracker//Deadlines//EN' });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      allDay: true,
      start: onDate(e.date),
      end: onDate(e.date, 1),
      stamp,
      summary: e.summary,
      description: e.description,
      url: e.url ?? null,
    });
  }
  // Every content line ends in CRLF (RFC 5545 §3.1), the last one too.
  return `${calendar.toString()}\r\n`;
}
