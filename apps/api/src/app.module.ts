import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { MailModule } from '@app/mail';
import { PersistenceModule } from '@app/persistence';
import { AppConfigModule, CalendarProvider, TimeSource, SystemTimeSource } from '@app/platform';
import { QueueModule } from '@app/queue';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { AuthController } from './auth/auth.controller';
import { LoginBackoffService } from './auth/login-backoff.service';
import { TokensController } from './auth/tokens.controller';
import { TokensService } from './auth/tokens.service';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { AuthoritiesController } from './authorities/authorities.controller';
import { AuthoritiesService } from './authorities/authorities.service';
import { BootstrapService } from './bootstrap/bootstrap.service';
import { AllErrorsFilter } from './common/all-errors.filter';
import { DASHBOARD_CONTROLLERS, DASHBOARD_PROVIDERS } from './dashboard';
import { DeadlinesController } from './deadlines/deadlines.controller';
import { HealthController } from './health/health.controller';
import { CalendarFeedService } from './exports/calendar-feed.service';
import { CsvExportService } from './exports/csv-export.service';
import { ExportsController } from './exports/exports.controller';
import { DeadlineService } from './requests/deadline.service';
import { LetterMailer } from './requests/letter-mailer';
import { RequestLifecycleService } from './requests/request-lifecycle.service';
import { RemindersController } from './reminders/reminders.controller';
import { RequestsController } from './requests/requests.controller';
import { RequestsService } from './requests/requests.service';
import { StoredDatesService } from './requests/stored-dates.service';
import { TemplateCatalogProvider } from './templates/template-catalog.provider';
import { TemplatesController } from './templates/templates.controller';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

@Module({
  imports: [
    AppConfigModule,
    PersistenceModule,
    QueueModule,
    MailModule,
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 10 }]),
  ],
  controllers: [
    HealthController,
    AuthController,
    TokensController,
    AuditController,
    UsersController,
    AuthoritiesController,
    DeadlinesController,
    TemplatesController,
    RequestsController,
    RemindersController,
    ExportsController,
    ...DASHBOARD_CONTROLLERS,
  ],
  providers: [
    AuthService,
    AuditService,
    LoginBackoffService,
    TokensService,
    BootstrapService,
    CalendarProvider,
    TemplateCatalogProvider,
    DeadlineService,
    RequestsService,
    RequestLifecycleService,
    StoredDatesService,
    AuthoritiesService,
    UsersService,
    CalendarFeedService,
    CsvExportService,
    ...DASHBOARD_PROVIDERS,
    LetterMailer,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: AllErrorsFilter },
  ],
})
export class AppModule {
  /** The root module with its time source: the system's, or a fixed one in tests. */
  static withTimeSource(time: TimeSource = new SystemTimeSource()): DynamicModule {
    return { module: AppModule, providers: [{ provide: TimeSource, useValue: time }] };
  }
}
