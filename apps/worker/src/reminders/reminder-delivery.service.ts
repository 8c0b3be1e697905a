import { Inject, Injectable } from '@nestjs/common';
import { computeDeadlines, londonDateOf, WorkingDayCalendar } from '@app/domain';
import { MailSender } from '@app/mail';
import { RemindersRepository } from '@app/persistence';
import { APP_CONFIG, AppConfig } from '@app/platform';
import { ReminderEmails } from '@app/templates';

export function reminderMessageId(reminderId: number): string {
  return `<reminder-${reminderId}@foi-tracker>`;
}

/** Sends one reminder: claim it, write the email, hand it to the mail transport. */
@Injectable()
export class ReminderDeliveryService {
  constructor(
    private readonly reminders: RemindersRepository,
    private readonly calendar: WorkingDayCalendar,
    private readonly mail: MailSender,
    private readonly emails: ReminderEmails,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** True when sent now; false when it was already sent, cancelled or skipped. */
  deliver(reminderId: number): Promise<boolean> {
    return this.reminders.claimAndSend(reminderId, async ({ reminder, request }) => {
      const view = request.receivedOn
        ? computeDeadlines(
            {
              regime: request.regime,
              receivedAt: request.receivedOn,
              nation: request.authority?.nation,
              events: request.clock,
            },
            this.calendar,
            {
              today: londonDateOf(new Date()),
              receiptRule: this.config.receiptRule,
              dueSoonWorkingDays: this.config.dueSoonWorkingDays,
              explain: false,
            },
          )
        : null;
      const counted =
        view && view.workingDaysElapsed !== null && view.workingDaysRemaining !== null;
      const email = this.emails.render({
        kind: reminder.kind,
        reference: request.reference,
        title: request.title,
        authorityName: request.authority!.name,
        forDate: reminder.forDate,
        dayCount: counted
          ? {
              elapsed: view.workingDaysElapsed!,
              total: view.workingDaysElapsed! + view.workingDaysRemaining!,
            }
          : null,
        requestUrl: `${this.config.publicUrl}/requests/${request.id}`,
      });
      await this.mail.send({
        to: [request.owner!.email],
        ...email,
        messageId: reminderMessageId(reminder.id),
      });
    });
  }
}
