import { Inject, Injectable } from '@nestjs/common';
import {
  DeadlineState,
  DeadlineSubject,
  DeadlineView,
  RequestStatus,
  WorkingDayCalendar,
  parseIsoDate,
} from '@app/domain';
import type { RequestFilter } from '@app/persistence';
import { APP_CONFIG, AppConfig, DeadlineViews, TimeSource } from '@app/platform';

const PAUSED: readonly RequestStatus[] = ['awaiting-clarification', 'awaiting-fee'];
const MET: readonly RequestStatus[] = ['responded', 'review-responded'];
const CLOSED: readonly RequestStatus[] = ['closed', 'withdrawn'];
const RUNNING: readonly RequestStatus[] = ['awaiting-response', 'extended', 'internal-review'];

/** The deadline engine, with the tracker's calendar, settings and time source. */
@Injectable()
export class DeadlineService {
  constructor(
    readonly calendar: WorkingDayCalendar,
    readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.views = new DeadlineViews(calendar, config);
  }

  /** The same views the worker's emails use (libs/platform). */
  private readonly views: DeadlineViews;

  viewFor(request: DeadlineSubject, explain = true): DeadlineView {
    return this.views.viewFor(request, this.time.today(), explain);
  }

  /** For a change being made: a history the deadline engine refuses throws its error. */
  checkedViewFor(request: DeadlineSubject, explain = true): DeadlineView {
    return this.views.checkedViewFor(request, this.time.today(), explain);
  }

  /**
   * The stored-column filter equivalent to a deadline state today, so the list can filter in the
   * database. Running clocks use the all-UK calendar for "due soon" (the widest set of holidays).
   */
  filterFor(state: DeadlineState): RequestFilter {
    const today = this.time.today();
    const day = parseIsoDate(today);
    const soon = this.calendar.iso(
      this.calendar.scope('uk').addWorkingDays(day, this.config.dueSoonWorkingDays),
    );
    const tomorrow = this.calendar.iso(day + 1);
    switch (state) {
      case 'not-started':
        return { statuses: ['draft'] };
      case 'paused':
        return { statuses: PAUSED };
      case 'met':
        return { statuses: MET };
      case 'closed':
        return { statuses: CLOSED };
      case 'due-today':
        return { statuses: RUNNING, dueFrom: today, dueTo: today };
      case 'due-soon':
        return { statuses: RUNNING, dueFrom: tomorrow, dueTo: soon };
      case 'on-time':
        return { statuses: RUNNING, dueFrom: this.calendar.iso(parseIsoDate(soon) + 1) };
      case 'overdue':
        return { statuses: RUNNING, dueTo: this.calendar.iso(day - 1), longStopFromOrNone: today };
      case 'long-overdue':
        return { statuses: RUNNING, longStopBefore: today };
    }
  }
}
