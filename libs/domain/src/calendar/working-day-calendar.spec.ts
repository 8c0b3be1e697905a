import { fromCivil, isWeekend, parseIsoDate } from '../dates/calendar-date';
import { Holiday } from './holiday';
import { CalendarScope, WorkingDayCalendar } from './working-day-calendar';

const holidays: Holiday[] = [
  { date: '2025-03-17', name: "St Patrick's Day", division: 'northern-ireland' },
  { date: '2025-04-18', name: 'Good Friday', division: 'england-and-wales' },
  { date: '2025-04-18', name: 'Good Friday', division: 'scotland' },
  { date: '2025-04-18', name: 'Good Friday', division: 'northern-ireland' },
  { date: '2025-04-21', name: 'Easter Monday', division: 'england-and-wales' },
  { date: '2025-08-04', name: 'Summer bank holiday', division: 'scotland' },
];
const calendar = new WorkingDayCalendar(holidays, { firstYear: 2024, lastYear: 2026 });
const d = parseIsoDate;

/** The obvious way: step one day at a time. The index must agree with it everywhere. */
function naiveAdd(scope: CalendarScope, from: number, n: number): number {
  let day = from;
  for (let left = n; left > 0;) {
    day++;
    const off =
      isWeekend(day) ||
      holidays.some((h) => d(h.date) === day && (scope === 'uk' || h.division === scope));
    if (!off) left--;
  }
  return day;
}

describe('WorkingDayCalendar', () => {
  it.each<[CalendarScope, string, number, string]>([
    ['uk', '2025-03-14', 1, '2025-03-18'],
    ['scotland', '2025-03-14', 1, '2025-03-17'],
    ['england-and-wales', '2025-04-17', 1, '2025-04-22'],
    ['scotland', '2025-04-17', 1, '2025-04-21'],
    ['uk', '2025-08-01', 1, '2025-08-05'],
    ['northern-ireland', '2025-08-01', 1, '2025-08-04'],
  ])('%s: %s + %d working day is %s', (scope, from, n, expected) => {
    expect(calendar.iso(calendar.scope(scope).addWorkingDays(d(from), n))).toBe(expected);
  });

  it('agrees with day-by-day stepping for every start day and 1–45 working days', () => {
    const wrong: string[] = [];
    for (const scope of ['uk', 'england-and-wales', 'scotland', 'northern-ireland'] as const) {
      const index = calendar.scope(scope);
      for (let day = fromCivil(2025, 1, 1); day <= fromCivil(2025, 12, 31); day += 3) {
        for (const n of [1, 5, 20, 40, 45]) {
          const got = index.addWorkingDays(day, n);
          if (got !== naiveAdd(scope, day, n)) wrong.push(`${scope} ${calendar.iso(day)} +${n}`);
          if (index.countWorkingDays(day, got) !== n)
            wrong.push(`count ${scope} ${calendar.iso(day)} +${n}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('knows working days and the next working day', () => {
    const uk = calendar.scope('uk');
    expect(uk.isWorkingDay(d('2025-03-17'))).toBe(false);
    expect(calendar.scope('scotland').isWorkingDay(d('2025-03-17'))).toBe(true);
    expect(calendar.iso(uk.nextWorkingDayFrom(d('2025-04-19')))).toBe('2025-04-22');
    expect(calendar.iso(uk.nextWorkingDayFrom(d('2025-04-22')))).toBe('2025-04-22');
  });

  it('names the holidays on a day in every division', () => {
    expect(calendar.holidaysOn(d('2025-04-18')).map((h) => h.division)).toEqual([
      'england-and-wales',
      'scotland',
      'northern-ireland',
    ]);
    expect(calendar.holidaysOn(d('2025-04-22'))).toEqual([]);
  });

  it.each([
    ['2024-01-01', true],
    ['2023-12-31', false],
    ['2025-12-31', true],
    ['2026-01-01', false],
  ])('covers %s as a start day: %p (the last year is margin)', (day, expected) => {
    expect(calendar.covers(d(day))).toBe(expected);
  });

  it('rejects a holiday list with an impossible date', () => {
    expect(
      () =>
        new WorkingDayCalendar([{ date: '2025-02-30', name: 'x', division: 'scotland' }], {
          firstYear: 2025,
          lastYear: 2025,
        }),
    ).toThrow('2025-02-30');
  });
});
