import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/platform';
import { REMINDER_QUEUE } from './queue.contracts';
import { ReminderDispatcher } from './reminder-dispatcher';

/** Bull on Redis: the connection, the reminder queue and its producer. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ url: config.redisUrl, prefix: config.queuePrefix }),
    }),
    // A worker that dies mid-job holds its jobs' locks until they lapse: 10 s locks (renewed every
    // 5 s while a job runs) and a stall check every 5 s hand them to another worker quickly.
    BullModule.registerQueue({
      name: REMINDER_QUEUE,
      settings: { lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 3 },
    }),
  ],
  providers: [ReminderDispatcher],
  exports: [ReminderDispatcher, BullModule],
})
export class QueueModule {}
