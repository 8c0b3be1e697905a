import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FoiRequestEntity } from '../../entities/foi-request.entity';
import {
  filtered,
  inOrder,
  Page,
  RequestFilter,
  RequestListRow,
  RequestSort,
  sorted,
  withPeople,
} from './request-query';
import { RequestTransactions } from './request-transactions';

/**
 * Lists and counts are cached until this process writes a request, and for at most this long, so
 * writes by other processes (a second API, the worker) show within it.
 */
const CACHE_TTL_MS = 2000;

interface Cached<T> {
  generation: number;
  at: number;
  value: T;
}

/** The lists of requests (Outstanding, All requests, the API's list), their counts and campaigns. */
@Injectable()
export class RequestListRepository {
  private readonly counts = new Map<string, Cached<number>>();
  private readonly pages = new Map<string, Cached<Page<RequestListRow>>>();
  private readonly campaigns = new Map<string, Cached<string[]>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: RequestTransactions,
  ) {}

  /**
   * One page in two steps: the ids, sorted and cut in the index (no wide rows in the sort), then
   * those rows with their authority and owner. Sorting whole rows made a page of the 55,000
   * outstanding requests take 160 ms instead of a few.
   */
  async findPage(
    filter: RequestFilter,
    sort: RequestSort,
    page: number,
    pageSize: number,
  ): Promise<Page<RequestListRow>> {
    const key = JSON.stringify([filter, sort, page, pageSize]);
    const cached = this.fresh(this.pages.get(key));
    if (cached) return cached.value;
    const generation = this.writes.generation;
    const result = await this.readPage(filter, sort, page, pageSize);
    this.remember(this.pages, key, generation, result);
    return result;
  }

  private async readPage(
    filter: RequestFilter,
    sort: RequestSort,
    page: number,
    pageSize: number,
  ): Promise<Page<RequestListRow>> {
    const [ids, total] = await Promise.all([
      sorted(this.dataSource, filtered(this.dataSource, filter, false), sort, filter)
        .select('r.id', 'id')
        .offset((page - 1) * pageSize)
        .limit(pageSize)
        .getRawMany<{ id: number }>(),
      this.count(filter),
    ]);
    return { items: await this.findByIds(ids.map((row) => Number(row.id))), total };
  }

  /** List rows by id, in the order given; the page cache keeps these, so never the letters. */
  private async findByIds(ids: number[]): Promise<RequestListRow[]> {
    if (ids.length === 0) return [];
    const columns = this.dataSource
      .getMetadata(FoiRequestEntity)
      .columns.filter((c) => c.propertyName !== 'body')
      .map((c) => `r.${c.propertyName}`);
    const rows = await withPeople(this.dataSource, columns, ['owner.email'])
      .where('r.id IN (:...ids)', { ids })
      .getMany();
    return inOrder(ids, rows) as RequestListRow[];
  }

  /** Every campaign named on a request, for the dashboard's filter (from the index; cached). */
  async listCampaigns(): Promise<string[]> {
    const cached = this.fresh(this.campaigns.get('all'));
    if (cached) return cached.value;
    const generation = this.writes.generation;
    const rows = await this.dataSource
      .getRepository(FoiRequestEntity)
      .createQueryBuilder('r')
      .select('DISTINCT r.campaign', 'campaign')
      .where('r.campaign IS NOT NULL')
      .orderBy('r.campaign', 'ASC')
      .getRawMany<{ campaign: string }>();
    const names = rows.map((row) => row.campaign);
    this.remember(this.campaigns, 'all', generation, names);
    return names;
  }

  /** How many requests match: the dashboard's counters (cached, see `count`). */
  countMatching(filter: RequestFilter): Promise<number> {
    return this.count(filter);
  }

  /**
   * Counting tens of thousands of index entries on every page view would queue behind SQLite's one
   * connection, so counts are cached like pages (CACHE_TTL_MS).
   */
  private async count(filter: RequestFilter): Promise<number> {
    const key = JSON.stringify(filter);
    const cached = this.fresh(this.counts.get(key));
    if (cached) return cached.value;
    const generation = this.writes.generation;
    const total = await filtered(this.dataSource, filter, false).getCount();
    this.remember(this.counts, key, generation, total);
    return total;
  }

  private fresh<T>(entry: Cached<T> | undefined): Cached<T> | undefined {
    const live =
      entry && entry.generation === this.writes.generation && Date.now() - entry.at < CACHE_TTL_MS;
    return live ? entry : undefined;
  }

  private remember<T>(
    cache: Map<string, Cached<T>>,
    key: string,
    generation: number,
    value: T,
  ): void {
    if (cache.size > 500) cache.clear();
    cache.set(key, { generation, at: Date.now(), value });
  }
}
