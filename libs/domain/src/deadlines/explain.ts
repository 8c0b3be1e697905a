import { DayNumber, formatShortDate, isWeekend } from '../dates/calendar-date';
import { Division, DIVISIONS, divisionName, Holiday } from '../calendar/holiday';
import { CalendarScope, WorkingDayCalendar } from '../calendar/working-day-calendar';

function where(divisions: readonly Division[]): string {
  if (divisions.length === DIVISIONS.length) return 'all UK';
  return `${divisions.map(divisionName).join(' and ')} only`;
}

function groupByName(holidays: readonly Holiday[]): Map<string, Division[]> {
  const byName = new Map<string, Division[]>();
  for (const h of holidays) {
    const list = byName.get(h.name);
    if (list) list.push(h.division);
    else byName.set(h.name, [h.division]);
  }
  return byName;
}

/**
 * Lines naming every day in (from, to] that did not count and why, plus the bank holidays of other
 * nations that did count (Easter Monday under FOISA), so a person can check the date by hand.
 */
export function describeSkippedDays(
  calendar: WorkingDayCalendar,
  scope: CalendarScope,
  from: DayNumber,
  to: DayNumber,
  holidaySource: string,
): string[] {
  let weekends = 0;
  const skipped: string[] = [];
  const counted: string[] = [];
  for (let day = from + 1; day <= to; day++) {
    if (isWeekend(day)) {
      weekends++;
      continue;
    }
    const holidays = calendar.holidaysOn(day);
    if (holidays.length === 0) continue;
    const inScope = scope === 'uk' ? holidays : holidays.filter((h) => h.division === scope);
    for (const [name, divisions] of groupByName(inScope.length > 0 ? inScope : holidays)) {
      if (inScope.length === 0) {
        counted.push(
          `${formatShortDate(day)} — ${name} (${where(divisions)}) is a working day here (${holidaySource}).`,
        );
      } else if (scope === 'uk' && divisions.length < DIVISIONS.length) {
        skipped.push(
          `${formatShortDate(day)} — ${name} (${where(divisions)}) — counts under ${holidaySource}.`,
        );
      } else {
        skipped.push(
          `${formatShortDate(day)} — ${name} (${scope === 'uk' ? where(divisions) : divisionName(scope)}).`,
        );
      }
    }
  }
  const holidayCount = skipped.length;
  const summary =
    `Skipped ${weekends} weekend day${weekends === 1 ? '' : 's'}` +
    (holidayCount === 0
      ? ' and no bank holidays.'
      : ` and ${holidayCount} bank holiday${holidayCount === 1 ? '' : 's'}:`);
  return [summary, ...skipped.map((s) => `  ${s}`), ...counted];
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export { formatShortDate as day };
