import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  EXPORT_CHUNK,
  filtered,
  inOrder,
  RequestFilter,
  RequestSort,
  RequestSummaryRow,
  sorted,
  SUMMARY_COLUMNS,
  withPeople,
} from './request-query';

/** Requests as exports (CSV, calendar feeds) and the Action needed page read them: no letters. */
@Injectable()
export class RequestSummariesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * For exports: every match, in order, up to `limit`, `EXPORT_CHUNK` rows at a time. The ids are
   * sorted and cut in the index first (a few bytes each), then their rows are read chunk by
   * chunk, so a caller writing each chunk out holds one chunk at a time. No transaction spans the
   * chunks (on SQLite it would hold up every writer): a request changed meanwhile shows as it is
   * when its chunk is read.
   */
  async *summaryChunks(
    filter: RequestFilter,
    sort: RequestSort,
    limit: number,
  ): AsyncGenerator<RequestSummaryRow[]> {
    const ids = await sorted(
      this.dataSource,
      filtered(this.dataSource, filter, false),
      sort,
      filter,
    )
      .select('r.id', 'id')
      .limit(limit)
      .getRawMany<{ id: number }>();
    for (let start = 0; start < ids.length; start += EXPORT_CHUNK)
      yield this.findSummariesByIds(
        ids.slice(start, start + EXPORT_CHUNK).map((row) => Number(row.id)),
      );
  }

  /** Every match as summary rows, in order, up to `limit` (for lists worked on in memory). */
  async findSummaries(
    filter: RequestFilter,
    sort: RequestSort,
    limit: number,
  ): Promise<RequestSummaryRow[]> {
    const rows: RequestSummaryRow[] = [];
    for await (const chunk of this.summaryChunks(filter, sort, limit)) rows.push(...chunk);
    return rows;
  }

  /** Summary rows by id, in the order given. */
  private async findSummariesByIds(ids: number[]): Promise<RequestSummaryRow[]> {
    const columns = SUMMARY_COLUMNS.map((c) => `r.${c}`);
    const rows = await withPeople(this.dataSource, columns)
      .where('r.id IN (:...ids)', { ids })
      .getMany();
    return inOrder(ids, rows) as RequestSummaryRow[];
  }
}
