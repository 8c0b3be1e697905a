import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseIsoDate } from '@app/domain';
import govUkSnapshot from '../../../test/fixtures/govuk-bank-holidays-2019-2027.json';
import { createWorkingDayCalendar, DEFAULT_OVERRIDES } from './create-calendar';
import {
  HolidayFileError,
  libraryHolidays,
  mergeHolidays,
  parseGovUkBankHolidays,
  parseOverrides,
} from './holiday-sources';

const weekdayKeys = (list: { date: string; division: string }[]) =>
  new Set(
    list
      .filter((h) => ![0, 6].includes(new Date(`${h.date}T12:00:00Z`).getUTCDay()))
      .map((h) => `${h.division} ${h.date}`),
  );

describe('holiday sources', () => {
  it('date-holidays agrees with the gov.uk snapshot on every weekday holiday 2019–2027', () => {
    const fromLibrary = weekdayKeys(libraryHolidays(2019, 2027));
    const fromGovUk = weekdayKeys(parseGovUkBankHolidays(govUkSnapshot));
    expect([...fromGovUk].filter((k) => !fromLibrary.has(k))).toEqual([]);
    expect([...fromLibrary].filter((k) => !fromGovUk.has(k))).toEqual([]);
  });

  it('drops observances such as Mother’s Day and St George’s Day', () => {
    const names = libraryHolidays(2025, 2025).map((h) => h.name);
    expect(names).not.toContain("Mother's Day");
    expect(names.some((n) => /St George/.test(n))).toBe(false);
  });

  it('ships the Scottish World Cup holiday of 15 June 2026, missing from both sources', () => {
    expect(libraryHolidays(2026, 2026).some((h) => h.date === '2026-06-15')).toBe(false);
    expect(DEFAULT_OVERRIDES).toContainEqual(
      expect.objectContaining({ date: '2026-06-15', division: 'scotland' }),
    );
    const calendar = createWorkingDayCalendar();
    const day = parseIsoDate('2026-06-15');
    expect(calendar.scope('scotland').isWorkingDay(day)).toBe(false);
    expect(calendar.scope('uk').isWorkingDay(day)).toBe(false);
    expect(calendar.scope('england-and-wales').isWorkingDay(day)).toBe(true);
  });

  it('an override can add a newly proclaimed day and remove a cancelled one', () => {
    const merged = mergeHolidays({
      firstYear: 2030,
      lastYear: 2030,
      overrides: [
        { date: '2030-06-17', division: 'england-and-wales', name: 'Proclaimed day' },
        { date: '2030-05-06', division: 'scotland', name: 'Early May bank holiday', remove: true },
      ],
    });
    expect(merged).toContainEqual({
      date: '2030-06-17',
      division: 'england-and-wales',
      name: 'Proclaimed day',
    });
    expect(merged.some((h) => h.date === '2030-05-06' && h.division === 'scotland')).toBe(false);
    expect(merged.some((h) => h.date === '2030-05-06' && h.division === 'england-and-wales')).toBe(
      true,
    );
  });

  it('a gov.uk file is authoritative for the years it covers', () => {
    const govUk = [
      { date: '2031-07-01', name: 'Imported day', division: 'northern-ireland' as const },
    ];
    const merged = mergeHolidays({ firstYear: 2030, lastYear: 2031, govUk });
    const ni2031 = merged.filter(
      (h) => h.division === 'northern-ireland' && h.date.startsWith('2031'),
    );
    expect(ni2031).toEqual(govUk);
    expect(merged.some((h) => h.division === 'northern-ireland' && h.date === '2030-03-18')).toBe(
      true,
    );
  });

  it('loads a holiday file in gov.uk format without a release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'foi-holidays-'));
    const file = join(dir, 'bank-holidays.json');
    const json = JSON.parse(JSON.stringify(govUkSnapshot));
    json['england-and-wales'].events.push({
      title: 'Extra day',
      date: '2027-06-07',
      notes: '',
      bunting: true,
    });
    writeFileSync(file, JSON.stringify(json));
    const calendar = createWorkingDayCalendar({ files: [file] });
    expect(calendar.scope('uk').isWorkingDay(parseIsoDate('2027-06-07'))).toBe(false);
    expect(calendar.scope('scotland').isWorkingDay(parseIsoDate('2027-06-07'))).toBe(true);
    // The shipped override still applies on top of an older gov.uk file.
    expect(calendar.scope('scotland').isWorkingDay(parseIsoDate('2026-06-15'))).toBe(false);
  });

  it.each<[string, unknown, RegExp]>([
    ['unknown division', { wales: { events: [] } }, /unknown division "wales"/],
    [
      'impossible date',
      { scotland: { events: [{ title: 'x', date: '2026-02-30' }] } },
      /scotland.events\[0\].date/,
    ],
    ['events missing', { scotland: {} }, /scotland.events must be a list/],
  ])('a bad gov.uk file is refused: %s', (_, json, message) => {
    expect(() => parseGovUkBankHolidays(json)).toThrow(message);
  });

  it.each<[string, unknown, RegExp]>([
    ['not a list', { overrides: 3 }, /expected/],
    [
      'bad division',
      { overrides: [{ date: '2026-01-05', division: 'wales', name: 'x' }] },
      /division/,
    ],
    ['no name', { overrides: [{ date: '2026-01-05', division: 'scotland' }] }, /name/],
  ])('a bad override file is refused: %s', (_, json, message) => {
    expect(() => parseOverrides(json)).toThrow(HolidayFileError);
    expect(() => parseOverrides(json)).toThrow(message);
  });

  it('a holiday file that is not JSON is refused with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'foi-holidays-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ nope');
    expect(() => createWorkingDayCalendar({ files: [file] })).toThrow(file);
  });
});
