import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per email tried, whether or not an account has it (so the back-off says nothing
 * about which emails exist); in the database so every process sees the same count.
 */
@Entity('login_failures')
export class LoginFailureEntity {
  /** The SHA-256 (hex) of the lower-cased email tried, never the email itself. */
  @PrimaryColumn({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ name: 'blocked_until', type: Date, nullable: true })
  blockedUntil!: Date | null;
}
