import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Direction, MessageKind, Outcome } from '@app/domain';
import { FoiRequestEntity } from './foi-request.entity';
import { UserEntity } from './user.entity';

@Entity('messages')
export class MessageEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @ManyToOne(() => FoiRequestEntity, (request) => request.messages, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: FoiRequestEntity;

  @Column({ type: 'varchar', length: 8 })
  direction!: Direction;

  @Column({ type: 'varchar', length: 32 })
  kind!: MessageKind;

  /** As given (ISO 8601 date or instant): when it happened. */
  @Column({ name: 'occurred_at', type: 'varchar', length: 40 })
  occurredAt!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome!: Outcome | null;

  @Column({ type: 'simple-json', nullable: true })
  exemptions!: string[] | null;

  @Column({ name: 'extended_to', type: 'varchar', length: 10, nullable: true })
  extendedTo!: string | null;

  @Column({ name: 'authority_reference', type: 'varchar', length: 100, nullable: true })
  authorityReference!: string | null;

  /** The email Message-ID, when the tracker sent or received it by email. */
  @Column({ name: 'message_id', type: 'varchar', length: 300, nullable: true })
  messageId!: string | null;

  @Column({ name: 'created_by', type: 'integer' })
  createdById!: number;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
