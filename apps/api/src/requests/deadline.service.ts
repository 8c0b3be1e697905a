import { Inject, Injectable } from '@nestjs/common';
import {
  DeadlineState,
  DeadlineView,
  headlineForStatus,
  Nation,
  postalReceiptDate,
  Regime,
  RequestStatus,
  WorkingDayCalendar,
  parseIsoDate,
  planReminders,
  PlannedReminder,
  londonDateOf,
} from '@app/domain';
import type { FoiRequestEntity, RequestFilter } from '@app/persistence';
import { APP_CONFIG, AppConfig, DeadlineSubject, DeadlineViews } from '@app/platform';
import { Clock } from '../common/clock';

const PAUSED: readonly RequestStatus[] = ['awaiting-clarification', 'awaiting-fee'];
const MET: readonly RequestStatus[] = ['responded', 'review-responded'];
const CLOSED: readonly RequestStatus[] = ['closed', 'withdrawn'];
const RUNNING: readonly RequestStatus[] = ['awaiting-response', 'extended', 'internal-review'];

/** The deadline engine, with the tracker's calendar, settings and clock. */
@Injectable()
export class DeadlineService {
  constructor(
    readonly calendar: WorkingDayCalendar,
    readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.views = new DeadlineViews(calendar, config);
  }

  /** The same views the worker's emails use (libs/platform). */
  private readonly views: DeadlineViews;

  viewFor(request: DeadlineSubject, explain = true): DeadlineView {
    return this.views.viewFor(request, this.clock.today(), explain);
  }

  /** For a change being made: a history the deadline engine refuses throws its error. */
  checkedViewFor(request: DeadlineSubject, explain = true): DeadlineView {
    return this.views.checkedViewFor(request, this.clock.today(), explain);
  }

  /**
   * Stored on the row for sorting and filtering: the headline date (so `sort=dueDate` sorts by
   * the date that matters now, whatever the stage) and the running clock's long stop. A stated
   * extension past the long stop stores none: past it the request is not "long overdue".
   */
  columnsFor(
    status: RequestStatus,
    view: DeadlineView,
  ): { dueDate: string | null; longStopDate: string | null } {
    const headline = headlineForStatus(status, view.headline);
    const dueDate = headline?.date ?? null;
    if (status === 'internal-review') return { dueDate, longStopDate: view.reviewLongStopDate };
    if (status === 'awaiting-response' || status === 'extended')
      return { dueDate, longStopDate: view.extensionBeyondGuidance ? null : view.longStopDate };
    return { dueDate, longStopDate: null };
  }

  /** The reminders the request's clock calls for now (see planReminders). */
  remindersFor(
    request: Pick<FoiRequestEntity, 'regime' | 'clock'> & { authority?: { nation: Nation } },
    status: RequestStatus,
    view: DeadlineView,
  ): PlannedReminder[] {
    const asked = [...request.clock]
      .reverse()
      .find((e) => e.kind === 'clarification-requested' || e.kind === 'clarification-received');
    return planReminders(
      {
        regime: request.regime,
        nation: request.authority?.nation ?? 'england',
        status,
        deadline: view,
        clarificationRequestedOn:
          asked?.kind === 'clarification-requested'
            ? londonDateOf(new Date(asInstant(asked.on)))
            : null,
      },
      this.calendar,
      {
        now: this.clock.now(),
        reminderHour: this.config.reminderHour,
        dueSoonWorkingDays: this.config.dueSoonWorkingDays,
      },
    );
  }

  postalReceipt(postedAt: string, regime: Regime, nation: Nation): string {
    return postalReceiptDate(postedAt, regime, nation, this.calendar);
  }

  /**
   * The stored-column filter equivalent to a deadline state today, so the list can filter in the
   * database. Running clocks use the all-UK calendar for "due soon" (the widest set of holidays).
   */
  filterFor(state: DeadlineState): RequestFilter {
    const today = this.clock.today();
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

/** A date alone is read as midday UTC (its own date in London); an instant as itself. */
export function asInstant(value: string): string {
  return value.length === 10 ? `${value}T12:00:00Z` : value;
}
