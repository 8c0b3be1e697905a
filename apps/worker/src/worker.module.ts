import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { MailModule } from '@app/mail';
import { PersistenceModule } from '@app/persistence';
import { APP_CONFIG, AppConfig, AppConfigModule, CalendarProvider } from '@app/platform';
import { QueueModule } from '@app/queue';
import { ReminderEmails } from '@app/templates';
import { ReminderDeliveryService } from './reminders/reminder-delivery.service';
import { ReminderProcessor } from './reminders/reminder.processor';
import { ReminderReconciler } from './reminders/reminder-reconciler.service';

/** Queue consumers only (reminder delivery and reconciliation); never HTTP. */
@Module({
  imports: [AppConfigModule, PersistenceModule, QueueModule, MailModule],
  providers: [
    CalendarProvider,
    {
      provide: ReminderEmails,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ReminderEmails.load(join(config.templatesDir, 'emails')),
    },
    ReminderDeliveryService,
    ReminderReconciler,
    ReminderProcessor,
  ],
})
export class WorkerModule {}
