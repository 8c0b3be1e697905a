import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ClockEvent, Outcome, Regime, RequestStatus, SendMethod } from '@app/domain';
import { AuthorityEntity } from './authority.entity';
import { MessageEntity } from './message.entity';
import { UserEntity } from './user.entity';

/**
 * Stored for "no clock running", so that `ORDER BY due_date` puts those rows last and can walk the
 * index; the entity reads it back as null.
 */
export const NO_DUE_DATE = '9999-12-31';

@Entity('requests')
export class FoiRequestEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** FOI-YYYY-NNNN, numbered per year of creation. */
  @Column({ type: 'varchar', length: 20, unique: true })
  reference!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 8 })
  regime!: Regime;

  @Column({ type: 'varchar', length: 24 })
  status!: RequestStatus;

  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome!: Outcome | null;

  @Column({ type: 'simple-json', nullable: true })
  exemptions!: string[] | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  campaign!: string | null;

  @Column({ name: 'authority_id', type: 'integer' })
  authorityId!: number;

  @ManyToOne(() => AuthorityEntity)
  @JoinColumn({ name: 'authority_id' })
  authority?: AuthorityEntity;

  @Column({ name: 'owner_id', type: 'integer' })
  ownerId!: number;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ name: 'template_id', type: 'varchar', length: 100, nullable: true })
  templateId!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  variables!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'sent_at', type: Date, nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'sent_via', type: 'varchar', length: 16, nullable: true })
  sentVia!: SendMethod | null;

  /** The date of receipt (day 0), YYYY-MM-DD in Europe/London. */
  @Column({ name: 'received_on', type: 'varchar', length: 10, nullable: true })
  receivedOn!: string | null;

  /** The clock events the messages amount to; with `receivedOn` the deadline follows from the row. */
  @Column({ name: 'clock_events', type: 'simple-json' })
  clockEvents!: ClockEvent[];

  /** Due date of the clock now running (the review's, during a review); null when none runs. */
  @Column({
    name: 'due_date',
    type: 'varchar',
    length: 10,
    default: NO_DUE_DATE,
    transformer: {
      to: (value: string | null | undefined) => value ?? NO_DUE_DATE,
      from: (value: string) => (value === NO_DUE_DATE ? null : value),
    },
  })
  dueDate!: string | null;

  @Column({ name: 'long_stop_date', type: 'varchar', length: 10, nullable: true })
  longStopDate!: string | null;

  @Column({ name: 'withdrawn_at', type: Date, nullable: true })
  withdrawnAt!: Date | null;

  /** The one-time token of the dashboard form that made it (unique): one form, one draft. */
  @Column({ name: 'form_token', type: 'varchar', length: 64, nullable: true })
  formToken!: string | null;

  @OneToMany(() => MessageEntity, (message) => message.request)
  messages?: MessageEntity[];

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
