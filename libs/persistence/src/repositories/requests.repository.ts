import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Brackets,
  DataSource,
  EntityManager,
  EntityTarget,
  In,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import type { RequestStatus } from '@app/domain';
import type { AuthorityEntity } from '../entities/authority.entity';
import { FoiRequestEntity, NO_DUE_DATE } from '../entities/foi-request.entity';
import { MessageEntity } from '../entities/message.entity';
import { ReferenceCounterEntity } from '../entities/reference-counter.entity';
import { RequestEventEntity } from '../entities/request-event.entity';
import { ReminderEntity } from '../entities/reminder.entity';
import type { UserEntity } from '../entities/user.entity';
import { WriteLock } from '../write-lock';

export interface RequestFilter {
  statuses?: readonly RequestStatus[];
  authorityId?: number;
  ownerId?: number;
  campaign?: string;
  /**
   * Contains this, any case: our reference, the title, the authority's name, or a reference the
   * authority gave (on a message).
   */
  q?: string;
  /** Inclusive bounds on the running clock's due date (YYYY-MM-DD). */
  dueFrom?: string;
  dueTo?: string;
  /** Long stop strictly before / on or after this date. */
  longStopBefore?: string;
  longStopFromOrNone?: string;
}

export type RequestSort =
  'dueDate' | '-dueDate' | 'createdAt' | '-createdAt' | 'reference' | '-reference';

/** The request columns exports and action lists show (or work the deadline from): no letter. */
const SUMMARY_COLUMNS = [
  'id',
  'reference',
  'title',
  'regime',
  'status',
  'outcome',
  'exemptions',
  'campaign',
  'sentAt',
  'receivedOn',
  'clock',
  'dueDate',
  'longStopDate',
] as const;

/** A request as exports and the Action needed page read it: a row of a few hundred bytes. */
export type RequestSummaryRow = Pick<FoiRequestEntity, (typeof SUMMARY_COLUMNS)[number]> & {
  authority: Pick<AuthorityEntity, 'id' | 'name' | 'nation'>;
  owner: Pick<UserEntity, 'id' | 'name'>;
};

/** What the stored dates follow from, with the dates as stored and the version they were read at. */
export type StoredDatesRow = Pick<
  FoiRequestEntity,
  'id' | 'version' | 'status' | 'regime' | 'receivedOn' | 'clock' | 'dueDate' | 'longStopDate'
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

/** A request as lists show it: every column but the letter's body (up to 100 KB). */
export type RequestListRow = Omit<FoiRequestEntity, 'body' | 'messages' | 'authority' | 'owner'> & {
  authority: Pick<AuthorityEntity, 'id' | 'name' | 'nation'>;
  owner: Pick<UserEntity, 'id' | 'name' | 'email'>;
};

/** Exports read their rows this many at a time, so memory stays flat however many there are. */
export const EXPORT_CHUNK = 500;

export interface Page<T> {
  items: T[];
  total: number;
}

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

/**
 * INSERT and return the new id, without TypeORM's read-back of defaulted columns (a second
 * statement per row on SQLite, which has no RETURNING in TypeORM): the caller supplies them all.
 */
async function insertReturningId<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  row: T,
): Promise<number> {
  const query = manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(row as never)
    .updateEntity(false);
  if (manager.connection.options.type === 'postgres') query.returning('id');
  const { raw } = await query.execute();
  return Number(Array.isArray(raw) ? (raw[0] as { id: number }).id : raw);
}

export type PlannedReminderRow = Pick<ReminderEntity, 'kind' | 'key' | 'forDate' | 'fireAt'> & {
  status: 'pending' | 'skipped';
};

/** The facts of a logged message that can be corrected. */
export type MessageCorrection = Partial<
  Pick<
    MessageEntity,
    | 'direction'
    | 'kind'
    | 'occurredAt'
    | 'outcome'
    | 'exemptions'
    | 'extendedTo'
    | 'authorityReference'
  >
>;

/** A write lost a race with another (the row's version moved on); the caller retries or refuses. */
export class StaleRequestError extends Error {}

@Injectable()
export class RequestsRepository {
  /** Bumped on every committed write, so cached counts are never older than this process's writes. */
  private generation = 0;
  private readonly counts = new Map<string, Cached<number>>();
  private readonly pages = new Map<string, Cached<Page<RequestListRow>>>();
  private readonly campaigns = new Map<string, Cached<string[]>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lock: WriteLock,
  ) {}

  /** Runs `work` in one transaction: nothing is half-written. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.lock.run(() => this.dataSource.transaction(work));
    this.generation++;
    return result;
  }

  /**
   * The next FOI-YYYY-NNNN, allocated inside the caller's transaction. The year's counter row is
   * made if missing with an insert that does nothing when another transaction made it first (a
   * failed insert would abort the whole transaction on PostgreSQL); the bump then waits for that
   * transaction and counts on from its number.
   */
  async nextReference(manager: EntityManager, year: number): Promise<string> {
    const counters = manager.getRepository(ReferenceCounterEntity);
    await counters
      .createQueryBuilder()
      .insert()
      .values({ year, lastNumber: 0 })
      .orIgnore()
      .execute();
    await counters
      .createQueryBuilder()
      .update()
      .set({ lastNumber: () => 'last_number + 1' })
      .where('year = :year', { year })
      .execute();
    const row = await counters.findOneByOrFail({ year });
    return `FOI-${year}-${String(row.lastNumber).padStart(4, '0')}`;
  }

  async insert(
    manager: EntityManager,
    request: Partial<FoiRequestEntity>,
  ): Promise<FoiRequestEntity> {
    const now = new Date();
    const row = manager
      .getRepository(FoiRequestEntity)
      .create({ ...request, createdAt: now, updatedAt: now, version: 1 });
    return {
      ...row,
      id: await insertReturningId(manager, FoiRequestEntity, row),
    } as FoiRequestEntity;
  }

  /** The draft a dashboard form made, if that form was sent before. */
  findIdByFormToken(formToken: string): Promise<number | null> {
    return this.dataSource
      .getRepository(FoiRequestEntity)
      .findOne({ where: { formToken }, select: { id: true } })
      .then((row) => row?.id ?? null);
  }

  findById(
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FoiRequestEntity | null> {
    return manager
      .getRepository(FoiRequestEntity)
      .findOne({ where: { id }, relations: { authority: true, owner: true } });
  }

  /**
   * Makes the request's reminder rows match a fresh plan: pending or queued rows the plan no longer
   * has are cancelled; new ones are added; rows already sent, failed or skipped stay as they are.
   */
  async replaceReminders(
    manager: EntityManager,
    requestId: number,
    plan: readonly PlannedReminderRow[],
  ): Promise<void> {
    const repository = manager.getRepository(ReminderEntity);
    const existing = await repository.find({ where: { requestId } });
    const byKey = new Map(existing.map((r) => [r.key, r]));
    const wanted = new Set(plan.map((p) => p.key));
    const stale = existing
      .filter((r) => (r.status === 'pending' || r.status === 'queued') && !wanted.has(r.key))
      .map((r) => r.id);
    if (stale.length > 0) await repository.update({ id: In(stale) }, { status: 'cancelled' });
    for (const p of plan) {
      const row = byKey.get(p.key);
      if (!row) {
        await repository.insert({
          requestId,
          kind: p.kind,
          key: p.key,
          forDate: p.forDate,
          fireAt: p.fireAt,
          status: p.status,
          attempts: 0,
          lastError: null,
          sentAt: null,
        });
      } else if (
        (row.status === 'pending' || row.status === 'queued') &&
        row.fireAt.getTime() !== p.fireAt.getTime()
      ) {
        await repository.update({ id: row.id }, { fireAt: p.fireAt });
      } else if (row.status === 'cancelled' && p.status === 'pending') {
        // The clock came back to an earlier date (a message logged late was corrected).
        await repository.update({ id: row.id }, { status: 'pending', fireAt: p.fireAt });
      }
    }
  }

  findReminders(requestId: number): Promise<ReminderEntity[]> {
    return this.dataSource
      .getRepository(ReminderEntity)
      .find({ where: { requestId }, order: { fireAt: 'ASC', id: 'ASC' } });
  }

  /** The request with everything a person reads on its page. */
  async findWithHistory(id: number): Promise<{
    request: FoiRequestEntity;
    messages: MessageEntity[];
    events: RequestEventEntity[];
  } | null> {
    const request = await this.findById(id);
    if (!request) return null;
    const [messages, events] = await Promise.all([
      this.findMessages(id),
      this.dataSource
        .getRepository(RequestEventEntity)
        .find({ where: { requestId: id }, relations: { actor: true }, order: { id: 'ASC' } }),
    ]);
    return { request, messages, events };
  }

  findMessages(
    requestId: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MessageEntity[]> {
    return manager
      .getRepository(MessageEntity)
      .find({ where: { requestId }, order: { id: 'ASC' } });
  }

  /**
   * Writes `changes` only if nobody else changed the request since `version` was read, so two
   * clicks on "send" cannot both succeed.
   */
  async updateIfUnchanged(
    manager: EntityManager,
    id: number,
    version: number,
    changes: Partial<FoiRequestEntity>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(FoiRequestEntity)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if ((result.affected ?? 0) === 0)
      throw new StaleRequestError(`request ${id} changed meanwhile`);
  }

  async addMessage(
    manager: EntityManager,
    message: Partial<MessageEntity>,
  ): Promise<MessageEntity> {
    const repository = manager.getRepository(MessageEntity);
    return repository.save(repository.create(message));
  }

  /** Writes a correction to one of the request's messages (inside the caller's transaction). */
  async correctMessage(
    manager: EntityManager,
    requestId: number,
    messageId: number,
    fields: MessageCorrection,
  ): Promise<void> {
    await manager.getRepository(MessageEntity).update({ id: messageId, requestId }, fields);
  }

  async addEvent(
    manager: EntityManager,
    event: Omit<RequestEventEntity, 'id' | 'actor'>,
  ): Promise<RequestEventEntity> {
    const row = manager.getRepository(RequestEventEntity).create(event);
    return {
      ...row,
      id: await insertReturningId(manager, RequestEventEntity, row),
    } as RequestEventEntity;
  }

  private filtered(
    filter: RequestFilter,
    withRelations = true,
  ): SelectQueryBuilder<FoiRequestEntity> {
    const query = this.dataSource.getRepository(FoiRequestEntity).createQueryBuilder('r');
    if (withRelations)
      query.leftJoinAndSelect('r.authority', 'authority').leftJoinAndSelect('r.owner', 'owner');
    if (filter.statuses)
      query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.authorityId !== undefined)
      query.andWhere('r.authority_id = :authorityId', { authorityId: filter.authorityId });
    if (filter.ownerId !== undefined)
      query.andWhere('r.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.campaign !== undefined)
      query.andWhere('r.campaign = :campaign', { campaign: filter.campaign });
    if (filter.dueFrom !== undefined)
      query.andWhere('r.due_date >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueTo !== undefined) query.andWhere('r.due_date <= :dueTo', { dueTo: filter.dueTo });
    if (filter.longStopBefore !== undefined)
      query.andWhere('r.long_stop_date < :lsb', { lsb: filter.longStopBefore });
    if (filter.longStopFromOrNone !== undefined) {
      query.andWhere(
        new Brackets((b) =>
          b
            .where('r.long_stop_date IS NULL')
            .orWhere('r.long_stop_date >= :lsf', { lsf: filter.longStopFromOrNone }),
        ),
      );
    }
    if (filter.q) {
      // SQLite's LIKE already ignores ASCII case, and LOWER() on every row doubled a search's
      // time over 100,000 requests; PostgreSQL says so with ILIKE.
      const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const op = this.dataSource.options.type === 'postgres' ? 'ILIKE' : 'LIKE';
      query.andWhere(
        new Brackets((b) =>
          b
            .where(`r.reference ${op} :like ESCAPE '\\'`, { like })
            .orWhere(`r.title ${op} :like ESCAPE '\\'`, { like })
            // Authorities are few: the matching ones are found once, not per request.
            .orWhere(
              `r.authority_id IN (SELECT a.id FROM authorities a WHERE a.name ${op} :like ESCAPE '\\')`,
              { like },
            )
            // Read from the partial index of the authority's references (FindingRequests).
            .orWhere(
              `r.id IN (SELECT m.request_id FROM messages m WHERE m.authority_reference IS NOT NULL AND m.authority_reference ${op} :like ESCAPE '\\')`,
              { like },
            ),
        ),
      );
    }
    return query;
  }

  private sorted(
    query: SelectQueryBuilder<FoiRequestEntity>,
    sort: RequestSort,
    filter: RequestFilter = {},
  ): SelectQueryBuilder<FoiRequestEntity> {
    const descending = sort.startsWith('-');
    const column = { dueDate: 'r.due_date', createdAt: 'r.id', reference: 'r.reference' }[
      sort.replace('-', '') as 'dueDate'
    ];
    if (column === 'r.due_date' && descending) {
      // No running clock is stored as NO_DUE_DATE (see the entity), which ascending order already
      // puts last; keep those last when descending too.
      query
        .orderBy(`CASE WHEN r.due_date = '${NO_DUE_DATE}' THEN 1 ELSE 0 END`, 'ASC')
        .addOrderBy('r.due_date', 'DESC');
    } else if (
      column === 'r.due_date' &&
      (filter.longStopFromOrNone !== undefined || filter.q) &&
      this.dataSource.options.type !== 'postgres'
    ) {
      // Ordered by the plain column, SQLite walks the due-date index through every row and
      // reads each from the table to test it: 70 ms a page for "overdue" (a few hundred rows
      // among 100,000 mostly long overdue), 150 ms for a search. `+` hides that index from the
      // ORDER BY, so SQLite finds the rows first (by long stop, or in one pass over the table)
      // and sorts only those.
      query.orderBy('+r.due_date', 'ASC');
    } else {
      query.orderBy(column, descending ? 'DESC' : 'ASC');
    }
    return query.addOrderBy('r.id', 'ASC');
  }

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
    const generation = this.generation;
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
      this.sorted(this.filtered(filter, false), sort, filter)
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
    return this.inOrder(
      ids,
      await this.withPeople(columns, ['owner.email']).where('r.id IN (:...ids)', { ids }).getMany(),
    ) as RequestListRow[];
  }

  /** Summary rows by id, in the order given. */
  private async findSummariesByIds(ids: number[]): Promise<RequestSummaryRow[]> {
    const columns = SUMMARY_COLUMNS.map((c) => `r.${c}`);
    return this.inOrder(
      ids,
      await this.withPeople(columns).where('r.id IN (:...ids)', { ids }).getMany(),
    ) as RequestSummaryRow[];
  }

  /** A query for just `columns` of a request, with its authority's and owner's names. */
  private withPeople(columns: string[], more: string[] = []): SelectQueryBuilder<FoiRequestEntity> {
    return this.dataSource
      .getRepository(FoiRequestEntity)
      .createQueryBuilder('r')
      .leftJoin('r.authority', 'authority')
      .leftJoin('r.owner', 'owner')
      .select([
        ...columns,
        'authority.id',
        'authority.name',
        'authority.nation',
        'owner.id',
        'owner.name',
        ...more,
      ]);
  }

  private inOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)).filter((row): row is T => row !== undefined);
  }

  /** Every campaign named on a request, for the dashboard's filter (from the index; cached). */
  async listCampaigns(): Promise<string[]> {
    const cached = this.fresh(this.campaigns.get('all'));
    if (cached) return cached.value;
    const generation = this.generation;
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
    const generation = this.generation;
    const total = await this.filtered(filter, false).getCount();
    this.remember(this.counts, key, generation, total);
    return total;
  }

  private fresh<T>(entry: Cached<T> | undefined): Cached<T> | undefined {
    const live =
      entry && entry.generation === this.generation && Date.now() - entry.at < CACHE_TTL_MS;
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

  /**
   * What the statistics need of every sent request: its clock (for the due date and day count)
   * and its first response's outcome and exemptions. Only those columns, so 100,000 requests
   * read without their letters.
   */
  async findAnsweredFacts(): Promise<
    {
      request: Pick<FoiRequestEntity, 'id' | 'authorityId' | 'regime' | 'receivedOn' | 'clock'>;
      response: Pick<MessageEntity, 'outcome' | 'exemptions'> | null;
    }[]
  > {
    const [requests, responses] = await Promise.all([
      this.dataSource
        .getRepository(FoiRequestEntity)
        .createQueryBuilder('r')
        .select(['r.id', 'r.authorityId', 'r.regime', 'r.receivedOn', 'r.clock'])
        .where('r.received_on IS NOT NULL')
        .getMany(),
      this.dataSource
        .getRepository(MessageEntity)
        .createQueryBuilder('m')
        .select(['m.id', 'm.requestId', 'm.outcome', 'm.exemptions', 'm.occurredAt'])
        .where("m.kind = 'response'")
        .orderBy('m.occurred_at', 'ASC')
        .getMany(),
    ]);
    const first = new Map<number, MessageEntity>();
    for (const m of responses) if (!first.has(m.requestId)) first.set(m.requestId, m);
    return requests.map((request) => ({ request, response: first.get(request.id) ?? null }));
  }

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
    const ids = await this.sorted(this.filtered(filter, false), sort, filter)
      .select('r.id', 'id')
      .limit(limit)
      .getRawMany<{ id: number }>();
    for (let start = 0; start < ids.length; start += EXPORT_CHUNK)
      yield this.findSummariesByIds(
        ids.slice(start, start + EXPORT_CHUNK).map((row) => Number(row.id)),
      );
  }

  /**
   * Every request with a clock or stage to date (not a draft, closed or withdrawn), `EXPORT_CHUNK`
   * rows at a time in id order, with only what its stored dates follow from. Each chunk is its
   * own read (by id, after the last one's), so no transaction or lock spans the chunks.
   */
  async *storedDatesChunks(): AsyncGenerator<StoredDatesRow[]> {
    let after = 0;
    for (;;) {
      const rows = (await this.dataSource
        .getRepository(FoiRequestEntity)
        .createQueryBuilder('r')
        .leftJoin('r.authority', 'authority')
        .select([
          'r.id',
          'r.version',
          'r.status',
          'r.regime',
          'r.receivedOn',
          'r.clock',
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
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < EXPORT_CHUNK) return;
      after = rows[rows.length - 1].id;
    }
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
      written += await this.transaction(async (manager) => {
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
}
