import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromCivil, isWeekend, parseIsoDate } from '@app/domain';
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

  describe('2005–2009, from FOIA coming into force', () => {
    /** The weekday bank holidays of those years, from the proclamations and gov.uk's past lists. */
    const ACTUAL: Record<string, Record<number, string[]>> = {
      'england-and-wales': {
        2005: ['01-03', '03-25', '03-28', '05-02', '05-30', '08-29', '12-26', '12-27'],
        2006: ['01-02', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
        2007: ['01-01', '04-06', '04-09', '05-07', '05-28', '08-27', '12-25', '12-26'],
        2008: ['01-01', '03-21', '03-24', '05-05', '05-26', '08-25', '12-25', '12-26'],
        2009: ['01-01', '04-10', '04-13', '05-04', '05-25', '08-31', '12-25', '12-28'],
      },
      // No Easter Monday; 2 January and the first Monday of August; St Andrew's Day only from
      // 2007 (on a Sunday in 2008, so Monday 1 December).
      scotland: {
        2005: ['01-03', '01-04', '03-25', '05-02', '05-30', '08-01', '12-26', '12-27'],
        2006: ['01-02', '01-03', '04-14', '05-01', '05-29', '08-07', '12-25', '12-26'],
        2007: ['01-01', '01-02', '04-06', '05-07', '05-28', '08-06', '11-30', '12-25', '12-26'],
        2008: ['01-01', '01-02', '03-21', '05-05', '05-26', '08-04', '12-01', '12-25', '12-26'],
        2009: ['01-01', '01-02', '04-10', '05-04', '05-25', '08-03', '11-30', '12-25', '12-28'],
      },
      // St Patrick's Day and the Twelfth, moved to the Monday when they fall at a weekend.
      'northern-ireland': {
        2005: [
          '01-03',
          '03-17',
          '03-25',
          '03-28',
          '05-02',
          '05-30',
          '07-12',
          '08-29',
          '12-26',
          '12-27',
        ],
        2006: [
          '01-02',
          '03-17',
          '04-14',
          '04-17',
          '05-01',
          '05-29',
          '07-12',
          '08-28',
          '12-25',
          '12-26',
        ],
        2007: [
          '01-01',
          '03-19',
          '04-06',
          '04-09',
          '05-07',
          '05-28',
          '07-12',
          '08-27',
          '12-25',
          '12-26',
        ],
        2008: [
          '01-01',
          '03-17',
          '03-21',
          '03-24',
          '05-05',
          '05-26',
          '07-14',
          '08-25',
          '12-25',
          '12-26',
        ],
        2009: [
          '01-01',
          '03-17',
          '04-10',
          '04-13',
          '05-04',
          '05-25',
          '07-13',
          '08-31',
          '12-25',
          '12-28',
        ],
      },
    };
    const calendar = createWorkingDayCalendar();

    it.each(Object.keys(ACTUAL))('%s: the calendar stops on exactly those weekdays', (division) => {
      const index = calendar.scope(division as 'scotland');
      const off: string[] = [];
      for (let day = parseIsoDate('2005-01-01'); day <= parseIsoDate('2009-12-31'); day++) {
        if (!isWeekend(day) && !index.isWorkingDay(day)) off.push(calendar.iso(day));
      }
      const expected = Object.entries(ACTUAL[division]).flatMap(([year, days]) =>
        days.map((d) => `${year}-${d}`),
      );
      expect(off).toEqual(expected);
    });

    it('St Andrew’s Day was not a bank holiday before the 2007 Act: the override drops 2005 and 2006', () => {
      for (const date of ['2005-11-30', '2006-11-30']) {
        expect(libraryHolidays(2005, 2006).some((h) => h.date === date)).toBe(true);
        expect(calendar.scope('scotland').isWorkingDay(parseIsoDate(date))).toBe(true);
        expect(calendar.scope('uk').isWorkingDay(parseIsoDate(date))).toBe(true);
      }
      expect(calendar.scope('scotland').isWorkingDay(parseIsoDate('2007-11-30'))).toBe(false);
    });
  });

  it('2050–2060: eight weekday bank holidays a year in England and Wales, nine in Scotland, ten in Northern Ireland', () => {
    const calendar = createWorkingDayCalendar();
    const counts: string[] = [];
    for (let year = 2050; year <= 2060; year++) {
      for (const division of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
        const index = calendar.scope(division);
        let off = 0;
        for (let day = fromCivil(year, 1, 1); day <= fromCivil(year, 12, 31); day++)
          if (!isWeekend(day) && !index.isWorkingDay(day)) off++;
        counts.push(`${year} ${division} ${off}`);
      }
    }
    const expected = Array.from({ length: 11 }, (_, i) => [
      `${2050 + i} england-and-wales 8`,
      `${2050 + i} scotland 9`,
      `${2050 + i} northern-ireland 10`,
    ]).flat();
    expect(counts).toEqual(expected);
  });
});
