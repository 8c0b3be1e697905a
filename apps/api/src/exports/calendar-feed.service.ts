import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { OUTSTANDING_STATUSES } from '@app/domain';
import { RequestSummariesRepository, RequestSummaryRow, UsersRepository } from '@app/persistence';
import { DomainError, hashToken, newToken, TimeSource } from '@app/platform';
import { DeadlineService } from '../requests/deadline.service';
import { AllDayEvent, icsLines } from './ics';

/** Exports stop at this many rows; a list that long wants a narrower filter. */
export const EXPORT_LIMIT = 10_000;

/** Running deadlines as iCalendar: for the API's export and for each officer's secret feed. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly repository: RequestSummariesRepository,
    private readonly users: UsersRepository,
    private readonly deadlines: DeadlineService,
    private readonly time: TimeSource,
  ) {}

  /**
   * One officer's deadlines, or everyone's: each running clock's due date, and the last day to
   * ask for an internal review or to complain to the Commissioner while that window is open.
   * Written out a chunk of requests at a time; the first is read before this resolves, so a
   * failing query is still an error reply rather than a cut-off feed.
   */
  async forOwner(ownerId: number | undefined): Promise<Readable> {
    const chunks = this.eventChunks(ownerId);
    const first = await chunks.next();
    async function* all() {
      for (let chunk = first; !chunk.done; chunk = await chunks.next()) yield chunk.value;
    }
    return Readable.from(icsLines('FOI deadlines', all(), this.time.now()));
  }

  private async *eventChunks(ownerId: number | undefined): AsyncGenerator<AllDayEvent[]> {
    for await (const running of this.repository.summaryChunks(
      { statuses: OUTSTANDING_STATUSES, ownerId },
      'dueDate',
      EXPORT_LIMIT,
    ))
      yield running.filter((r) => r.dueDate !== null).map((r) => this.dueEvent(r));
    const today = this.time.today();
    for await (const answered of this.repository.summaryChunks(
      { statuses: ['responded', 'review-responded'], ownerId },
      '-createdAt',
      EXPORT_LIMIT,
    ))
      yield answered
        .map((r) => this.windowEvent(r, today))
        .filter((e): e is AllDayEvent => e !== null);
  }

  private dueEvent(r: RequestSummaryRow): AllDayEvent {
    return {
      uid: `${r.reference}-${r.status}@foi-tracker`,
      date: r.dueDate!,
      summary: `${r.reference} due: ${r.title}`,
      description: `${r.authority.name} — ${r.status}${r.longStopDate ? `; long stop ${r.longStopDate}` : ''}`,
    };
  }

  /** The last day to ask for a review (or complain), while that day is still to come. */
  private windowEvent(r: RequestSummaryRow, today: string): AllDayEvent | null {
    const view = this.deadlines.viewFor(r, false);
    const review = r.status === 'responded';
    const date = review ? view.reviewRequestBy : view.complaintBy;
    if (!date || date < today) return null;
    return {
      uid: `${r.reference}-${review ? 'review' : 'complaint'}-by@foi-tracker`,
      date,
      summary: `${r.reference}: ${review ? 'ask for an internal review by' : 'complain to the Commissioner by'} today: ${r.title}`,
      description: `${r.authority.name} — ${r.status}`,
    };
  }

  /** The feed at a secret address (what a calendar app subscribes to, without signing in). */
  async forKey(key: string): Promise<Readable> {
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
