import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable } from '@nestjs/common';
import { londonDateOf } from '@app/domain';
import { MailSender, MessageWithheldError } from '@app/mail';
import { DeliverableReminder, RemindersRepository } from '@app/persistence';
import { APP_CONFIG, AppConfig, dayCountOf, DeadlineViews } from '@app/platform';
import { ReminderEmails } from '@app/templates';

export function reminderMessageId(reminderId: number): string {
  return `<reminder-${reminderId}@foi-tracker>`;
}

/**
 * How long a claim holds. It only decides how soon a dead worker's reminder is tried again: a
 * live worker whose claim lapsed and was taken over finds so when it commits, and withholds its
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
 * Sends one reminder, exactly once: claim it (a short write), write the email and send it with no
 * transaction open, and commit it as sent while the SMTP server holds the whole message but its
 * final dot; the dot follows the commit. A crash before the commit leaves no message (the server
 * discards one without its dot) and a lapsed claim that another worker takes over. The one window
 * left is a crash in the instant between that commit and writing the dot: the reminder is then
 * recorded as sent but never arrives (lost, never doubled).
 */
@Injectable()
export class ReminderDeliveryService {
  private readonly worker = `${hostname()}:${process.pid}`;

  constructor(
    private readonly reminders: RemindersRepository,
    private readonly views: DeadlineViews,
    private readonly mail: MailSender,
    private readonly emails: ReminderEmails,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** True when sent now; false when it was not ours to send (sent, cancelled, skipped, taken). */
  async deliver(reminderId: number): Promise<boolean> {
    const token = `${this.worker}:${randomUUID()}`;
    const claim = await this.reminders.claim(reminderId, token, CLAIM_LEASE_MS);
    if (!claim.claimed) {
      if (claim.busyUntil) throw new ReminderBusyError(reminderId, claim.busyUntil);
      return false;
    }
    try {
      await this.mail.send(this.compose(claim.claimed), {
        beforeEnd: async () => {
          if (!(await this.reminders.markSent(reminderId, token))) throw new ClaimLostError();
        },
      });
      return true;
    } catch (error) {
      // Withheld because the claim was lost: the other worker sends it, nothing to record.
      if (error instanceof MessageWithheldError && error.reason instanceof ClaimLostError)
        return false;
      // Not sent, or refused by the server after the commit: open again, with the error.
      await this.reminders.releaseClaim(reminderId, token, (error as Error).message);
      throw error;
    }
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
