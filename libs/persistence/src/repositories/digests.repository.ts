import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { OUTSTANDING_STATUSES } from '@app/domain';
import { DigestEntity } from '../entities/digest.entity';
import { FoiRequestEntity } from '../entities/foi-request.entity';
import { WriteLock } from '../write-lock';

/** The daily digest: who has outstanding requests, and which officer's day is already done. */
@Injectable()
export class DigestsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lock: WriteLock,
  ) {}

  /** Every outstanding request with its authority and owner, by owner then due date. */
  findOutstanding(): Promise<FoiRequestEntity[]> {
    return this.dataSource.getRepository(FoiRequestEntity).find({
      where: { status: In([...OUTSTANDING_STATUSES]) },
      relations: { authority: true, owner: true },
      order: { ownerId: 'ASC', dueDate: 'ASC', id: 'ASC' },
    });
  }

  /**
   * Claims the officer's digest for `day`: the row is created once (unique per officer and day)
   * and then held for `leaseMs`. Null when it was sent already, `busy` while another worker's
   * claim holds; otherwise `tookOverFrom` names a lapsed claim taken over (see DeliveryJournal).
   */
  claim(
    userId: number,
    day: string,
    token: string,
    leaseMs: number,
  ): Promise<{ tookOverFrom: string | null } | 'busy' | null> {
    const now = new Date();
    return this.lock.run(async () => {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(DigestEntity)
        .values({ userId, day, status: 'sending' })
        .orIgnore()
        .updateEntity(false)
        .execute();
      const row = await this.dataSource
        .getRepository(DigestEntity)
        .findOne({ where: { userId, day }, select: { id: true, claimedBy: true } });
      const update = this.dataSource
        .createQueryBuilder()
        .update(DigestEntity)
        .set({ claimedBy: token, claimedUntil: new Date(now.getTime() + leaseMs) })
        .where('user_id = :userId AND day = :day AND status = :sending', {
          userId,
          day,
          sending: 'sending',
        })
        .andWhere('(claimed_until IS NULL OR claimed_until < :now)', { now });
      if (row?.claimedBy) update.andWhere('claimed_by = :previous', { previous: row.claimedBy });
      else update.andWhere('claimed_by IS NULL');
      const claimed = await update.execute();
      if ((claimed.affected ?? 0) > 0) return { tookOverFrom: row?.claimedBy ?? null };
      const current = await this.dataSource
        .getRepository(DigestEntity)
        .findOne({ where: { userId, day }, select: { id: true, status: true } });
      return current?.status === 'sending' ? 'busy' : null;
    });
  }

  /** The last check before the digest's final dot: still ours, held for another `leaseMs`. */
  async renewClaim(userId: number, day: string, token: string, leaseMs: number): Promise<boolean> {
    const result = await this.lock.run(() =>
      this.dataSource
        .createQueryBuilder()
        .update(DigestEntity)
        .set({ claimedUntil: new Date(Date.now() + leaseMs) })
        .where('user_id = :userId AND day = :day AND claimed_by = :token AND status = :sending', {
          userId,
          day,
          token,
          sending: 'sending',
        })
        .execute(),
    );
    return (result.affected ?? 0) > 0;
  }

  /** Records the day's digest as sent (after the server took it, or found in the journal). */
  async markSent(userId: number, day: string, token: string, messageId: string): Promise<void> {
    await this.lock.run(() =>
      this.dataSource
        .createQueryBuilder()
        .update(DigestEntity)
        .set({ status: 'sent', sentAt: new Date(), messageId, claimedUntil: null })
        .where('user_id = :userId AND day = :day AND claimed_by = :token AND status = :sending', {
          userId,
          day,
          token,
          sending: 'sending',
        })
        .execute(),
    );
  }

  /** Not delivered (or refused after its dot): the day is open again for the next run. */
  async release(userId: number, day: string, token: string): Promise<void> {
    await this.lock.run(() =>
      this.dataSource
        .createQueryBuilder()
        .delete()
        .from(DigestEntity)
        .where('user_id = :userId AND day = :day AND claimed_by = :token', { userId, day, token })
        .execute(),
    );
  }
}
