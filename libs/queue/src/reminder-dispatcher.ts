import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bull';
import { DELIVER_REMINDER_JOB, REMINDER_QUEUE, reminderJobId } from './queue.contracts';

export interface DispatchableReminder {
  id: number;
  fireAt: Date;
}

/** How long a caller waits for Redis before leaving the job to reconciliation. */
const ENQUEUE_TIMEOUT_MS = 2000;

/** Reminders put on Bull in one MULTI: a page of reconciliation is 1,000 rows. */
const BULK = 500;

/** A reminder's job: jobId = its id, due at its time, retried with backoff. */
function deliveryJob(reminder: DispatchableReminder, now: number) {
  return {
    name: DELIVER_REMINDER_JOB,
    data: { reminderId: reminder.id },
    opts: {
      jobId: reminderJobId(reminder.id),
      delay: Math.max(0, reminder.fireAt.getTime() - now),
      attempts: 5,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: true,
      removeOnFail: true,
    },
  };
}

/**
 * Puts reminder rows on Bull as delayed jobs with jobId = the reminder's id, so the same reminder
 * is never queued twice. The database row comes first; if Redis is away the job is simply not
 * added now and the worker's reconciliation adds it later.
 */
@Injectable()
export class ReminderDispatcher {
  private readonly logger = new Logger('reminder-dispatcher');

  private redisDown = false;

  constructor(@InjectQueue(REMINDER_QUEUE) private readonly queue: Queue) {
    // Redis going away is expected (the database holds the truth): say so once, do not crash.
    queue.on('error', (error: Error) => {
      if (!this.redisDown)
        this.logger.warn(`Redis unavailable, reminders wait in the database: ${error.message}`);
      this.redisDown = true;
    });
    queue.client.on('ready', () => (this.redisDown = false));
  }

  /** One round trip to Redis for each BULK reminders (a MULTI of Bull's own add script). */
  async enqueue(reminders: readonly DispatchableReminder[], now = Date.now()): Promise<number> {
    for (let i = 0; i < reminders.length; i += BULK)
      await this.queue.addBulk(reminders.slice(i, i + BULK).map((r) => deliveryJob(r, now)));
    return reminders.length;
  }

  /**
   * For request handlers: never waits on Redis for longer than a moment, never fails the caller.
   * `onQueued` runs once the jobs are on Bull (it marks the rows `queued`).
   */
  enqueueSoon(
    reminders: readonly DispatchableReminder[],
    onQueued: (ids: number[]) => Promise<void> = async () => undefined,
  ): void {
    if (reminders.length === 0) return;
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error('Redis did not answer in time')),
        ENQUEUE_TIMEOUT_MS,
      ).unref(),
    );
    Promise.race([this.enqueue(reminders), timeout])
      .then(() => onQueued(reminders.map((r) => r.id)))
      .catch((error: Error) =>
        this.logger.warn(
          `left ${reminders.length} reminder(s) to reconciliation: ${error.message}`,
        ),
      );
  }

  /** For /health: is Redis answering? */
  async isUp(): Promise<boolean> {
    try {
      const client = await Promise.race([
        this.queue.client.ping(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), 500).unref(),
        ),
      ]);
      return client === 'PONG';
    } catch {
      return false;
    }
  }
}
