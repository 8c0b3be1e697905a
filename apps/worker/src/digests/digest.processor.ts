import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { APP_CONFIG, AppConfig, TimeSource } from '@app/platform';
import {
  parseSendDigestsPayload,
  REMINDER_QUEUE,
  scheduleNowAndWhenRedisIsBack,
  SEND_DIGESTS_JOB,
} from '@app/queue';
import { DigestService } from './digest.service';

/**
 * Schedules and runs the daily digests on the reminder queue: a repeatable job at REMINDER_HOUR
 * London time on weekdays (bank holidays are skipped when it runs), plus one run at start and
 * whenever Redis comes back, so a worker that was down at that hour catches up the same day.
 */
@Processor(REMINDER_QUEUE)
export class DigestProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger('digests');

  constructor(
    private readonly digests: DigestService,
    @InjectQueue(REMINDER_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly time: TimeSource,
  ) {}

  @Process(SEND_DIGESTS_JOB)
  async run(job: Job): Promise<void> {
    if (!this.config.digests) return;
    const sent = await this.digests.sendDue(parseSendDigestsPayload(job.data, this.time.now()).at);
    if (sent > 0) this.logger.log(`sent ${sent} daily digest(s)`);
  }

  onApplicationBootstrap(): void {
    if (!this.config.digests) return;
    scheduleNowAndWhenRedisIsBack(this.queue, () => void this.schedule());
  }

  private async schedule(): Promise<void> {
    const once = { attempts: 5, backoff: { type: 'exponential', delay: 5000 } };
    try {
      await this.queue.add(
        SEND_DIGESTS_JOB,
        {},
        {
          ...once,
          repeat: { cron: `0 ${this.config.reminderHour} * * 1-5`, tz: 'Europe/London' },
          jobId: SEND_DIGESTS_JOB,
          removeOnComplete: true,
          removeOnFail: true,
        },
      );
      // The catch-up run: sends nothing before the hour, nor anything already sent today.
      await this.queue.add(
        SEND_DIGESTS_JOB,
        {},
        { ...once, removeOnComplete: true, removeOnFail: true },
      );
    } catch (error) {
      this.logger.warn(`could not schedule the digests now: ${(error as Error).message}`);
    }
  }
}
