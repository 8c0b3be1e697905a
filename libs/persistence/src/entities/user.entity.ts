import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ROLES = ['admin', 'officer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 320, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  /** scrypt: `scrypt$N$r$p$salt$hash`, never the password. */
  @Column({ name: 'password_hash', type: 'varchar', length: 300 })
  passwordHash!: string;

  /** SHA-256 of the secret in the address of this user's iCalendar feed; null until one is made. */
  @Column({ name: 'calendar_key_hash', type: 'varchar', length: 64, nullable: true, select: false })
  calendarKeyHash!: string | null;

  /** A disabled user cannot sign in and their tokens stop working; an admin can turn it back on. */
  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
