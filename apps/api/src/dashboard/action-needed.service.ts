import { Injectable } from '@nestjs/common';
import { formatIsoDate, parseIsoDate, toLondonDay } from '@app/domain';
import {
  RemindersRepository,
  RequestSummariesRepository,
  RequestSummaryRow,
} from '@app/persistence';
import { DeadlineService } from '../requests/deadline.service';
import { requestSummary } from './request-summary';

/**
 * The newest this many answered requests are checked for an open window (windows close within
 * weeks, so older ones have closed); more than that waiting on one decision wants a filter.
 */
const LIMIT = 2000;

type Row = ReturnType<typeof requestSummary> & {
  outcome: string | null;
  by: string | null;
  closing: boolean;
};

/**
 * What is waiting on us rather than the authority: decisions on reviews and complaints whose
 * windows are still open, clarification the authority asked for, and reminders that never went.
 */
@Injectable()
export class ActionNeededService {
  constructor(
    private readonly repository: RequestSummariesRepository,
    private readonly reminders: RemindersRepository,
    private readonly deadlines: DeadlineService,
  ) {}

  async build() {
    const [responded, clarification, reviewed, failed] = await Promise.all([
      this.repository.findSummaries({ statuses: ['responded'] }, '-createdAt', LIMIT),
      this.repository.findSummaries({ statuses: ['awaiting-clarification'] }, 'dueDate', LIMIT),
      this.repository.findSummaries({ statuses: ['review-responded'] }, '-createdAt', LIMIT),
      this.reminders.findFailed(1, 50),
    ]);
    return {
      reviewWindow: this.openWindows(responded, 'reviewRequestBy'),
      clarification: clarification.map((r) => ({
        ...this.row(r, this.askedOn(r), false),
      })),
      complaintWindow: this.openWindows(reviewed, 'complaintBy'),
      failedReminders: failed.items,
      failedTotal: failed.total,
    };
  }

  /** Requests whose window is still open, soonest first; "closing" within the due-soon days. */
  private openWindows(requests: RequestSummaryRow[], field: 'reviewRequestBy' | 'complaintBy') {
    const today = this.deadlines.time.today();
    const soon = this.deadlines.calendar.iso(
      this.deadlines.calendar.scope('uk').addWorkingDays(parseIsoDate(today), 5),
    );
    return requests
      .map((r) => ({ r, by: this.deadlines.viewFor(r, false)[field] }))
      .filter(({ by }) => by !== null && by >= today)
      .sort((a, b) => (a.by! < b.by! ? -1 : a.by! > b.by! ? 1 : 0))
      .map(({ r, by }) => this.row(r, by, by! <= soon));
  }

  private askedOn(r: RequestSummaryRow): string | null {
    const asked = [...r.clockEvents].reverse().find((e) => e.kind === 'clarification-requested');
    return asked ? formatIsoDate(toLondonDay(asked.on)) : null;
  }

  private row(r: RequestSummaryRow, by: string | null, closing: boolean): Row {
    return {
      ...requestSummary(r),
      outcome: r.outcome,
      by,
      closing,
    };
  }
}
