import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestStatus } from '@app/domain';
import type { AuthorityEntity } from '../../entities/authority.entity';
import { FoiRequestEntity, NO_DUE_DATE } from '../../entities/foi-request.entity';
import { EXPORT_CHUNK } from './request-query';
import { RequestTransactions } from './request-transactions';

/** What the stored dates follow from, with the dates as stored and the version they were read at. */
export type StoredDatesRow = Pick<
  FoiRequestEntity,
  'id' | 'version' | 'status' | 'regime' | 'receivedOn' | 'clockEvents' | 'dueDate' | 'longStopDate'
> & { authority: Pick<AuthorityEntity, 'nation'> };

/** The stored dates a request should hold, if it is still at `version`. */
export interface StoredDatesWrite {
  id: number;
  version: number;
  dueDate: string | null;
  longStopDate: string | null;
}

/** Stored dates written per transaction, so none holds SQLite's write lock for long. */
const STORED_DATES_WRITES = 100;

/** Requests with no clock or stage left to date (their stored dates never move). */
const UNDATED_STATUSES: readonly RequestStatus[] = ['draft', 'closed', 'withdrawn'];

/** The stored due date and long stop of every request, read and put right in bulk (on start). */
@Injectable()
export class StoredDatesRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: RequestTransactions,
  ) {}

  /**
   * Every request with a clock or stage to date (not a draft, closed or withdrawn), `EXPORT_CHUNK`
   * rows at a time in id order, with only what its stored dates follow from. Each chunk is its
   * own read (by id, after the last one's), so no transaction or lock spans the chunks.
   */
  async *storedDatesChunks(): AsyncGenerator<StoredDatesRow[]> {
    let after = 0;
    for (;;) {
      const rows = await this.chunkAfter(after);
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < EXPORT_CHUNK) return;
      after = rows[rows.length - 1].id;
    }
  }

  private async chunkAfter(after: number): Promise<StoredDatesRow[]> {
    return (await this.dataSource
      .getRepository(FoiRequestEntity)
      .createQueryBuilder('r')
      .leftJoin('r.authority', 'authority')
      .select([
        'r.id',
        'r.version',
        'r.status',
        'r.regime',
        'r.receivedOn',
        'r.clockEvents',
        'r.dueDate',
        'r.longStopDate',
        'authority.id',
        'authority.nation',
      ])
      .where('r.id > :after', { after })
      .andWhere('r.status NOT IN (:...undated)', { undated: UNDATED_STATUSES })
      .orderBy('r.id', 'ASC')
      .limit(EXPORT_CHUNK)
      .getMany()) as StoredDatesRow[];
  }

  /**
   * Writes recomputed stored dates, in short transactions of at most 100 rows: each row only if it is still at the
   * version they were worked out from (a change made meanwhile has stored its own), and without
   * bumping its version or `updated_at` (this is not a change to the request). Lists show the
   * new dates at once in this process. Returns how many rows were written.
   */
  async writeStoredDates(rows: readonly StoredDatesWrite[]): Promise<number> {
    // Plain SQL, one statement a row: TypeORM's query builder took most of each write's time,
    // and the write lock is held for the whole transaction.
    const p = (n: number) => (this.dataSource.options.type === 'postgres' ? `$${n}` : '?');
    const sql =
      `UPDATE requests SET due_date = ${p(1)}, long_stop_date = ${p(2)} ` +
      `WHERE id = ${p(3)} AND version = ${p(4)}`;
    let written = 0;
    for (let start = 0; start < rows.length; start += STORED_DATES_WRITES) {
      written += await this.writes.run(async (manager) => {
        let affected = 0;
        for (const row of rows.slice(start, start + STORED_DATES_WRITES)) {
          const result = await manager.queryRunner!.query(
            sql,
            [row.dueDate ?? NO_DUE_DATE, row.longStopDate, row.id, row.version],
            true,
          );
          affected += (result as { affected?: number }).affected ?? 0;
        }
        return affected;
      });
    }
    return written;
  }
}
