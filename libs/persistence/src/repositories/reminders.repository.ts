import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual, MoreThan } from 'typeorm';
import type { ClockEvent, Nation, Regime, RequestStatus } from '@app/domain';
import type { AuthorityEntity } from '../entities/authority.entity';
import { FoiRequestEntity } from '../entities/foi-request.entity';
import type { UserEntity } from '../entities/user.entity';
import { ReminderEntity, ReminderStatus } from '../entities/reminder.entity';
import { WriteLock } from '../write-lock';
import { Batcher } from './batcher';
import { claimPrefix, LeasedRows, RowClaim } from './leased-rows';

/** What a reminder's email is made of: the reminder, its request, authority and owner. */
export interface DeliverableReminder {
  reminder: Pick<ReminderEntity, 'id' | 'kind' | 'forDate'>;
  request: Pick<
    FoiRequestEntity,
    'id' | 'reference' | 'title' | 'regime' | 'receivedOn' | 'clockEvents' | 'status'
  > & {
    authority: Pick<AuthorityEntity, 'name' | 'nation'>;
    owner: Pick<UserEntity, 'email'>;
  };
}

/** A reminder as its claim reads it back: where the claim stands, and its email's makings. */
interface ClaimedRow extends DeliverableReminder {
  status: ReminderStatus;
  claimedBy: string | null;
  claimedUntil: Date | null;
}

/**
 * One query for a batch of claims, only the columns the email needs (never the letter's body):
 * the entity finder built three entities a reminder, which cost more than sending it.
 */
const CLAIMED_ROWS = `SELECT r.id, r.kind, r.for_date, r.status, r.claimed_by, r.claimed_until,
  q.id AS request_id, q.reference, q.title, q.regime, q.received_on, q.clock_events,
  q.status AS request_status, a.name AS authority_name, a.nation, u.email
  FROM reminders r JOIN requests q ON q.id = r.request_id
  JOIN authorities a ON a.id = q.authority_id JOIN users u ON u.id = q.owner_id
  WHERE r.id IN (:...ids)`;

/**
 * Ours to send (`tookOverFrom`: the lapsed claim we took over, if any); or not: `busyUntil` is
 * set while another worker's claim still holds.
 */
export type ClaimResult =
  | { claimed: DeliverableReminder; token: string; tookOverFrom: string | null }
  | { claimed: null; busyUntil: Date | null };

const OPEN: ReminderStatus[] = ['pending', 'queued'];

/** A failed reminder with what a person needs to act on it: which request, and why it failed. */
export interface FailedReminder {
  id: number;
  kind: string;
  fireAt: Date;
  attempts: number;
  lastError: string | null;
  request: { id: number; reference: string; title: string };
}

/** Not ours: `busyUntil` while another claim holds an open reminder (or it is ours twice). */
function notOurs(row: ClaimedRow | undefined, busy: boolean): ClaimResult {
  const open = row && OPEN.includes(row.status) && row.claimedUntil;
  const until = open ? row.claimedUntil : null;
  return { claimed: null, busyUntil: until ?? (busy ? new Date() : null) };
}

@Injectable()
export class RemindersRepository {
  private readonly leases: LeasedRows;
  /** One batcher a lease length (the worker uses one). */
  private readonly claims = new Map<number, Batcher<number, ClaimResult>>();
  private readonly records = new Batcher<RowClaim, void>(async (claims) => {
    await this.leases.markSent(claims, { last_error: null });
    return claims.map(() => undefined);
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lock: WriteLock,
  ) {
    this.leases = new LeasedRows(dataSource, lock, 'reminders', 'queued');
  }

  /** Pending or queued reminders due by `before`, in id order after `afterId`: one page. */
  findOpen(before: Date, limit: number, afterId = 0): Promise<ReminderEntity[]> {
    return this.dataSource.getRepository(ReminderEntity).find({
      where: {
        status: In(['pending', 'queued']),
        fireAt: LessThanOrEqual(before),
        id: MoreThan(afterId),
      },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  /** Pending reminders of one request (to enqueue after a change). */
  findPendingFor(requestId: number): Promise<ReminderEntity[]> {
    return this.dataSource
      .getRepository(ReminderEntity)
      .find({ where: { requestId, status: In(['pending', 'queued']) } });
  }

  /** On Bull now: `pending` (planned) becomes `queued`; rows already further along stay as they are. */
  async markQueued(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.lock.run(() =>
      this.dataSource
        .getRepository(ReminderEntity)
        .update({ id: In([...ids]), status: 'pending' }, { status: 'queued' }),
    );
  }

  /** Failed reminders, newest first, one page (1-based), with their request's reference and title. */
  async findFailed(
    page = 1,
    pageSize = 50,
  ): Promise<{ items: FailedReminder[]; total: number; page: number; pageSize: number }> {
    const [rows, total] = await this.dataSource.getRepository(ReminderEntity).findAndCount({
      where: { status: 'failed' },
      relations: { request: true },
      select: {
        id: true,
        kind: true,
        fireAt: true,
        attempts: true,
        lastError: true,
        request: { id: true, reference: true, title: true },
      },
      order: { fireAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const items = rows.map(({ id, kind, fireAt, attempts, lastError, request }) => ({
      id,
      kind,
      fireAt,
      attempts,
      lastError,
      request: { id: request!.id, reference: request!.reference, title: request!.title },
    }));
    return { items, total, page, pageSize };
  }

  /**
   * Claims an open reminder for `leaseMs` with a write of its own, committed at once: the mail is
   * then sent outside any transaction, so no writer waits on SMTP. The conditional UPDATE lets
   * one claimant through; a claim whose lease has lapsed (its worker died) may be taken over, and
   * `tookOverFrom` then names it, so the caller can ask the journal whether that one's mail went.
   * Claims made together (concurrent jobs) are written as one UPDATE and read back as one query.
   */
  claim(id: number, leaseMs: number): Promise<ClaimResult> {
    let batcher = this.claims.get(leaseMs);
    if (!batcher) {
      batcher = new Batcher((ids) => this.claimAll(ids, leaseMs));
      this.claims.set(leaseMs, batcher);
    }
    return batcher.push(id);
  }

  private async claimAll(ids: number[], leaseMs: number): Promise<ClaimResult[]> {
    const prefix = claimPrefix();
    const unique = [...new Set(ids)];
    await this.leases.take({
      where: 'id IN (:...ids) AND status IN (:...open)',
      parameters: { ids: unique, open: OPEN, queued: 'queued' },
      prefix,
      leaseMs,
      previous: null,
      set: ', status = :queued, attempts = attempts + 1',
    });
    const byId = new Map((await this.claimedRows(unique)).map((row) => [row.reminder.id, row]));
    const seen = new Set<number>();
    const results: ClaimResult[] = [];
    for (const id of ids) {
      const row = byId.get(id);
      // The same reminder twice in one batch: the first call has it, the second finds it busy.
      const again = seen.has(id);
      seen.add(id);
      if (row && !again) results.push(await this.ownOrTakeOver(row, prefix, leaseMs));
      else results.push(notOurs(row, again));
    }
    return results;
  }

  /** The rows as they are now, dates and JSON read as the entities read them. */
  private async claimedRows(ids: number[]): Promise<ClaimedRow[]> {
    const driver = this.dataSource.driver;
    const column = (entity: typeof ReminderEntity | typeof FoiRequestEntity, property: string) =>
      this.dataSource.getMetadata(entity).findColumnWithPropertyName(property)!;
    const claimedUntil = column(ReminderEntity, 'claimedUntil');
    const clockEvents = column(FoiRequestEntity, 'clockEvents');
    const [sql, values] = driver.escapeQueryWithParameters(CLAIMED_ROWS, { ids }, {});
    const rows: Record<string, unknown>[] = await this.dataSource.query(sql, values);
    return rows.map((row) => ({
      status: row.status as ReminderStatus,
      claimedBy: row.claimed_by as string | null,
      claimedUntil:
        row.claimed_until === null
          ? null
          : (driver.prepareHydratedValue(row.claimed_until, claimedUntil) as Date),
      reminder: {
        id: Number(row.id),
        kind: row.kind as ReminderEntity['kind'],
        forDate: row.for_date as string,
      },
      request: {
        id: Number(row.request_id),
        reference: row.reference as string,
        title: row.title as string,
        regime: row.regime as Regime,
        receivedOn: row.received_on as string | null,
        clockEvents: driver.prepareHydratedValue(row.clock_events, clockEvents) as ClockEvent[],
        status: row.request_status as RequestStatus,
        authority: { name: row.authority_name as string, nation: row.nation as Nation },
        owner: { email: row.email as string },
      },
    }));
  }

  /** Ours if the batch claimed it; a lapsed claim is taken over here, one row at a time (rare). */
  private async ownOrTakeOver(
    row: ClaimedRow,
    prefix: string,
    leaseMs: number,
  ): Promise<ClaimResult> {
    const id = row.reminder.id;
    const token = `${prefix}${id}`;
    const claimed = { reminder: row.reminder, request: row.request };
    if (row.claimedBy === token) return { claimed, token, tookOverFrom: null };
    const lapsed = row.claimedUntil !== null && row.claimedUntil.getTime() < Date.now();
    if (!OPEN.includes(row.status) || !row.claimedBy || !lapsed) return notOurs(row, false);
    const taken = await this.leases.take({
      where: 'id = :id AND status IN (:...open)',
      parameters: { id, open: OPEN, queued: 'queued' },
      prefix,
      leaseMs,
      previous: row.claimedBy,
      set: ', status = :queued, attempts = attempts + 1',
    });
    if (taken === 0) return notOurs(row, true);
    return { claimed, token, tookOverFrom: row.claimedBy };
  }

  /**
   * The last check before a message is released: still ours, and held for another `leaseMs`, so
   * nobody can take it over before its journal line is written. False when the claim was lost.
   */
  renewClaim(id: number, token: string, leaseMs: number): Promise<boolean> {
    return this.leases.renew({ id, token }, leaseMs);
  }

  /**
   * Records a claimed reminder as sent (after the server took it, or found in the journal).
   * Records made together are one UPDATE.
   */
  markSent(id: number, token: string): Promise<void> {
    return this.records.push({ id, token });
  }

  /**
   * An attempt that did not deliver: the claim is dropped and the error kept, and the row is open
   * again (`queued`: Bull retries it). `sent` covers a server that refused the message after
   * it had been recorded as sent.
   */
  async releaseClaim(id: number, token: string, error: string): Promise<void> {
    await this.leases.write(
      'UPDATE reminders SET status = :queued, sent_at = NULL, last_error = :error, ' +
        'claimed_by = NULL, claimed_until = NULL ' +
        'WHERE id = :id AND claimed_by = :token AND status IN (:...mine)',
      { queued: 'queued', error: error.slice(0, 1000), id, token, mine: ['queued', 'sent'] },
    );
  }

  /**
   * After Bull's attempt fails: the error is kept, and after the last attempt the reminder is
   * `failed`. The attempt itself was counted by its claim; a row someone holds now is left alone.
   */
  async recordFailure(id: number, error: string, final: boolean): Promise<void> {
    await this.lock.run(() =>
      this.dataSource
        .createQueryBuilder()
        .update(ReminderEntity)
        .set({ lastError: error.slice(0, 1000), ...(final ? { status: 'failed' as const } : {}) })
        .where('id = :id AND status IN (:...open)', { id, open: OPEN })
        .andWhere('(claimed_until IS NULL OR claimed_until < :now)', { now: new Date() })
        .execute(),
    );
  }
}
