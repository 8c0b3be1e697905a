import { DataSource, DataSourceOptions, MigrationExecutor } from 'typeorm';
import { beginImmediately } from './sqlite-writers';

/**
 * Connects, makes every SQLite transaction begin IMMEDIATE (sqlite-writers.ts), then migrates:
 * in that order, so the migrations' own transaction waits its turn like every other writer.
 */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource({ ...options, migrationsRun: false }).initialize();
  beginImmediately(dataSource);
  if (options.migrationsRun) await migrateOnce(dataSource);
  return dataSource;
}

/**
 * Runs the pending migrations with the database locked from the first look at what has run:
 * processes started together on a new database (`start:api` beside `start:worker`) would
 * otherwise all see the same migrations pending and all but the first fail on "table already
 * exists". SQLite: the whole run is one IMMEDIATE transaction. PostgreSQL: the transaction first
 * takes an advisory lock that the others wait for.
 */
export async function migrateOnce(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  const sqlite = dataSource.options.type === 'sqlite';
  // What TypeORM does around its own migration transaction: on SQLite, foreign keys off, or a
  // table rebuilt to add a column (drop the old, rename the new) would cascade its deletion into
  // every child row. SQLite ignores this pragma inside a transaction, so it comes first.
  await runner.beforeMigration();
  try {
    await runner.startTransaction();
    if (!sqlite)
      await runner.query(`SELECT pg_advisory_xact_lock(hashtext('foi-tracker migrations'))`);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'all';
    await executor.executePendingMigrations();
    // With the keys off, nothing checked them: a migration that left an orphan is undone.
    const orphans: unknown[] = sqlite ? await runner.query('PRAGMA foreign_key_check') : [];
    if (orphans.length > 0)
      throw new Error(
        `migrations left rows whose references are broken: ${JSON.stringify(orphans)}`,
      );
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.afterMigration();
    await runner.release();
  }
}
