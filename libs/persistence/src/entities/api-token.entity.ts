import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  JoinColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

export const TOKEN_KINDS = ['api', 'session'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** A Bearer token or dashboard session, stored only as its SHA-256; revoking sets `revokedAt`. */
@Entity('api_tokens')
export class ApiTokenEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('ux_api_tokens_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  /** `api` from POST /auth/login, `session` from the dashboard's sign-in. */
  @Column({ type: 'varchar', length: 16, default: 'api' })
  kind!: TokenKind;

  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt!: Date | null;

  /** When the token stops working (FOI_TOKEN_DAYS for API tokens, 12 hours for sessions). */
  @Column({ name: 'expires_at', type: Date, nullable: true })
  expiresAt!: Date | null;

  /** Roughly when it was last used: written at most once a minute, so reads stay reads. */
  @Column({ name: 'last_used_at', type: Date, nullable: true })
  lastUsedAt!: Date | null;
}
