import { toCivil, DayNumber } from './calendar-date';

const londonHour = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  hourCycle: 'h23',
});

/**
 * The instant when London's clocks show `hour`:00 on `day`. London is on GMT or BST (one hour
 * ahead); the clocks change at 01:00 GMT, so for the hours reminders use there is one answer.
 */
export function londonWallClock(day: DayNumber, hour: number): Date {
  const { year, month, day: dom } = toCivil(day);
  const gmt = Date.UTC(year, month - 1, dom, hour);
  const bst = gmt - 3_600_000;
  return Number(londonHour.format(bst)) === hour ? new Date(bst) : new Date(gmt);
}
