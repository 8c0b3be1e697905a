import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The audit log of what happens outside requests: sign-ins, users, tokens, authorities. The actor's
 * name is kept as it was, so the log still reads right after a rename. Never a password or hash.
 */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 40 })
  type!: string;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId!: number | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 200, nullable: true })
  actorName!: string | null;

  /** What it happened to, e.g. `user 3 (sam@union.example.org)` or `authority 1 (Imperial…)`. */
  @Column({ type: 'varchar', length: 400 })
  subject!: string;

  @Column({ type: Date })
  at!: Date;

  @Column({ type: 'simple-json', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'simple-json', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;
}
