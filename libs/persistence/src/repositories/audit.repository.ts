import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { WriteLock } from '../write-lock';

export type NewAuditEvent = Omit<AuditEventEntity, 'id'>;

/** The audit log outside requests: written once, read by admins a page at a time, newest first. */
@Injectable()
export class AuditRepository {
  private readonly events: Repository<AuditEventEntity>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly lock: WriteLock,
  ) {
    this.events = dataSource.getRepository(AuditEventEntity);
  }

  async record(event: NewAuditEvent): Promise<void> {
    await this.lock.run(() => this.events.save(this.events.create(event)));
  }

  async page(
    type: string | undefined,
    page: number,
    pageSize: number,
  ): Promise<{ items: AuditEventEntity[]; total: number }> {
    const [items, total] = await this.events.findAndCount({
      where: type ? { type } : {},
      order: { id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }
}
