import type { DataSource, QueryRunner } from 'typeorm';

/**
 * How several writers share one SQLite file: the API, the worker in the same process, worker
 * processes and, later, a mail poller.
 *
 * SQLite has one writer at a time; the others wait for its lock in the busy handler
 * (`busyTimeout`). But a transaction that TypeORM opens with a plain `BEGIN` starts as a reader,
 * and when its first write finds that another connection has committed since it began reading,
 * SQLite cannot let it wait: it fails at once with SQLITE_BUSY. So every transaction here begins
 * `IMMEDIATE`, taking the write lock before its first read: it either waits its turn (the busy
 * handler applies to BEGIN) or, after a bounded wait, fails before anything was done. Nothing is
 * half-written either way, and a failed BEGIN is simply tried again.
 *
 * TypeORM's SQLite driver has one query runner per data source and no option for the kind of
 * BEGIN, so this wraps that runner's `query` and changes that one statement.
 */
const BEGIN = 'BEGIN TRANSACTION';
const BEGIN_IMMEDIATE = 'BEGIN IMMEDIATE TRANSACTION';
/** On top of each BEGIN's own busy timeout: long enough for any queue of short writes. */
export const BEGIN_RETRY_MS = 30_000;

export function beginImmediately(dataSource: DataSource): void {
  if (dataSource.options.type !== 'sqlite') return;
  const runner: QueryRunner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as QueryRunner['query'];
  runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
    if (sql !== BEGIN) return query(sql, parameters, structured as true);
    const until = Date.now() + BEGIN_RETRY_MS;
    for (;;) {
      try {
        return await query(BEGIN_IMMEDIATE, parameters, structured as true);
      } catch (error) {
        if (!isBusy(error) || Date.now() > until) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
      }
    }
  }) as QueryRunner['query'];
}

export function isBusy(error: unknown): boolean {
  return error instanceof Error && /SQLITE_BUSY/.test(error.message);
}
