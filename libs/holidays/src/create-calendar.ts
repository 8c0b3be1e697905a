import { readFileSync } from 'node:fs';
import { SUPPORTED_YEARS, WorkingDayCalendar } from '@app/domain';
import defaultOverrides from '../data/holiday-overrides.json';
import { Holiday } from '@app/domain';
import {
  HolidayFileError,
  HolidayOverride,
  mergeHolidays,
  parseGovUkBankHolidays,
  parseOverrides,
} from './holiday-sources';

/**
 * Years the calendar covers: the supported years (2005–2060) and one more, so that a clock started
 * late in 2060 can run its course. Dates are accepted up to the end of the year before the last.
 */
export const CALENDAR_YEARS = {
  firstYear: SUPPORTED_YEARS.first,
  lastYear: SUPPORTED_YEARS.last + 1,
} as const;

export const DEFAULT_OVERRIDES: readonly HolidayOverride[] = parseOverrides(defaultOverrides);

export interface CalendarOptions {
  /** Extra holiday files: gov.uk's bank-holidays.json, or `{ "overrides": [...] }`. */
  files?: readonly string[];
  /** Further overrides, e.g. holidays an admin added in the tracker. */
  overrides?: readonly HolidayOverride[];
}

/** Reads a holiday file in either format; every problem names the file. */
export function readHolidayFile(path: string): { govUk: Holiday[]; overrides: HolidayOverride[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new HolidayFileError(`${path}: ${(error as Error).message}`);
  }
  try {
    if (typeof json === 'object' && json !== null && 'overrides' in json) {
      return { govUk: [], overrides: parseOverrides(json) };
    }
    return { govUk: parseGovUkBankHolidays(json), overrides: [] };
  } catch (error) {
    throw new HolidayFileError(`${path}: ${(error as Error).message}`);
  }
}

/** The UK working-day calendar: date-holidays, then any gov.uk files, then the overrides. */
export function createWorkingDayCalendar(options: CalendarOptions = {}): WorkingDayCalendar {
  const files = (options.files ?? []).map(readHolidayFile);
  const holidays = mergeHolidays({
    ...CALENDAR_YEARS,
    govUk: files.flatMap((f) => f.govUk),
    overrides: [
      ...DEFAULT_OVERRIDES,
      ...files.flatMap((f) => f.overrides),
      ...(options.overrides ?? []),
    ],
  });
  return new WorkingDayCalendar(holidays, CALENDAR_YEARS);
}
