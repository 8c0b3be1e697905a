import { DayNumber, fromCivil } from '../dates/calendar-date';

/**
 * The years a date may fall in. FOIA, the EIR and FOISA came into force on 1 January 2005, and
 * officers bring histories that old; 2060 leaves decades ahead. The holiday calendar is built one
 * year further, so that a clock started on 31 December 2060 can still run its course.
 */
export const SUPPORTED_YEARS = { first: 2005, last: 2060 } as const;

const FIRST_DAY = fromCivil(SUPPORTED_YEARS.first, 1, 1);
const LAST_DAY = fromCivil(SUPPORTED_YEARS.last, 12, 31);

export function inSupportedYears(day: DayNumber): boolean {
  return day >= FIRST_DAY && day <= LAST_DAY;
}
