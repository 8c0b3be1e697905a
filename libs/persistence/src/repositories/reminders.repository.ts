import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual, MoreThan } from 'typeorm';
import type { FoiRequestEntity } from '../entities/foi-request.entity';
import { ReminderEntity, ReminderStatus } from '../entities/reminder.entity';
import { WriteLock } from '../write-lock';

export interface DeliverableReminder {
  reminder: ReminderEntity;
  request: FoiRequestEntity;
}

/**
 * Ours to send (`tookOverFrom`: the lapsed claim we took over, if any); or not: `busyUntil` is
 * set while another worker's claim still holds.
 */
export type ClaimResult =
  | { claimed: DeliverableReminder; tookOverFrom: string | null }
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

@Injectable()
export class RemindersRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lock: WriteLock,
  ) {}

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
   */
  async claim(id: number, token: string, leaseMs: number): Promise<ClaimResult> {
    const now = new Date();
    const repository = this.dataSource.getRepository(ReminderEntity);
    const { affected, previous } = await this.lock.run(async () => {
      const row = await repository.findOne({
        where: { id },
        select: { id: true, claimedBy: true },
      });
      const update = this.dataSource
        .createQueryBuilder()
        .update(ReminderEntity)
        .set({
          status: 'queued',
          claimedBy: token,
          claimedUntil: new Date(now.getTime() + leaseMs),
          attempts: () => 'attempts + 1',
        })
        .where('id = :id AND status IN (:...open)', { id, open: OPEN })
        .andWhere('(claimed_until IS NULL OR claimed_until < :now)', { now });
      // Only from the claim just read: a takeover is always of a known claimant.
      if (row?.claimedBy) update.andWhere('claimed_by = :previous', { previous: row.claimedBy });
      else update.andWhere('claimed_by IS NULL');
      const result = await update.execute();
      return { affected: result.affected ?? 0, previous: row?.claimedBy ?? null };
    });
    const reminder = await repository.findOne({
      where: { id },
      relations: affected ? { request: { authority: true, owner: true } } : {},
    });
    if (affected && reminder)
      return { claimed: { reminder, request: reminder.request! }, tookOverFrom: previous };
    const busy = reminder?.claimedUntil && OPEN.includes(reminder.status) ? reminder : null;
    return { claimed: null, busyUntil: busy?.claimedUntil ?? null };
  }

  /**
   * The last check before a message is released: still ours, and held for another `leaseMs`, so
   * nobody can take it over before its journal line is written. False when the claim was lost.
   */
  async renewClaim(id: number, token: string, leaseMs: number): Promise<boolean> {
    const result = await this.lock.run(() =>
      this.dataSource
        .createQueryBuilder()
        .update(ReminderEntity)
        .set({ claimedUntil: new Date(Date.now() + leaseMs) })
        .where('id = :id AND status = :queued AND claimed_by = :token', {
          id,
          queued: 'queued',
          token,
        })
        .execute(),
    );
    return (result.affected ?? 0) > 0;
  }

  /** Records a claimed reminder as sent (after the server took it, or found in the journal). */
  async markSent(id: number, token: string): Promise<boolean> {
    const result = await this.lock.run(() =>
      this.dataSource
        .createQueryBuilder()
        .update(ReminderEntity)
        .set({ status: 'sent', sentAt: new Date(), lastError: null, claimedUntil: null })
        .where('id = :id AND status = :queued AND claimed_by = :token', {
          id,
          queued: 'queued',
          token,
        })
        .execute(),
    );
    return (result.affected ?? 0) > 0;
  }

  /**
   * An attempt that did not deliver: the claim is dropped and the error kept, and the row is open
   * again (`queued`: Bull retries it). `wasSent` covers a server that refused the message after
   * it had been committed as sent.
   */
  async releaseClaim(id: number, token: string, error: string): Promise<void> {
    await this.lock.run(() =>
      this.dataSource
        .createQueryBuilder()
        .update(ReminderEntity)
        .set({
          status: 'queued',
          sentAt: null,
          lastError: error.slice(0, 1000),
          claimedBy: null,
          claimedUntil: null,
        })
        .where('id = :id AND claimed_by = :token AND status IN (:...mine)', {
          id,
          token,
          mine: ['queued', 'sent'],
        })
        .execute(),
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
