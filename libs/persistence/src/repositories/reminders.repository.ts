import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThanOrEqual, MoreThan } from 'typeorm';
import type { FoiRequestEntity } from '../entities/foi-request.entity';
import { ReminderEntity } from '../entities/reminder.entity';
import { WriteLock } from '../write-lock';

export interface DeliverableReminder {
  reminder: ReminderEntity;
  request: FoiRequestEntity;
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

  async markQueued(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.lock.run(() =>
      this.dataSource
        .getRepository(ReminderEntity)
        .update({ id: In([...ids]), status: 'pending' }, { status: 'queued' }),
    );
  }

  /**
   * Claims a reminder and marks it sent in one transaction, then runs `send` inside it: the row
   * is committed as sent only if the mail went, and two workers can never both claim it (the
   * conditional UPDATE lets only one through). Returns false when it was not ours to send.
   */
  async claimAndSend(
    id: number,
    send: (found: DeliverableReminder) => Promise<void>,
  ): Promise<boolean> {
    return this.lock.run(() =>
      this.dataSource.transaction(async (manager: EntityManager) => {
        const claimed = await manager
          .createQueryBuilder()
          .update(ReminderEntity)
          .set({
            status: 'sent',
            sentAt: new Date(),
            attempts: () => 'attempts + 1',
            lastError: null,
          })
          .where('id = :id AND status IN (:...open)', { id, open: ['pending', 'queued'] })
          .execute();
        if ((claimed.affected ?? 0) === 0) return false;
        // One query for the reminder, its request, the authority and the owner.
        const reminder = await manager.getRepository(ReminderEntity).findOneOrFail({
          where: { id },
          relations: { request: { authority: true, owner: true } },
        });
        await send({ reminder, request: reminder.request! });
        return true;
      }),
    );
  }

  /** A failed attempt: counted, its error kept; after the last one the reminder is `failed`. */
  async recordFailure(id: number, error: string, final: boolean): Promise<void> {
    await this.lock.run(() =>
      this.dataSource
        .getRepository(ReminderEntity)
        .createQueryBuilder()
        .update()
        .set({
          attempts: () => 'attempts + 1',
          lastError: error.slice(0, 1000),
          ...(final ? { status: 'failed' as const } : {}),
        })
        .where('id = :id AND status IN (:...open)', { id, open: ['pending', 'queued'] })
        .execute(),
    );
  }
}
