import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '@app/platform';
import { MailSender } from './mail-sender';

/** One MailSender per process, configured from the environment (SMTP, or the outbox). */
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
  ],
  exports: [MailSender],
})
export class MailModule {}
