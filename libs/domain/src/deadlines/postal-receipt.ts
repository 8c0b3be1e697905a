import { Nation } from '../calendar/holiday';
import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { toLondonDay } from '../dates/london-date';
import { DeadlineInputError } from './deadline.types';
import { Regime, REGIME_RULES } from './regimes';

/**
 * A letter posted first class is taken as received on the second working day after posting
 * (Interpretation Act 1978 s.7, as the ICO applies it), on the regime's own working days.
 */
export function postalReceiptDate(
  postedAt: string,
  regime: Regime,
  nation: Nation,
  calendar: WorkingDayCalendar,
): string {
  const posted = toLondonDay(postedAt);
  if (Number.isNaN(posted) || !calendar.covers(posted)) {
    throw new DeadlineInputError('sentAt', `sentAt: "${postedAt}" is not a usable date`);
  }
  const index = calendar.scope(REGIME_RULES[regime].scope(nation));
  return calendar.iso(index.addWorkingDays(posted, 2));
}
