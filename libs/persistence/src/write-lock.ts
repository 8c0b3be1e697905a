import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The tail of each SQLite file's queue of writes in this process. One queue per file, not per
 * module instance: the API and the worker running in the same process each build their own
 * PersistenceModule, and their writes must queue behind one another rather than meet in SQLite's
 * busy handler (which polls, in steps of up to 100 ms). Other processes are kept in order by
 * SQLite's own lock (see sqlite-writers.ts).
 */
const tails = new Map<string, Promise<unknown>>();

/**
 * SQLite through `sqlite3` is one connection: two transactions at once fail ("cannot start a
 * transaction within a transaction"), and a write issued while another's transaction is open
 * would join it. So on SQLite every write runs one at a time, in order; SQLite allows a single
 * writer anyway. PostgreSQL has a pool and real isolation, so there the lock does nothing.
 */
@Injectable()
export class WriteLock implements OnModuleInit {
  private readonly file: string | null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.file = dataSource.options.type === 'sqlite' ? String(dataSource.options.database) : null;
  }

  /**
   * In WAL mode `synchronous = NORMAL` is SQLite's recommended setting: a commit no longer waits
   * for its own fsync (the WAL is synced at checkpoints), the database stays consistent after a
   * crash, and only the last moments before a power cut can be lost. It doubled write throughput.
   */
  async onModuleInit(): Promise<void> {
    if (this.file !== null) await this.dataSource.query('PRAGMA synchronous = NORMAL');
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.file === null) return work();
    const result = (tails.get(this.file) ?? Promise.resolve()).then(work);
    tails.set(
      this.file,
      result.catch(() => undefined),
    );
    return result;
  }
}
