import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { PersistenceModule } from '@app/persistence';
import { AppConfigModule } from '@app/platform';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { AuthoritiesController } from './authorities/authorities.controller';
import { BootstrapService } from './bootstrap/bootstrap.service';
import { AllErrorsFilter } from './common/all-errors.filter';
import { CalendarProvider } from './deadlines/calendar.provider';
import { DeadlinesController } from './deadlines/deadlines.controller';
import { HealthController } from './health/health.controller';
import { UsersController } from './users/users.controller';

@Module({
  imports: [
    AppConfigModule,
    PersistenceModule,
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 10 }]),
  ],
  controllers: [
    HealthController,
    AuthController,
    UsersController,
    AuthoritiesController,
    DeadlinesController,
  ],
  providers: [
    AuthService,
    BootstrapService,
    CalendarProvider,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: AllErrorsFilter },
  ],
})
export class AppModule {}
