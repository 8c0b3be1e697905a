import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@app/platform';
import { dataSourceOptions } from './data-source-options';
import { DatabaseHealth } from './database-health';
import { AuditRepository } from './repositories/audit.repository';
import { AuthoritiesRepository } from './repositories/authorities.repository';
import { DigestsRepository } from './repositories/digests.repository';
import { LoginFailuresRepository } from './repositories/login-failures.repository';
import { RemindersRepository } from './repositories/reminders.repository';
import { RequestChangesRepository } from './repositories/requests/request-changes.repository';
import { RequestListRepository } from './repositories/requests/request-list.repository';
import { RequestStatisticsRepository } from './repositories/requests/request-statistics.repository';
import { RequestSummariesRepository } from './repositories/requests/request-summaries.repository';
import { RequestTransactions } from './repositories/requests/request-transactions';
import { RequestsRepository } from './repositories/requests/requests.repository';
import { StoredDatesRepository } from './repositories/requests/stored-dates.repository';
import { UsersRepository } from './repositories/users.repository';
import { openDataSource } from './open-data-source';
import { WriteLock } from './write-lock';

const REPOSITORIES = [
  UsersRepository,
  AuthoritiesRepository,
  RequestsRepository,
  RequestChangesRepository,
  RequestListRepository,
  RequestSummariesRepository,
  RequestStatisticsRepository,
  StoredDatesRepository,
  RemindersRepository,
  DigestsRepository,
  LoginFailuresRepository,
  AuditRepository,
];

/** The database connection (migrations run on start) and the repositories services ask. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config.databaseUrl, config.dataDir),
      dataSourceFactory: async (options) => openDataSource(options!),
    }),
  ],
  providers: [WriteLock, RequestTransactions, DatabaseHealth, ...REPOSITORIES],
  exports: [DatabaseHealth, ...REPOSITORIES],
})
export class PersistenceModule {}
