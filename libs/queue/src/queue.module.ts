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
    BullModule.registerQueue({ name: REMINDER_QUEUE }),
  ],
  providers: [ReminderDispatcher],
  exports: [ReminderDispatcher, BullModule],
})
export class QueueModule {}
