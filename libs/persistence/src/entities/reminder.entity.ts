import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ReminderKind } from '@app/domain';
import { FoiRequestEntity } from './foi-request.entity';

export const REMINDER_STATUSES = [
  'pending',
  'queued',
  'sent',
  'skipped',
  'cancelled',
  'failed',
] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/**
 * A reminder is a row first: the database is the source of truth and Redis only schedules. One
 * per (request, key), where the key is the kind and the date it is about, so it is sent once.
 */
@Entity('reminders')
export class ReminderEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @ManyToOne(() => FoiRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: FoiRequestEntity;

  @Column({ type: 'varchar', length: 32 })
  kind!: ReminderKind;

  @Column({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ name: 'for_date', type: 'varchar', length: 10 })
  forDate!: string;

  @Column({ name: 'fire_at', type: Date })
  fireAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  status!: ReminderStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'sent_at', type: Date, nullable: true })
  sentAt!: Date | null;

  /** The claim of the worker sending it now (a random token per attempt), and until when it holds. */
  @Column({ name: 'claimed_by', type: 'varchar', length: 100, nullable: true })
  claimedBy!: string | null;

  @Column({ name: 'claimed_until', type: Date, nullable: true })
  claimedUntil!: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
