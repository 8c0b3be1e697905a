import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '@app/platform';
import { DeliveryJournal } from './delivery-journal';
import { MailSender } from './mail-sender';

/** One MailSender per process (SMTP, or the outbox) and the journal of released messages. */
@Module({
  providers: [
    {
      provide: MailSender,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new MailSender({
          transport: config.mailTransport,
          smtpUrl: config.smtpUrl,
          from: config.mailFrom,
          outboxDir: join(config.dataDir, 'outbox'),
        }),
    },
    {
      provide: DeliveryJournal,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new DeliveryJournal(join(config.dataDir, 'delivery-journal')),
    },
  ],
  exports: [MailSender, DeliveryJournal],
})
export class MailModule {}
