import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import type { DataSourceOptions } from 'typeorm';
import { ApiTokenEntity } from './entities/api-token.entity';
import { AuthorityEntity } from './entities/authority.entity';
import { UserEntity } from './entities/user.entity';
import { FoiRequestEntity } from './entities/foi-request.entity';
import { MessageEntity } from './entities/message.entity';
import { ReferenceCounterEntity } from './entities/reference-counter.entity';
import { RequestEventEntity } from './entities/request-event.entity';
import { InitialSchema1764400000000 } from './migrations/1764400000000-initial-schema';
import { Requests1764500000000 } from './migrations/1764500000000-requests';
import { Reminders1764600000000 } from './migrations/1764600000000-reminders';
import { ReminderClaims1764700000000 } from './migrations/1764700000000-reminder-claims';
import { CalendarFeeds1764800000000 } from './migrations/1764800000000-calendar-feeds';
import { ReminderEntity } from './entities/reminder.entity';
import { DigestEntity } from './entities/digest.entity';
import { Digests1764900000000 } from './migrations/1764900000000-digests';
import { LongStopIndex1765000000000 } from './migrations/1765000000000-long-stop-index';
import { SessionExpiry1765100000000 } from './migrations/1765100000000-session-expiry';
import { AccountSecurity1765200000000 } from './migrations/1765200000000-account-security';
import { FindingRequests1765310000000 } from './migrations/1765310000000-finding-requests';
import { ClockEvents1765400000000 } from './migrations/1765400000000-clock-events';
import { LoginFailureEntity } from './entities/login-failure.entity';
import { AuditEventEntity } from './entities/audit-event.entity';

export const ENTITIES = [
  UserEntity,
  ApiTokenEntity,
  AuthorityEntity,
  FoiRequestEntity,
  MessageEntity,
  RequestEventEntity,
  ReferenceCounterEntity,
  ReminderEntity,
  DigestEntity,
  LoginFailureEntity,
  AuditEventEntity,
];
export const MIGRATIONS = [
  InitialSchema1764400000000,
  Requests1764500000000,
  Reminders1764600000000,
  ReminderClaims1764700000000,
  CalendarFeeds1764800000000,
  Digests1764900000000,
  LongStopIndex1765000000000,
  SessionExpiry1765100000000,
  AccountSecurity1765200000000,
  FindingRequests1765310000000,
  ClockEvents1765400000000,
];

/**
 * PostgreSQL when `databaseUrl` is postgres://…, otherwise SQLite in `dataDir` (WAL, busy timeout).
 * Migrations run on start; the schema is never synchronised from the entities.
 */
export function dataSourceOptions(databaseUrl: string | null, dataDir: string): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
  } as const;
  if (databaseUrl !== null && /^postgres(ql)?:/.test(databaseUrl)) {
    return { ...common, type: 'postgres', url: databaseUrl, extra: { max: 10 } };
  }
  const file = databaseUrl?.startsWith('sqlite:')
    ? databaseUrl.slice('sqlite:'.length)
    : join(dataDir, 'foi.sqlite');
  if (file !== ':memory:') mkdirSync(join(file, '..'), { recursive: true });
  return {
    ...common,
    type: 'sqlite',
    database: file,
    enableWAL: true,
    busyTimeout: 5000,
    driver: quietSqlite3,
  };
}

/**
 * TypeORM switches `sqlite3` into verbose mode, which wraps every call to capture a stack trace and
 * `util.inspect` its parameters: under load that was 40% of the API's CPU time. Handing TypeORM the
 * module with `verbose()` as a no-op keeps the driver as it is; errors still name the failed SQL.
 */
const quietSqlite3 = new Proxy(sqlite3, {
  get: (target, property, receiver) =>
    property === 'verbose' ? () => target : Reflect.get(target, property, receiver),
});
