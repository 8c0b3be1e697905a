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
import { RequestsRepository } from './repositories/requests.repository';
import { UsersRepository } from './repositories/users.repository';
import { openDataSource } from './open-data-source';
import { WriteLock } from './write-lock';

const REPOSITORIES = [
  UsersRepository,
  AuthoritiesRepository,
  RequestsRepository,
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
  providers: [WriteLock, DatabaseHealth, ...REPOSITORIES],
  exports: [DatabaseHealth, ...REPOSITORIES],
})
export class PersistenceModule {}
