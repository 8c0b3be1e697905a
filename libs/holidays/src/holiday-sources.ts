import Holidays from 'date-holidays';
import { Division, DIVISIONS, Holiday, isDivision, isIsoDate } from '@app/domain';

/** date-holidays regions for each gov.uk division (Wales shares England's bank holidays). */
const REGION_OF: Record<Division, string> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

/**
 * Bank holidays from the date-holidays library: types `public` and `bank` only (its `observance`
 * days, such as Mother's Day, never stop a clock). Its `date` string is the local date; `start` is
 * London midnight in UTC and must not be used.
 */
export function libraryHolidays(firstYear: number, lastYear: number): Holiday[] {
  const holidays: Holiday[] = [];
  for (const division of DIVISIONS) {
    const source = new Holidays('GB', REGION_OF[division], { types: ['public', 'bank'] });
    for (let year = firstYear; year <= lastYear; year++) {
      for (const h of source.getHolidays(year)) {
        if (h.type !== 'public' && h.type !== 'bank') continue;
        holidays.push({ date: h.date.slice(0, 10), name: h.name, division });
      }
    }
  }
  return holidays;
}

export class HolidayFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HolidayFileError';
  }
}

/** gov.uk's https://www.gov.uk/bank-holidays.json: `{ division: { events: [{title, date}] } }`. */
export function parseGovUkBankHolidays(json: unknown): Holiday[] {
  if (typeof json !== 'object' || json === null)
    throw new HolidayFileError('bank holidays: expected a JSON object');
  const holidays: Holiday[] = [];
  for (const [division, value] of Object.entries(json)) {
    if (!isDivision(division))
      throw new HolidayFileError(`bank holidays: unknown division "${division}"`);
    const events = (value as { events?: unknown })?.events;
    if (!Array.isArray(events))
      throw new HolidayFileError(`bank holidays: ${division}.events must be a list`);
    events.forEach((event: { title?: unknown; date?: unknown }, i) => {
      if (typeof event?.date !== 'string' || !isIsoDate(event.date)) {
        throw new HolidayFileError(`bank holidays: ${division}.events[${i}].date is not a date`);
      }
      if (typeof event.title !== 'string' || event.title === '') {
        throw new HolidayFileError(`bank holidays: ${division}.events[${i}].title is missing`);
      }
      holidays.push({ date: event.date, name: event.title, division });
    });
  }
  return holidays;
}

export interface HolidayOverride {
  date: string;
  division: Division;
  name: string;
  /** true: the day is not a bank holiday although the library lists it. */
  remove?: boolean;
  source?: string;
}

export function parseOverrides(json: unknown): HolidayOverride[] {
  const list = (json as { overrides?: unknown })?.overrides;
  if (!Array.isArray(list))
    throw new HolidayFileError('holiday overrides: expected { "overrides": [...] }');
  return list.map((o: Partial<HolidayOverride>, i) => {
    if (typeof o?.date !== 'string' || !isIsoDate(o.date))
      throw new HolidayFileError(`holiday overrides[${i}].date is not a date`);
    if (typeof o.division !== 'string' || !isDivision(o.division)) {
      throw new HolidayFileError(
        `holiday overrides[${i}].division must be one of ${DIVISIONS.join(', ')}`,
      );
    }
    if (typeof o.name !== 'string' || o.name === '')
      throw new HolidayFileError(`holiday overrides[${i}].name is missing`);
    return {
      date: o.date,
      division: o.division,
      name: o.name,
      remove: o.remove === true,
      source: o.source,
    };
  });
}

export interface HolidaySources {
  firstYear: number;
  lastYear: number;
  /** A gov.uk bank-holidays.json: authoritative for each division in the years it covers. */
  govUk?: readonly Holiday[];
  /** Applied last: proclaimed days the other sources lack, or days to drop. */
  overrides?: readonly HolidayOverride[];
}

const key = (h: { date: string; division: Division }) => `${h.division}:${h.date}`;

/** The merged holiday list: library, then gov.uk for the years it covers, then the overrides. */
export function mergeHolidays(sources: HolidaySources): Holiday[] {
  let holidays = libraryHolidays(sources.firstYear, sources.lastYear);
  if (sources.govUk && sources.govUk.length > 0) {
    const covered = new Set(sources.govUk.map((h) => `${h.division}:${h.date.slice(0, 4)}`));
    holidays = holidays
      .filter((h) => !covered.has(`${h.division}:${h.date.slice(0, 4)}`))
      .concat(sources.govUk);
  }
  const byKey = new Map(holidays.map((h) => [key(h), h]));
  for (const o of sources.overrides ?? []) {
    if (o.remove) byKey.delete(key(o));
    else byKey.set(key(o), { date: o.date, name: o.name, division: o.division });
  }
  return [...byKey.values()];
}
