import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  start: string; // YYYY-MM-DD
  end: string;
  summary: string;
  description: string;
}

/** A feed read back by an independent parser (ical.js, Mozilla's), as a calendar app reads it. */
export function eventsOf(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((event) => {
    const text = (name: string) => String(event.getFirstPropertyValue(name));
    const date = (name: string) => {
      const value = event.getFirstPropertyValue(name) as ICAL.Time;
      if (!value.isDate) throw new Error(`${name} is not an all-day date`);
      return value.toString();
    };
    return {
      uid: text('uid'),
      start: date('dtstart'),
      end: date('dtend'),
      summary: text('summary'),
      description: text('description'),
    };
  });
}
