import { OnQueueFailed, Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import {
  DELIVER_REMINDER_JOB,
  parseDeliverReminderPayload,
  RECONCILE_REMINDERS_JOB,
  REMINDER_QUEUE,
} from '@app/queue';
import { RemindersRepository } from '@app/persistence';
import { DeliveryBusyError } from '@app/mail';
import { ReminderDeliveryService } from './reminder-delivery.service';
import { ReminderReconciler } from './reminder-reconciler.service';

/**
 * Reminders one worker sends at once. Each waits mostly on SMTP and the database, and claims and
 * records made together are written together (see RemindersRepository), so more in hand means
 * fewer statements per reminder; the SMTP pool's connections carry them a few at a time.
 */
export const REMINDER_CONCURRENCY = 64;

/** The reminder queue's consumer: parse the payload, call one service, log. */
@Processor(REMINDER_QUEUE)
export class ReminderProcessor {
  private readonly logger = new Logger('reminders');

  constructor(
    private readonly delivery: ReminderDeliveryService,
    private readonly reconciler: ReminderReconciler,
    private readonly reminders: RemindersRepository,
  ) {}

  @Process({ name: DELIVER_REMINDER_JOB, concurrency: REMINDER_CONCURRENCY })
  async deliver(job: Job): Promise<void> {
    const { reminderId } = parseDeliverReminderPayload(job.data);
    const started = Date.now();
    const sent = await this.delivery.deliver(reminderId);
    const line = `reminder ${reminderId} ${sent ? 'sent' : 'was not open (skipped)'} in ${Date.now() - started} ms`;
    if (!sent) return this.logger.log(line);
    // Hundreds a second at 8 o'clock: each one at debug level, a count each second at log level.
    this.logger.debug(line);
    this.countSent();
  }

  private sentSinceLog = 0;

  /** "sent N reminder(s)" a second after the first of a run, then again each second it goes on. */
  private countSent(): void {
    if (this.sentSinceLog++ > 0) return;
    setTimeout(() => {
      this.logger.log(`sent ${this.sentSinceLog} reminder(s) in the last second`);
      this.sentSinceLog = 0;
    }, 1000).unref();
  }

  @Process(RECONCILE_REMINDERS_JOB)
  async reconcile(): Promise<void> {
    const added = await this.reconciler.reconcile();
    if (added > 0) this.logger.log(`reconciliation queued ${added} reminder(s)`);
  }

  /**
   * A failed attempt keeps its error on the row; after Bull's last attempt the reminder is failed.
   * A reminder another worker is sending is not a failure: Bull just tries it again later (and
   * reconciliation, should the other worker have died and Bull given up first).
   */
  @OnQueueFailed()
  async failed(job: Job, error: Error): Promise<void> {
    if (job.name !== DELIVER_REMINDER_JOB || error instanceof DeliveryBusyError) return;
    const { reminderId } = parseDeliverReminderPayload(job.data);
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    await this.reminders.recordFailure(reminderId, error.message, final);
    this.logger.warn(
      `reminder ${reminderId} attempt ${job.attemptsMade} failed${final ? ' (giving up)' : ''}: ${error.message}`,
    );
  }
}
