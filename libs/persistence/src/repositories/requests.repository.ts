import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { RequestStatus } from '@app/domain';
import { FoiRequestEntity } from '../entities/foi-request.entity';
import { MessageEntity } from '../entities/message.entity';
import { ReferenceCounterEntity } from '../entities/reference-counter.entity';
import { RequestEventEntity } from '../entities/request-event.entity';

export interface RequestFilter {
  statuses?: readonly RequestStatus[];
  authorityId?: number;
  ownerId?: number;
  campaign?: string;
  /** Reference or title contains this (case-insensitive). */
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

export interface Page<T> {
  items: T[];
  total: number;
}

/** A write lost a race with another (the row's version moved on); the caller retries or refuses. */
export class StaleRequestError extends Error {}

@Injectable()
export class RequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction: nothing is half-written. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The next FOI-YYYY-NNNN, allocated inside the caller's transaction. */
  async nextReference(manager: EntityManager, year: number): Promise<string> {
    const counters = manager.getRepository(ReferenceCounterEntity);
    for (let attempt = 0; attempt < 5; attempt++) {
      const bumped = await counters
        .createQueryBuilder()
        .update()
        .set({ lastNumber: () => 'last_number + 1' })
        .where('year = :year', { year })
        .execute();
      if ((bumped.affected ?? 0) > 0) {
        const row = await counters.findOneByOrFail({ year });
        return `FOI-${year}-${String(row.lastNumber).padStart(4, '0')}`;
      }
      try {
        await counters.insert({ year, lastNumber: 1 });
        return `FOI-${year}-0001`;
      } catch {
        // Another transaction created the year's row first; bump it instead.
      }
    }
    throw new Error(`could not allocate a reference for ${year}`);
  }

  async insert(
    manager: EntityManager,
    request: Partial<FoiRequestEntity>,
  ): Promise<FoiRequestEntity> {
    return manager
      .getRepository(FoiRequestEntity)
      .save(manager.getRepository(FoiRequestEntity).create(request));
  }

  findById(
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FoiRequestEntity | null> {
    return manager
      .getRepository(FoiRequestEntity)
      .findOne({ where: { id }, relations: { authority: true, owner: true } });
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

  async addEvent(
    manager: EntityManager,
    event: Omit<RequestEventEntity, 'id' | 'actor'>,
  ): Promise<void> {
    const repository = manager.getRepository(RequestEventEntity);
    await repository.save(repository.create(event));
  }

  private filtered(filter: RequestFilter): SelectQueryBuilder<FoiRequestEntity> {
    const query = this.dataSource
      .getRepository(FoiRequestEntity)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.authority', 'authority')
      .leftJoinAndSelect('r.owner', 'owner');
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
      const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((b) =>
          b
            .where("LOWER(r.reference) LIKE :like ESCAPE '\\'", { like })
            .orWhere("LOWER(r.title) LIKE :like ESCAPE '\\'", { like }),
        ),
      );
    }
    return query;
  }

  private sorted(
    query: SelectQueryBuilder<FoiRequestEntity>,
    sort: RequestSort,
  ): SelectQueryBuilder<FoiRequestEntity> {
    const descending = sort.startsWith('-');
    const column = { dueDate: 'r.due_date', createdAt: 'r.id', reference: 'r.reference' }[
      sort.replace('-', '') as 'dueDate'
    ];
    if (column === 'r.due_date') {
      // Requests with no running clock sort last either way.
      query
        .orderBy('CASE WHEN r.due_date IS NULL THEN 1 ELSE 0 END', 'ASC')
        .addOrderBy('r.due_date', descending ? 'DESC' : 'ASC');
    } else {
      query.orderBy(column, descending ? 'DESC' : 'ASC');
    }
    return query.addOrderBy('r.id', 'ASC');
  }

  async findPage(
    filter: RequestFilter,
    sort: RequestSort,
    page: number,
    pageSize: number,
  ): Promise<Page<FoiRequestEntity>> {
    const [items, total] = await Promise.all([
      this.sorted(this.filtered(filter), sort)
        .offset((page - 1) * pageSize)
        .limit(pageSize)
        .getMany(),
      this.filtered(filter).getCount(),
    ]);
    return { items, total };
  }

  /** For exports: every match, in order, up to `limit`. */
  findAll(filter: RequestFilter, sort: RequestSort, limit: number): Promise<FoiRequestEntity[]> {
    return this.sorted(this.filtered(filter), sort).limit(limit).getMany();
  }
}
