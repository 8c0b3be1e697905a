import { Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget, In, ObjectLiteral, Repository } from 'typeorm';
import type { NextState, RequestFacts, RequestRowChange, StoredMessage } from '@app/domain';
import { FoiRequestEntity } from '../../entities/foi-request.entity';
import { MessageEntity } from '../../entities/message.entity';
import { ReferenceCounterEntity } from '../../entities/reference-counter.entity';
import { ReminderEntity, ReminderStatus } from '../../entities/reminder.entity';
import { RequestEventEntity } from '../../entities/request-event.entity';
import { RequestTransactions } from './request-transactions';

/** A write lost a race with another (the row's version moved on); the caller retries or refuses. */
export class StaleRequestError extends Error {}

/** A change was asked for a request that does not exist. */
export class MissingRequestError extends Error {}

/** What one change wrote, for the caller to act on once it is committed. */
export interface SavedChange {
  /** The id of the message the change added, if it added one. */
  messageId: number | null;
  /** The request's version after the change. */
  version: number;
  /** The request's reminders still to go out (pending or queued), for the queue. */
  openReminders: OpenReminder[];
}

/** Whom a change is by, and the version of the request it was made from (a form's), if any. */
export interface ChangeBy {
  actorId: number;
  seenVersion?: number;
}

/** Decides a change from the request and its history as they are inside the transaction. */
export type DecideChange = (request: RequestFacts, history: readonly StoredMessage[]) => NextState;

/** A new request's columns, but those the table fills in. */
export type NewRequest = Omit<
  FoiRequestEntity,
  'id' | 'authority' | 'owner' | 'messages' | 'createdAt' | 'updatedAt' | 'version'
>;

/** An audit event of a request, before it is written. */
export type RequestEventRow = Pick<RequestEventEntity, 'type' | 'at' | 'before' | 'after'>;

/**
 * The one way requests are written: a new request, or one change to a request (a send, a
 * message logged, corrected or removed, a send undone, a withdrawal). Each is one transaction
 * that reads what the decision needs, calls it, and writes everything it decided: the row (only
 * if nobody changed it meanwhile), the message, the reminder rows and the audit event.
 */
@Injectable()
export class RequestChangesRepository {
  constructor(private readonly writes: RequestTransactions) {}

  /**
   * A new request with the next reference: `make` builds the row and its event from the
   * reference (a letter names it), inside the transaction, so a refused row uses up no number.
   */
  async create(
    year: number,
    actorId: number,
    make: (reference: string) => { row: NewRequest; event: RequestEventRow },
  ): Promise<{ request: FoiRequestEntity; event: RequestEventEntity }> {
    return this.writes.run(async (manager) => {
      const { row, event } = make(await nextReference(manager, year));
      const request = await insertRequest(manager, row);
      const saved = await addEvent(manager, { ...event, requestId: request.id, actorId });
      return { request, event: saved };
    });
  }

  /**
   * One change to request `id`, decided by `decide` on the request and its history as read in
   * the transaction. SQLite takes the write lock before reading (BEGIN IMMEDIATE); PostgreSQL
   * refuses the row's update if another change committed since the read. Either way two
   * clicks cannot both succeed: the second gets a StaleRequestError, and nothing is written.
   */
  async save(id: number, by: ChangeBy, decide: DecideChange): Promise<SavedChange> {
    return this.writes.run(async (manager) => {
      const request = await readForChange(manager, id, by.seenVersion);
      const history = await manager
        .getRepository(MessageEntity)
        .find({ where: { requestId: id }, order: { id: 'ASC' } });
      const next = decide(factsOf(request), history);
      await updateIfUnchanged(manager, id, request.version, next.row);
      const messageId = await writeMessage(manager, id, by.actorId, next);
      const openReminders = await replaceReminders(manager, id, next.reminders);
      await addEvent(manager, { ...next.event, requestId: id, actorId: by.actorId });
      return { messageId, version: request.version + 1, openReminders };
    });
  }
}

/** The request with its authority; refused if missing, or changed since the version seen. */
async function readForChange(
  manager: EntityManager,
  id: number,
  seenVersion: number | undefined,
): Promise<FoiRequestEntity> {
  const request = await manager
    .getRepository(FoiRequestEntity)
    .findOne({ where: { id }, relations: { authority: true } });
  if (!request) throw new MissingRequestError(`request ${id} does not exist`);
  if (seenVersion !== undefined && request.version !== seenVersion)
    throw new StaleRequestError(`request ${id} changed since version ${seenVersion}`);
  return request;
}

function factsOf(request: FoiRequestEntity): RequestFacts {
  if (!request.authority) throw new Error(`request ${request.id} was read without its authority`);
  return { ...request, authority: request.authority };
}

/**
 * The next FOI-YYYY-NNNN, allocated inside the caller's transaction. The year's counter row is
 * made if missing with an insert that does nothing when another transaction made it first (a
 * failed insert would abort the whole transaction on PostgreSQL); the bump then waits for that
 * transaction and counts on from its number.
 */
async function nextReference(manager: EntityManager, year: number): Promise<string> {
  const counters = manager.getRepository(ReferenceCounterEntity);
  await counters.createQueryBuilder().insert().values({ year, lastNumber: 0 }).orIgnore().execute();
  await counters
    .createQueryBuilder()
    .update()
    .set({ lastNumber: () => 'last_number + 1' })
    .where('year = :year', { year })
    .execute();
  const row = await counters.findOneByOrFail({ year });
  return `FOI-${year}-${String(row.lastNumber).padStart(4, '0')}`;
}

async function insertRequest(
  manager: EntityManager,
  fields: NewRequest,
): Promise<FoiRequestEntity> {
  const now = new Date();
  const row = manager
    .getRepository(FoiRequestEntity)
    .create({ ...fields, createdAt: now, updatedAt: now, version: 1 });
  return {
    ...row,
    id: await insertReturningId(manager, FoiRequestEntity, row),
  } as FoiRequestEntity;
}

/**
 * Writes the row only if nobody else changed the request since `version` was read, so two
 * clicks on "send" cannot both succeed.
 */
async function updateIfUnchanged(
  manager: EntityManager,
  id: number,
  version: number,
  changes: RequestRowChange,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(FoiRequestEntity)
    .set({ ...changes, version: version + 1, updatedAt: new Date() })
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if ((result.affected ?? 0) === 0) throw new StaleRequestError(`request ${id} changed meanwhile`);
}

/** The change's message: removed, corrected or added; the added one's id. */
async function writeMessage(
  manager: EntityManager,
  requestId: number,
  actorId: number,
  next: NextState,
): Promise<number | null> {
  const messages = manager.getRepository(MessageEntity);
  if (next.removeMessageId !== undefined) await messages.delete(next.removeMessageId);
  if (next.correctMessage) {
    const { id, fields } = next.correctMessage;
    await messages.update({ id, requestId }, fields);
  }
  if (!next.addMessage) return null;
  const added = messages.create({ ...next.addMessage, requestId, createdById: actorId });
  return (await messages.save(added)).id;
}

async function addEvent(
  manager: EntityManager,
  event: Omit<RequestEventEntity, 'id' | 'actor'>,
): Promise<RequestEventEntity> {
  const row = manager.getRepository(RequestEventEntity).create(event);
  return { ...row, id: await insertReturningId(manager, RequestEventEntity, row) };
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

/** A reminder of a fresh plan, as its row is written. */
export type PlannedReminderRow = Pick<ReminderEntity, 'kind' | 'key' | 'forDate' | 'fireAt'> & {
  status: 'pending' | 'skipped';
};

/** A reminder row still to go out: what the queue needs of it. */
export interface OpenReminder {
  id: number;
  fireAt: Date;
}

const isOpen = (status: ReminderStatus) => status === 'pending' || status === 'queued';

/**
 * Makes the request's reminder rows match a fresh plan (inside the caller's transaction): pending
 * or queued rows the plan no longer has are cancelled; new ones are added; rows already sent,
 * failed or skipped stay as they are. Returns the rows left open (pending or queued), so the
 * caller puts them on the queue without reading them again.
 */
export async function replaceReminders(
  manager: EntityManager,
  requestId: number,
  plan: readonly PlannedReminderRow[],
): Promise<OpenReminder[]> {
  const repository = manager.getRepository(ReminderEntity);
  const existing = await repository.find({ where: { requestId } });
  const wanted = new Set(plan.map((p) => p.key));
  const stale = existing.filter((r) => isOpen(r.status) && !wanted.has(r.key)).map((r) => r.id);
  if (stale.length > 0) await repository.update({ id: In(stale) }, { status: 'cancelled' });
  const byKey = new Map(existing.map((r) => [r.key, r]));
  const open: OpenReminder[] = [];
  for (const planned of plan) {
    const row = await writePlanned(repository, requestId, planned, byKey.get(planned.key));
    if (row) open.push(row);
  }
  return open;
}

/** One planned reminder written over its row (if it has one); the row, if it is left open. */
async function writePlanned(
  repository: Repository<ReminderEntity>,
  requestId: number,
  planned: PlannedReminderRow,
  row: ReminderEntity | undefined,
): Promise<OpenReminder | null> {
  const { fireAt } = planned;
  if (!row) {
    const { identifiers } = await repository.insert({
      requestId,
      kind: planned.kind,
      key: planned.key,
      forDate: planned.forDate,
      fireAt,
      status: planned.status,
      attempts: 0,
      lastError: null,
      sentAt: null,
    });
    return planned.status === 'pending' ? { id: Number(identifiers[0].id), fireAt } : null;
  }
  if (isOpen(row.status)) {
    if (row.fireAt.getTime() !== fireAt.getTime())
      await repository.update({ id: row.id }, { fireAt });
    return { id: row.id, fireAt };
  }
  if (row.status === 'cancelled' && planned.status === 'pending') {
    // The clock came back to an earlier date (a message logged late was corrected).
    await repository.update({ id: row.id }, { status: 'pending', fireAt });
    return { id: row.id, fireAt };
  }
  return null;
}
