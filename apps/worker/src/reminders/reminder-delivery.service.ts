import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  Claim,
  deliverOnce,
  DeliveryBusyError,
  DeliveryJournal,
  DeliveryStore,
  MailSender,
} from '@app/mail';
import { DeliverableReminder, RemindersRepository } from '@app/persistence';
import { APP_CONFIG, AppConfig, dayCountOf, DeadlineViews, TimeSource } from '@app/platform';
import { ReminderEmails } from '@app/templates';

export function reminderMessageId(reminderId: number): string {
  return `<reminder-${reminderId}@foi-tracker>`;
}

/**
 * How long a claim holds. It only decides how soon a dead worker's reminder is tried again: a
 * live worker whose claim lapsed and was taken over finds so at its last check, and withholds its
 * message, so a short lease never sends anything twice.
 */
export const CLAIM_LEASE_MS = 30_000;

/**
 * Sends one reminder, exactly once (see deliverOnce in libs/mail): the reminder row is the store.
 * A server refusing the message after its dot reopens it with the error. (A reminder cancelled by
 * a replan while its email is already on the wire may still go out.)
 */
@Injectable()
export class ReminderDeliveryService {
  private readonly logger = new Logger('reminders');

  constructor(
    private readonly time: TimeSource,
    private readonly reminders: RemindersRepository,
    private readonly views: DeadlineViews,
    private readonly mail: MailSender,
    private readonly journal: DeliveryJournal,
    private readonly emails: ReminderEmails,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * True when sent now; false when it was not ours to send (sent, cancelled, skipped, taken).
   * Throws DeliveryBusyError while another worker's claim holds it (Bull tries again later).
   */
  async deliver(reminderId: number): Promise<boolean> {
    const what = `reminder ${reminderId}`;
    const outcome = await deliverOnce(
      { mail: this.mail, journal: this.journal },
      what,
      this.store(reminderId),
      (claimed) => this.compose(claimed),
    );
    if (outcome.status === 'busy') throw new DeliveryBusyError(what, outcome.until);
    if (outcome.status === 'recorded')
      this.logger.log(`${what} had gone out before its worker died: recorded`);
    return outcome.status === 'sent';
  }

  private store(id: number): DeliveryStore<DeliverableReminder> {
    const reminders = this.reminders;
    return {
      leaseMs: CLAIM_LEASE_MS,
      async claim(): Promise<Claim<DeliverableReminder>> {
        const claim = await reminders.claim(id, CLAIM_LEASE_MS);
        if (claim.claimed) {
          const { token, tookOverFrom } = claim;
          return { status: 'claimed', token, tookOverFrom, item: claim.claimed };
        }
        return claim.busyUntil ? { status: 'busy', until: claim.busyUntil } : { status: 'closed' };
      },
      renew: (token) => reminders.renewClaim(id, token, CLAIM_LEASE_MS),
      record: (token) => reminders.markSent(id, token),
      release: (token, error) => reminders.releaseClaim(id, token, error.message),
    };
  }

  private compose({ reminder, request }: DeliverableReminder) {
    const view = this.views.viewFor(request, this.time.today(), false);
    const email = this.emails.render({
      kind: reminder.kind,
      reference: request.reference,
      title: request.title,
      authorityName: request.authority!.name,
      forDate: reminder.forDate,
      dayCount: dayCountOf(view),
      requestUrl: `${this.config.publicUrl}/requests/${request.id}`,
    });
    return { to: [request.owner!.email], ...email, messageId: reminderMessageId(reminder.id) };
  }
}
