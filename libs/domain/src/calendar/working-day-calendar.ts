import {
  DayNumber,
  formatIsoDate,
  fromCivil,
  isWeekend,
  parseIsoDate,
} from '../dates/calendar-date';
import { Division, DIVISIONS, Holiday } from './holiday';

/** Which days stop a clock: the union of every UK division's bank holidays, or one division's. */
export type CalendarScope = 'uk' | Division;

export class DateOutOfRangeError extends Error {
  constructor(
    readonly date: string,
    readonly firstYear: number,
    readonly lastYear: number,
  ) {
    super(`${date} is outside the holiday calendar (${firstYear}–${lastYear})`);
    this.name = 'DateOutOfRangeError';
  }
}

/**
 * Working days of one scope, as a precomputed index: `cumulative[i]` is the number of working days
 * in [first, first + i], and `workingDays` lists their offsets in order. Adding N working days or
 * counting them between two dates is then two array reads instead of a day-by-day walk.
 */
export class WorkingDayIndex {
  private readonly cumulative: Int32Array;
  private readonly workingDays: Int32Array;

  constructor(
    private readonly first: DayNumber,
    length: number,
    isHoliday: (offset: number) => boolean,
  ) {
    this.cumulative = new Int32Array(length);
    const offsets: number[] = [];
    let count = 0;
    for (let i = 0; i < length; i++) {
      if (!isWeekend(first + i) && !isHoliday(i)) {
        offsets.push(i);
        count++;
      }
      this.cumulative[i] = count;
    }
    this.workingDays = Int32Array.from(offsets);
  }

  isWorkingDay(day: DayNumber): boolean {
    const i = day - this.first;
    return this.cumulative[i] !== (i === 0 ? 0 : this.cumulative[i - 1]);
  }

  /** The Nth working day after `day` (day itself is day 0). N = 0 gives `day`. */
  addWorkingDays(day: DayNumber, n: number): DayNumber {
    if (n <= 0) return day;
    const at = this.cumulative[day - this.first] + n - 1;
    if (at >= this.workingDays.length) return NaN;
    return this.first + this.workingDays[at];
  }

  /** Working days in (from, to]: how many working days after `from` up to and including `to`. */
  countWorkingDays(from: DayNumber, to: DayNumber): number {
    return this.cumulative[to - this.first] - this.cumulative[from - this.first];
  }

  /** The Nth working day before `day` (N ≥ 1). */
  subtractWorkingDays(day: DayNumber, n: number): DayNumber {
    const i = day - this.first;
    const before = i === 0 ? 0 : this.cumulative[i - 1];
    const at = before - n;
    return at < 0 ? NaN : this.first + this.workingDays[at];
  }

  /** `day` itself if it is a working day, otherwise the one before it. */
  workingDayOnOrBefore(day: DayNumber): DayNumber {
    return this.isWorkingDay(day) ? day : this.subtractWorkingDays(day, 1);
  }

  /** `day` itself if it is a working day, otherwise the next one. */
  nextWorkingDayFrom(day: DayNumber): DayNumber {
    return this.isWorkingDay(day) ? day : this.addWorkingDays(day, 1);
  }
}

export interface CalendarRange {
  firstYear: number;
  lastYear: number;
}

/**
 * The working-day calendars of the UK over a range of years, built once from a holiday list
 * (see `@app/holidays` for where that list comes from).
 */
export class WorkingDayCalendar {
  readonly first: DayNumber;
  readonly last: DayNumber;
  /** The last day a clock may start on: the final year is margin for the clocks that run into it. */
  private readonly lastStart: DayNumber;
  private readonly scopes: Record<CalendarScope, WorkingDayIndex>;
  private readonly holidaysByDay = new Map<DayNumber, Holiday[]>();
  private readonly isoDates: string[];

  constructor(
    holidays: readonly Holiday[],
    readonly range: CalendarRange,
  ) {
    this.first = fromCivil(range.firstYear, 1, 1);
    this.last = fromCivil(range.lastYear, 12, 31);
    this.lastStart = fromCivil(range.lastYear - 1, 12, 31);
    const length = this.last - this.first + 1;
    for (const holiday of holidays) {
      const day = parseIsoDate(holiday.date);
      if (Number.isNaN(day)) throw new Error(`holiday list: "${holiday.date}" is not a date`);
      const list = this.holidaysByDay.get(day);
      if (list) list.push(holiday);
      else this.holidaysByDay.set(day, [holiday]);
    }
    const inDivision = (division: Division) => (offset: number) =>
      this.holidaysByDay.get(this.first + offset)?.some((h) => h.division === division) ?? false;
    this.scopes = {
      uk: new WorkingDayIndex(this.first, length, (o) => this.holidaysByDay.has(this.first + o)),
      'england-and-wales': new WorkingDayIndex(this.first, length, inDivision('england-and-wales')),
      scotland: new WorkingDayIndex(this.first, length, inDivision('scotland')),
      'northern-ireland': new WorkingDayIndex(this.first, length, inDivision('northern-ireland')),
    };
    this.isoDates = Array.from({ length }, (_, i) => formatIsoDate(this.first + i));
  }

  scope(scope: CalendarScope): WorkingDayIndex {
    return this.scopes[scope];
  }

  /**
   * True when working-day arithmetic may start at `day`: from the first year to the end of the
   * year before the last (31 December included, which `last - 366` missed).
   */
  covers(day: DayNumber): boolean {
    return day >= this.first && day <= this.lastStart;
  }

  iso(day: DayNumber): string {
    const i = day - this.first;
    return i >= 0 && i < this.isoDates.length ? this.isoDates[i] : formatIsoDate(day);
  }

  /** The bank holidays on a day, in any division; empty for an ordinary day. */
  holidaysOn(day: DayNumber): readonly Holiday[] {
    return this.holidaysByDay.get(day) ?? [];
  }

  /** Every holiday of the calendar, sorted by date then division. */
  holidays(): Holiday[] {
    return [...this.holidaysByDay.entries()]
      .sort(([a], [b]) => a - b)
      .flatMap(([, list]) =>
        [...list].sort((a, b) => DIVISIONS.indexOf(a.division) - DIVISIONS.indexOf(b.division)),
      );
  }
}
