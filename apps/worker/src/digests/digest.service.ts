import { Inject, Injectable, Logger } from '@nestjs/common';
import { londonDateOf, londonWallClock, parseIsoDate, WorkingDayCalendar } from '@app/domain';
import { Claim, deliverOnce, DeliveryJournal, DeliveryStore, MailSender } from '@app/mail';
import { DigestsRepository, FoiRequestEntity } from '@app/persistence';
import { APP_CONFIG, AppConfig, dayCountOf, DeadlineViews } from '@app/platform';
import { DigestEmails } from '@app/templates/digest-emails';

/** How long an officer's digest stays claimed: a dead worker's claim lapses after this. */
const DIGEST_LEASE_MS = 60_000;

export function digestMessageId(userId: number, day: string): string {
  return `<digest-${day}-${userId}@foi-tracker>`;
}

/**
 * Each officer with outstanding requests gets one email a working day, from REMINDER_HOUR London
 * time. Once per officer per day however often it runs: a row per (officer, day) is claimed first,
 * and the message is sent the way reminders are (see deliverOnce in libs/mail).
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('digests');

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

  /** One officer's digest for `day`, sent at most once (see deliverOnce): its row is the store. */
  private async sendOne(
    requests: FoiRequestEntity[],
    day: string,
  ): Promise<'sent' | 'busy' | 'not-ours'> {
    const owner = requests[0].owner!;
    const messageId = digestMessageId(owner.id, day);
    const outcome = await deliverOnce(
      { mail: this.mail, journal: this.journal },
      `the digest for ${owner.email} on ${day}`,
      this.store(owner.id, day, messageId),
      () => ({ to: [owner.email], ...this.compose(owner.name, requests, day), messageId }),
    ).catch((error: Error) => {
      this.logger.warn(`digest for ${owner.email} on ${day} failed: ${error.message}`);
      throw error;
    });
    if (outcome.status === 'busy') return 'busy';
    return outcome.status === 'sent' ? 'sent' : 'not-ours';
  }

  private store(userId: number, day: string, messageId: string): DeliveryStore<null> {
    const digests = this.digests;
    // The row's id, known once claimed: renew, record and release name it with the token.
    let id = 0;
    return {
      leaseMs: DIGEST_LEASE_MS,
      async claim(): Promise<Claim<null>> {
        const claim = await digests.claim(userId, day, DIGEST_LEASE_MS);
        if ('sent' in claim) return { status: 'closed' };
        if ('busyUntil' in claim) return { status: 'busy', until: claim.busyUntil };
        id = claim.id;
        return {
          status: 'claimed',
          token: claim.token,
          tookOverFrom: claim.tookOverFrom,
          item: null,
        };
      },
      renew: (token) => digests.renewClaim(id, token, DIGEST_LEASE_MS),
      record: (token) => digests.markSent(id, token, messageId),
      release: (token) => digests.release(id, token),
    };
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
