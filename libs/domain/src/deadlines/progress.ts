import { DayNumber } from '../dates/calendar-date';
import type { ClockContext } from './compute-deadlines';
import { DeadlineState } from './deadline.types';
import { day, plural } from './explain';
import { ClockState } from './fold-events';

interface Dates {
  due: DayNumber | null;
  longStop: DayNumber | null;
  original: DayNumber | null;
  review: { due: DayNumber | null; longStop: DayNumber | null };
  dueSoon: number;
}

export interface Progress {
  state: DeadlineState;
  workingDaysElapsed: number | null;
  workingDaysRemaining: number | null;
}

/** Where a running clock stands on `today`: state and working days used and left. */
function running(
  ctx: ClockContext,
  start: DayNumber,
  used: number,
  due: DayNumber,
  longStop: DayNumber | null,
  today: DayNumber,
  dueSoon: number,
  what: string,
): Progress {
  const { index, explain, lines } = ctx;
  if (today < start) {
    if (explain) lines.push(`Today, ${day(today)}, is before the ${what} started.`);
    return {
      state: 'not-started',
      workingDaysElapsed: 0,
      workingDaysRemaining: used + index.countWorkingDays(start, due),
    };
  }
  const elapsed = used + index.countWorkingDays(start, today);
  const total = used + index.countWorkingDays(start, due);
  if (today <= due) {
    const remaining = index.countWorkingDays(today, due);
    const state: DeadlineState =
      today === due ? 'due-today' : remaining <= dueSoon ? 'due-soon' : 'on-time';
    if (explain) {
      lines.push(
        today === due
          ? `Today, ${day(today)}, is the ${what}'s due date: day ${elapsed} of ${total}.`
          : `Today, ${day(today)}, is day ${elapsed} of ${total} of the ${what}: ${plural(remaining, 'working day')} ${remaining === 1 ? 'remains' : 'remain'}.`,
      );
    }
    return { state, workingDaysElapsed: elapsed, workingDaysRemaining: remaining };
  }
  const late = index.countWorkingDays(due, today);
  const state: DeadlineState = longStop !== null && today > longStop ? 'long-overdue' : 'overdue';
  if (explain) {
    lines.push(
      `Today, ${day(today)}, the ${what} is ${plural(late, 'working day')} overdue (day ${elapsed} of ${total})` +
        (state === 'long-overdue' ? ', past the long stop.' : '.'),
    );
  }
  return { state, workingDaysElapsed: elapsed, workingDaysRemaining: -late };
}

export function progressAt(
  ctx: ClockContext,
  clock: ClockState,
  today: DayNumber,
  dates: Dates,
): Progress {
  const { index, explain, lines, rules } = ctx;
  if (clock.closed !== null && clock.closed <= today) {
    return { state: 'closed', workingDaysElapsed: null, workingDaysRemaining: null };
  }
  if (clock.reviewRequested !== null && dates.review.due !== null) {
    if (clock.reviewAnswered !== null)
      return { state: 'met', workingDaysElapsed: null, workingDaysRemaining: null };
    return running(
      ctx,
      clock.reviewRequested,
      0,
      dates.review.due,
      dates.review.longStop,
      today,
      dates.dueSoon,
      'review',
    );
  }
  if (clock.response !== null) {
    const taken = clock.used + index.countWorkingDays(clock.start, clock.response);
    if (explain && dates.due !== null) {
      const late = clock.response > dates.due;
      lines.push(
        late
          ? `Answered ${plural(index.countWorkingDays(dates.due, clock.response), 'working day')} late, on working day ${taken}.`
          : `Answered in time, on working day ${taken}.`,
      );
    }
    return { state: 'met', workingDaysElapsed: taken, workingDaysRemaining: null };
  }
  if (clock.pause !== null || dates.due === null) {
    const since = clock.pause?.since ?? today;
    const used = clock.used + index.countWorkingDays(clock.start, Math.max(clock.start, since - 1));
    const remaining =
      clock.pause?.kind === 'fee' && rules.fee === 'pause' && rules.limit !== 'month'
        ? rules.limit - used
        : null;
    if (explain)
      lines.push(`The clock is stopped (since ${day(since)}); no due date until it starts again.`);
    return { state: 'paused', workingDaysElapsed: used, workingDaysRemaining: remaining };
  }
  return running(
    ctx,
    clock.start,
    clock.used,
    dates.due,
    dates.longStop,
    today,
    dates.dueSoon,
    'request',
  );
}
