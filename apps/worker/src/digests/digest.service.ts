import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { londonDateOf, londonWallClock, parseIsoDate, WorkingDayCalendar } from '@app/domain';
import { DeliveryJournal, MailSender, MessageWithheldError } from '@app/mail';
import { DigestsRepository, FoiRequestEntity } from '@app/persistence';
import { APP_CONFIG, AppConfig, dayCountOf, DeadlineViews } from '@app/platform';
import { DigestEmails } from '@app/templates/digest-emails';

/** How long an officer's digest stays claimed: a dead worker's claim lapses after this. */
const DIGEST_LEASE_MS = 60_000;

export function digestMessageId(userId: number, day: string): string {
  return `<digest-${day}-${userId}@foi-tracker>`;
}

class DigestClaimLost extends Error {
  constructor() {
    super('the claim lapsed and another worker took the digest over');
  }
}

/**
 * Each officer with outstanding requests gets one email a working day, from REMINDER_HOUR London
 * time. Once per officer per day however often it runs: a row per (officer, day) is claimed first,
 * and the message is sent the way reminders are (see ReminderDeliveryService).
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('digests');
  private readonly worker = `${hostname()}:${process.pid}`;

  constructor(
    private readonly digests: DigestsRepository,
    private readonly views: DeadlineViews,
    private readonly calendar: WorkingDayCalendar,
    private readonly mail: MailSender,
    private readonly journal: DeliveryJournal,
    private readonly emails: DigestEmails,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sends the digests due at `at`; returns how many went now. Throws if any failed or is held by
   * another worker, so Bull runs it again later (the ones already sent are not sent again).
   */
  async sendDue(at: Date): Promise<number> {
    const day = londonDateOf(at);
    const dayNumber = parseIsoDate(day);
    if (!this.calendar.scope('uk').isWorkingDay(dayNumber)) return 0;
    if (at < londonWallClock(dayNumber, this.config.reminderHour)) return 0;
    const byOwner = new Map<number, FoiRequestEntity[]>();
    for (const request of await this.digests.findOutstanding())
      byOwner.set(request.ownerId, [...(byOwner.get(request.ownerId) ?? []), request]);
    let sent = 0;
    const failures: string[] = [];
    for (const requests of byOwner.values()) {
      try {
        const outcome = await this.sendOne(requests, day);
        if (outcome === 'sent') sent++;
        // Held by another worker: if that one died, its claim lapses and a retry takes it over.
        if (outcome === 'busy')
          failures.push(`${requests[0].owner!.email}: held by another worker`);
      } catch (error) {
        failures.push(`${requests[0].owner!.email}: ${(error as Error).message}`);
      }
    }
    if (failures.length > 0) throw new Error(`digests not sent yet: ${failures.join('; ')}`);
    return sent;
  }

  /** Claim, send holding back the dot, renew + journal + dot, then record: as for reminders. */
  private async sendOne(
    requests: FoiRequestEntity[],
    day: string,
  ): Promise<'sent' | 'busy' | 'not-ours'> {
    const owner = requests[0].owner!;
    const token = `${this.worker}:${randomUUID()}`;
    const claim = await this.digests.claim(owner.id, day, token, DIGEST_LEASE_MS);
    if (claim === 'busy') return 'busy';
    if (!claim) return 'not-ours';
    const messageId = digestMessageId(owner.id, day);
    if (claim.tookOverFrom && this.journal.has(claim.tookOverFrom)) {
      await this.digests.markSent(owner.id, day, token, messageId);
      return 'not-ours';
    }
    try {
      await this.mail.send(
        { to: [owner.email], ...this.compose(owner.name, requests, day), messageId },
        {
          beforeEnd: async () => {
            if (!(await this.digests.renewClaim(owner.id, day, token, DIGEST_LEASE_MS)))
              throw new DigestClaimLost();
          },
          atEnd: () => this.journal.record(token),
        },
      );
    } catch (error) {
      if (error instanceof MessageWithheldError && error.reason instanceof DigestClaimLost)
        return 'not-ours';
      await this.digests.release(owner.id, day, token);
      this.logger.warn(`digest for ${owner.email} on ${day} failed: ${(error as Error).message}`);
      throw error;
    }
    await this.digests.markSent(owner.id, day, token, messageId);
    return 'sent';
  }

  private compose(officerName: string, requests: FoiRequestEntity[], day: string) {
    return this.emails.render({
      officerName,
      day,
      listUrl: `${this.config.publicUrl}/requests?outstanding=true`,
      requests: requests.map((request) => {
        const view = this.views.viewFor(request, day, false);
        return {
          reference: request.reference,
          title: request.title,
          authorityName: request.authority!.name,
          status: request.status,
          dueDate: view.headline?.date ?? null,
          dueLabel: view.headline?.label ?? 'Due',
          state: view.state,
          dayCount: dayCountOf(view),
          url: `${this.config.publicUrl}/requests/${request.id}`,
        };
      }),
    });
  }
}
