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

function calendarText(name: string, events: readonly AllDayEvent[], stamp: Date): string {
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
  return calendar.toString();
}

const END = 'END:VCALENDAR';

/**
 * The feed as RFC 5545 text, written out a chunk of events at a time. ical-generator escapes
 * text (every line break, CR alone included, commas, semicolons, backslashes) and folds lines at
 * 75 octets without splitting a character; writing it by hand had missed a lone CR. It renders a
 * whole calendar at once, so each chunk is rendered as a calendar of its own and its events cut
 * out (folding works line by line, so the cut lines are as the whole would have them).
 */
export async function* icsLines(
  name: string,
  chunks: AsyncIterable<readonly AllDayEvent[]> | Iterable<readonly AllDayEvent[]>,
  stamp: Date,
): AsyncGenerator<string> {
  const head = calendarText(name, [], stamp).slice(0, -END.length);
  yield head;
  for await (const events of chunks)
    if (events.length > 0) yield calendarText(name, events, stamp).slice(head.length, -END.length);
  // Every content line ends in CRLF (RFC 5545 §3.1), the last one too.
  yield `${END}\r\n`;
}

/** The whole feed as one string (a few events). */
export async function icsCalendar(
  name: string,
  events: readonly AllDayEvent[],
  stamp: Date,
): Promise<string> {
  let text = '';
  for await (const part of icsLines(name, [events], stamp)) text += part;
  return text;
}
