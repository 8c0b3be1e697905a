import { InjectQueue } from '@nestjs/bull';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { RemindersRepository } from '@app/persistence';
import { RECONCILE_REMINDERS_JOB, REMINDER_QUEUE, ReminderDispatcher } from '@app/queue';

/** Reminders due within this horizon are (re)put on the queue; later ones on a later pass. */
const HORIZON_MS = 24 * 3_600_000;
const BATCH = 5000;
export const RECONCILE_EVERY_MS = 60_000;

/**
 * Redis only schedules, and can lose what it held: every minute (and at start) the worker puts
 * every open reminder due within a day back on the queue. jobId = reminder id, so one already
 * queued is not added twice, and one already sent is skipped when its job runs.
 */
@Injectable()
export class ReminderReconciler implements OnApplicationBootstrap {
  constructor(
    private readonly reminders: RemindersRepository,
    private readonly dispatcher: ReminderDispatcher,
    @InjectQueue(REMINDER_QUEUE) private readonly queue: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.add(
      RECONCILE_REMINDERS_JOB,
      {},
      {
        repeat: { every: RECONCILE_EVERY_MS },
        jobId: RECONCILE_REMINDERS_JOB,
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
    void this.reconcile().catch(() => undefined);
  }

  async reconcile(now = Date.now()): Promise<number> {
    const open = await this.reminders.findOpen(new Date(now + HORIZON_MS), BATCH);
    return this.dispatcher.enqueue(open, now);
  }
}
