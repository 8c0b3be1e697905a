import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { OUTSTANDING_STATUSES } from '@app/domain';
import { DigestEntity } from '../entities/digest.entity';
import { FoiRequestEntity } from '../entities/foi-request.entity';
import { WriteLock } from '../write-lock';
import { claimPrefix, LeasedRows } from './leased-rows';

/** The daily digest: who has outstanding requests, and which officer's day is already done. */
@Injectable()
export class DigestsRepository {
  private readonly leases: LeasedRows;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lock: WriteLock,
  ) {
    this.leases = new LeasedRows(dataSource, lock, 'digests', 'sending');
  }

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
   * and then held for `leaseMs`. `sent` when it was sent already, `busy` (until when) while
   * another worker's claim holds; otherwise the claim's token, and `tookOverFrom` names a lapsed
   * claim taken over (see DeliveryJournal).
   */
  async claim(
    userId: number,
    day: string,
    leaseMs: number,
  ): Promise<
    | { id: number; token: string; tookOverFrom: string | null }
    | { busyUntil: Date }
    | { sent: true }
  > {
    // Each step is a write of its own: the conditional UPDATE is what lets one claimant through.
    await this.lock.run(() =>
      this.dataSource
        .createQueryBuilder()
        .insert()
        .into(DigestEntity)
        .values({ userId, day, status: 'sending' })
        .orIgnore()
        .updateEntity(false)
        .execute(),
    );
    const row = await this.dataSource.getRepository(DigestEntity).findOne({
      where: { userId, day },
      select: { id: true, claimedBy: true, status: true },
    });
    if (!row || row.status !== 'sending') return { sent: true as const };
    const prefix = claimPrefix();
    const taken = await this.leases.take({
      where: 'id = :id AND status = :sending',
      parameters: { id: row.id, sending: 'sending' },
      prefix,
      leaseMs,
      previous: row.claimedBy,
    });
    if (taken > 0) return { id: row.id, token: `${prefix}${row.id}`, tookOverFrom: row.claimedBy };
    const current = await this.dataSource.getRepository(DigestEntity).findOne({
      where: { id: row.id },
      select: { id: true, status: true, claimedUntil: true },
    });
    if (current?.status !== 'sending') return { sent: true as const };
    return { busyUntil: current.claimedUntil ?? new Date() };
  }

  /** The last check before the digest's final dot: still ours, held for another `leaseMs`. */
  renewClaim(id: number, token: string, leaseMs: number): Promise<boolean> {
    return this.leases.renew({ id, token }, leaseMs);
  }

  /** Records the day's digest as sent (after the server took it, or found in the journal). */
  markSent(id: number, token: string, messageId: string): Promise<void> {
    return this.leases.markSent([{ id, token }], { message_id: messageId });
  }

  /** Not delivered (or refused after its dot): the day is open again for the next run. */
  async release(id: number, token: string): Promise<void> {
    await this.leases.write('DELETE FROM digests WHERE id = :id AND claimed_by = :token', {
      id,
      token,
    });
  }
}
