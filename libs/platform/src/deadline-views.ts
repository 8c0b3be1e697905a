import { Inject, Injectable } from '@nestjs/common';
import {
  DeadlineInputError,
  DeadlineSubject,
  DeadlineView,
  NOT_STARTED_VIEW,
  requestDeadline,
  WorkingDayCalendar,
} from '@app/domain';
import { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config.module';

/**
 * A stored request's deadline view with this install's settings (receipt rule, due-soon days).
 * The API, the reminder emails and the digest all ask here, so they never disagree.
 */
@Injectable()
export class DeadlineViews {
  constructor(
    readonly calendar: WorkingDayCalendar,
    @Inject(APP_CONFIG)
    private readonly config: Pick<AppConfig, 'receiptRule' | 'dueSoonWorkingDays'>,
  ) {}

  /**
   * The view on `today` (a London date, YYYY-MM-DD) of a stored request. A history the engine
   * refuses (a subject access request from before UK GDPR, stored by an earlier release) gets no
   * dates and says why, rather than breaking every list, export and email it appears in.
   */
  viewFor(request: DeadlineSubject, today: string, explain = true): DeadlineView {
    try {
      return this.checkedViewFor(request, today, explain);
    } catch (error) {
      if (!(error instanceof DeadlineInputError)) throw error;
      return { ...NOT_STARTED_VIEW, explanation: [`No deadline worked out: ${error.message}`] };
    }
  }

  /** The same for a change being made: a history the engine refuses is an error to show. */
  checkedViewFor(request: DeadlineSubject, today: string, explain = true): DeadlineView {
    return requestDeadline(request, this.calendar, {
      today,
      receiptRule: this.config.receiptRule,
      dueSoonWorkingDays: this.config.dueSoonWorkingDays,
      explain,
    });
  }
}

/**
 * "Day N of 20" of the headline's stage: working days used and allowed; null where that stage is
 * not counted in working days (the windows to ask for a review or complain) or there is none.
 */
export function dayCountOf(view: DeadlineView): { elapsed: number; total: number } | null {
  const counts = view.headline;
  if (!counts || counts.workingDaysElapsed === null || counts.workingDaysRemaining === null)
    return null;
  return {
    elapsed: counts.workingDaysElapsed,
    total: counts.workingDaysElapsed + counts.workingDaysRemaining,
  };
}
