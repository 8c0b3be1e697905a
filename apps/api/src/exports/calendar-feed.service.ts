import { Injectable } from '@nestjs/common';
import { OUTSTANDING_STATUSES } from '@app/domain';
import { RequestsRepository, UsersRepository } from '@app/persistence';
import { DomainError, hashToken, newToken } from '@app/platform';
import { Clock } from '../common/clock';
import { DeadlineService } from '../requests/deadline.service';
import { AllDayEvent, icsCalendar } from './ics';

/** Exports stop at this many rows; a list that long wants a narrower filter. */
export const EXPORT_LIMIT = 10_000;

/** Running deadlines as iCalendar: for the API's export and for each officer's secret feed. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly repository: RequestsRepository,
    private readonly users: UsersRepository,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
  ) {}

  /**
   * One officer's deadlines, or everyone's: each running clock's due date, and the last day to
   * ask for an internal review or to complain to the Commissioner while that window is open.
   */
  async forOwner(ownerId: number | undefined): Promise<string> {
    const [running, answered] = await Promise.all([
      this.repository.findSummaries(
        { statuses: OUTSTANDING_STATUSES, ownerId },
        'dueDate',
        EXPORT_LIMIT,
      ),
      this.repository.findSummaries(
        { statuses: ['responded', 'review-responded'], ownerId },
        '-createdAt',
        EXPORT_LIMIT,
      ),
    ]);
    const events: AllDayEvent[] = running
      .filter((r) => r.dueDate !== null)
      .map((r) => ({
        uid: `${r.reference}-${r.status}@foi-tracker`,
        date: r.dueDate!,
        summary: `${r.reference} due: ${r.title}`,
        description: `${r.authority.name} — ${r.status}${r.longStopDate ? `; long stop ${r.longStopDate}` : ''}`,
      }));
    const today = this.clock.today();
    for (const r of answered) {
      const view = this.deadlines.viewFor(r, false);
      const review = r.status === 'responded';
      const date = review ? view.reviewRequestBy : view.complaintBy;
      if (!date || date < today) continue;
      events.push({
        uid: `${r.reference}-${review ? 'review' : 'complaint'}-by@foi-tracker`,
        date,
        summary: `${r.reference}: ${review ? 'ask for an internal review by' : 'complain to the Commissioner by'} today: ${r.title}`,
        description: `${r.authority.name} — ${r.status}`,
      });
    }
    return icsCalendar('FOI deadlines', events, this.clock.now());
  }

  /** The feed at a secret address (what a calendar app subscribes to, without signing in). */
  async forKey(key: string): Promise<string> {
    const user = /^[A-Za-z0-9_-]{43}$/.test(key)
      ? await this.users.findByCalendarKey(hashToken(key))
      : null;
    if (!user)
      throw new DomainError('not-found', 'no calendar at this address: it may have been replaced');
    return this.forOwner(user.id);
  }

  /** A new secret address for the user; the previous one stops working. Shown once. */
  async newKey(userId: number): Promise<string> {
    const { token, hash } = newToken();
    await this.users.setCalendarKey(userId, hash);
    return token;
  }
}
