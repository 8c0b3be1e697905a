import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/platform';
import type { Queue } from 'bull';
import { RemindersRepository } from '@app/persistence';
import {
  RECONCILE_REMINDERS_JOB,
  REMINDER_QUEUE,
  ReminderDispatcher,
  scheduleNowAndWhenRedisIsBack,
} from '@app/queue';

/** Reminders due within this horizon are (re)put on the queue; later ones on a later pass. */
const HORIZON_MS = 24 * 3_600_000;
const BATCH = 1000;

/**
 * Redis only schedules, and can lose what it held: every minute (and at start) the worker puts
 * every open reminder due within a day back on the queue. jobId = reminder id, so one already
 * queued is not added twice, and one already sent is skipped when its job runs.
 */
@Injectable()
export class ReminderReconciler implements OnApplicationBootstrap {
  private readonly logger = new Logger('reconciliation');

  constructor(
    private readonly reminders: RemindersRepository,
    private readonly dispatcher: ReminderDispatcher,
    @InjectQueue(REMINDER_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Schedules the repeating pass and runs one now. Redis may restart empty (this install keeps
   * nothing on disk), taking the schedule with it, so both happen again whenever it comes back.
   */
  onApplicationBootstrap(): void {
    scheduleNowAndWhenRedisIsBack(this.queue, (again) => {
      if (again)
        this.logger.log('Redis is back: scheduling again and re-enqueueing open reminders');
      void this.schedule();
    });
  }

  private async schedule(): Promise<void> {
    try {
      await this.queue.add(
        RECONCILE_REMINDERS_JOB,
        {},
        {
          repeat: { every: this.config.reconcileEveryMs },
          jobId: RECONCILE_REMINDERS_JOB,
          removeOnComplete: true,
          removeOnFail: true,
        },
      );
      await this.reconcile();
    } catch (error) {
      this.logger.warn(`could not reconcile now: ${(error as Error).message}`);
    }
  }

  /** Every open reminder due within the horizon, page by page; returns how many were enqueued. */
  async reconcile(now = Date.now()): Promise<number> {
    let added = 0;
    for (let afterId = 0; ;) {
      const page = await this.reminders.findOpen(new Date(now + HORIZON_MS), BATCH, afterId);
      added += await this.dispatcher.enqueue(page, now);
      await this.reminders.markQueued(page.filter((r) => r.status === 'pending').map((r) => r.id));
      if (page.length < BATCH) return added;
      afterId = page[page.length - 1].id;
    }
  }
}
