import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * SQLite through `sqlite3` is one connection: two transactions at once fail ("cannot start a
 * transaction within a transaction"), and a write issued while another's transaction is open
 * would join it. So on SQLite every write runs one at a time, in order; SQLite allows a single
 * writer anyway. PostgreSQL has a pool and real isolation, so there the lock does nothing.
 */
@Injectable()
export class WriteLock implements OnModuleInit {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serial: boolean;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.serial = dataSource.options.type === 'sqlite';
  }

  /**
   * In WAL mode `synchronous = NORMAL` is SQLite's recommended setting: a commit no longer waits
   * for its own fsync (the WAL is synced at checkpoints), the database stays consistent after a
   * crash, and only the last moments before a power cut can be lost. It doubled write throughput.
   */
  async onModuleInit(): Promise<void> {
    if (this.serial) await this.dataSource.query('PRAGMA synchronous = NORMAL');
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    if (!this.serial) return work();
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
