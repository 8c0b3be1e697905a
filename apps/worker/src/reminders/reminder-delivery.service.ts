import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { londonDateOf } from '@app/domain';
import { DeliveryJournal, MailSender, MessageWithheldError } from '@app/mail';
import { DeliverableReminder, RemindersRepository } from '@app/persistence';
import { APP_CONFIG, AppConfig, dayCountOf, DeadlineViews } from '@app/platform';
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

/** Another worker holds the reminder's claim: Bull should try again later (not a failure). */
export class ReminderBusyError extends Error {
  constructor(reminderId: number, until: Date) {
    super(
      `reminder ${reminderId} is being sent by another worker (claim until ${until.toISOString()})`,
    );
    this.name = 'ReminderBusyError';
  }
}

class ClaimLostError extends Error {
  constructor() {
    super('the claim lapsed and another worker took the reminder over');
  }
}

/**
 * Sends one reminder, exactly once, with no transaction open while it is sent:
 *
 * 1. claim it (a short write: status queued, a token, a lease);
 * 2. send the email over SMTP, holding back its final dot (MailSender's beforeEnd);
 * 3. with the server holding everything but the dot: if half the lease has gone, renew the claim
 *    (still ours? another worker may take over a lapsed one); then write the token to the
 *    delivery journal and release the dot in one synchronous step;
 * 4. once the server has answered, record the reminder as sent.
 *
 * Killed before 3, the server drops the message (no dot) and the lapsed claim is taken over and
 * sent by another worker. Killed after 3, the next claimant finds the token in the journal and
 * records the reminder as sent without sending it again. What remains is a kill in the
 * microseconds between the journal line and the dot leaving: that reminder is then recorded as
 * sent but never arrives. A server refusing the message after its dot reopens it with the error.
 * (A reminder cancelled by a replan while its email is already on the wire may still go out.)
 */
@Injectable()
export class ReminderDeliveryService {
  private readonly logger = new Logger('reminders');
  private readonly worker = `${hostname()}:${process.pid}`;

  constructor(
    private readonly reminders: RemindersRepository,
    private readonly views: DeadlineViews,
    private readonly mail: MailSender,
    private readonly journal: DeliveryJournal,
    private readonly emails: ReminderEmails,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** True when sent now; false when it was not ours to send (sent, cancelled, skipped, taken). */
  async deliver(reminderId: number): Promise<boolean> {
    const token = `${this.worker}:${randomUUID()}`;
    const claimedAt = Date.now();
    const claim = await this.reminders.claim(reminderId, token, CLAIM_LEASE_MS);
    if (!claim.claimed) {
      if (claim.busyUntil) throw new ReminderBusyError(reminderId, claim.busyUntil);
      return false;
    }
    if (claim.tookOverFrom && this.journal.has(claim.tookOverFrom)) {
      // Its worker died after releasing the message: it went out; record it, do not resend.
      await this.reminders.markSent(reminderId, token);
      this.logger.log(`reminder ${reminderId} had gone out before its worker died: recorded`);
      return false;
    }
    try {
      await this.mail.send(this.compose(claim.claimed), {
        beforeEnd: async () => {
          // Well within the lease nobody can have taken it over: spare the database a write.
          if (Date.now() - claimedAt < CLAIM_LEASE_MS / 2) return;
          if (!(await this.reminders.renewClaim(reminderId, token, CLAIM_LEASE_MS)))
            throw new ClaimLostError();
        },
        atEnd: () => this.journal.record(token),
      });
    } catch (error) {
      // Withheld because the claim was lost: the other worker sends it, nothing to record.
      if (error instanceof MessageWithheldError && error.reason instanceof ClaimLostError)
        return false;
      // Not sent, or refused by the server after its dot: open again, with the error.
      await this.reminders.releaseClaim(reminderId, token, (error as Error).message);
      throw error;
    }
    // Should this write fail, the claim lapses and the next claimant finds the journal line.
    await this.reminders.markSent(reminderId, token);
    return true;
  }

  private compose({ reminder, request }: DeliverableReminder) {
    const view = this.views.viewFor(request, londonDateOf(new Date()), false);
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
