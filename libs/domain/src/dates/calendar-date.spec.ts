import {
  addCalendarMonths,
  endOfWorkingWeek,
  formatIsoDate,
  formatShortDate,
  fromCivil,
  parseIsoDate,
  weekday,
} from './calendar-date';

describe('parseIsoDate', () => {
  it.each([
    '2025-02-30',
    '2025-13-01',
    '2025-00-10',
    '2023-02-29',
    '2025-1-01',
    '2025/01/01',
    '',
    'x',
  ])('rejects %p', (value) => expect(parseIsoDate(value)).toBeNaN());

  it.each([
    ['2024-02-29', 19782],
    ['1970-01-01', 0],
    ['2000-02-29', 11016],
  ])('reads %s as day %d', (value, day) => expect(parseIsoDate(value)).toBe(day));

  it('round-trips every day from 2019 to 2035 and agrees with Date.UTC', () => {
    const mismatches: string[] = [];
    for (let d = fromCivil(2019, 1, 1); d <= fromCivil(2035, 12, 31); d++) {
      const iso = formatIsoDate(d);
      if (parseIsoDate(iso) !== d) mismatches.push(iso);
      if (new Date(`${iso}T00:00:00Z`).getTime() / 86_400_000 !== d) mismatches.push(`utc ${iso}`);
      if (new Date(`${iso}T12:00:00Z`).getUTCDay() !== weekday(d))
        mismatches.push(`weekday ${iso}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('addCalendarMonths', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-10-31', 1, '2025-11-30'],
    ['2025-09-03', 1, '2025-10-03'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-08-31', 6, '2026-02-28'],
  ])('%s + %d month(s) is %s', (from, months, expected) => {
    expect(formatIsoDate(addCalendarMonths(parseIsoDate(from), months))).toBe(expected);
  });
});

it('formats dates the UK way', () => {
  expect(formatShortDate(parseIsoDate('2025-06-12'))).toBe('Thu 12 Jun 2025');
});

describe('endOfWorkingWeek', () => {
  it.each([
    ['Monday: the Sunday after', '2026-11-23', '2026-11-29'],
    ['Friday: two days on', '2026-11-27', '2026-11-29'],
    ['Saturday: the coming week', '2026-11-28', '2026-12-06'],
    ['Sunday: the coming week', '2026-11-29', '2026-12-06'],
    ['across a year end', '2026-12-31', '2027-01-03'],
  ])('%s', (_name, today, expected) => {
    expect(formatIsoDate(endOfWorkingWeek(parseIsoDate(today)))).toBe(expected);
  });
});
