import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { MailModule } from '@app/mail';
import { PersistenceModule } from '@app/persistence';
import {
  APP_CONFIG,
  AppConfig,
  AppConfigModule,
  CalendarProvider,
  DeadlineViews,
  SystemTimeSource,
  TimeSource,
} from '@app/platform';
import { QueueModule } from '@app/queue';
import { ReminderEmails } from '@app/templates';
import { DigestEmails } from '@app/templates/digest-emails';
import { DigestProcessor } from './digests/digest.processor';
import { DigestService } from './digests/digest.service';
import { ReminderDeliveryService } from './reminders/reminder-delivery.service';
import { ReminderProcessor } from './reminders/reminder.processor';
import { ReminderReconciler } from './reminders/reminder-reconciler.service';

/** Queue consumers only (reminder delivery, reconciliation, daily digests); never HTTP. */
@Module({
  imports: [AppConfigModule, PersistenceModule, QueueModule, MailModule],
  providers: [
    CalendarProvider,
    DeadlineViews,
    // The same seam as the API's: the day a reminder or digest speaks of.
    { provide: TimeSource, useClass: SystemTimeSource },
    {
      provide: ReminderEmails,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ReminderEmails.load(join(config.templatesDir, 'emails')),
    },
    {
      provide: DigestEmails,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => DigestEmails.load(join(config.templatesDir, 'emails')),
    },
    ReminderDeliveryService,
    ReminderReconciler,
    ReminderProcessor,
    DigestService,
    DigestProcessor,
  ],
})
export class WorkerModule {}
