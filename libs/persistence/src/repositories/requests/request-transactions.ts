import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WriteLock } from '../../write-lock';

/**
 * Every write to requests in this process runs here: one transaction, in the write lock's queue
 * (SQLite), and a count of committed writes, so the lists cached before one are not served after
 * it (RequestListRepository).
 */
@Injectable()
export class RequestTransactions {
  /** Bumped on every committed write, so cached counts are never older than this process's writes. */
  private written = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lock: WriteLock,
  ) {}

  /** How many writes this process has committed: a cache entry made before the last is stale. */
  get generation(): number {
    return this.written;
  }

  /** Runs `work` in one transaction: nothing is half-written. */
  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.lock.run(() => this.dataSource.transaction(work));
    this.written++;
    return result;
  }
}
