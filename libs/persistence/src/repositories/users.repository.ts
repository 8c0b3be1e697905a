import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan, Not, Repository } from 'typeorm';
import { ApiTokenEntity, TokenKind } from '../entities/api-token.entity';
import { Role, UserEntity } from '../entities/user.entity';
import { WriteLock } from '../write-lock';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

const TOKEN_CACHE_MS = 5000;
/** lastUsedAt is a hint, not a log: one write a minute per token at most. */
const LAST_USED_EVERY_MS = 60_000;

export type Changes = Partial<NewUser> & { disabled?: boolean };

/** What `updateUnlessLastActiveAdmin` answers when the change would leave no active admin. */
export const LAST_ACTIVE_ADMIN = 'last-active-admin';

@Injectable()
export class UsersRepository {
  private readonly tokenCache = new Map<
    string,
    { user: UserEntity; at: number; expiresAt: Date | null }
  >();
  private readonly users: Repository<UserEntity>;
  private readonly tokens: Repository<ApiTokenEntity>;
  /** Tokens whose lastUsedAt is being written: at most one write in flight per token. */
  private readonly touching = new Set<number>();
  private readonly logger = new Logger('tokens');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lock: WriteLock,
  ) {
    this.users = dataSource.getRepository(UserEntity);
    this.tokens = dataSource.getRepository(ApiTokenEntity);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: email.toLowerCase() });
  }

  findById(id: number): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  listAll(): Promise<UserEntity[]> {
    return this.users.find({ order: { id: 'ASC' } });
  }

  countAdmins(): Promise<number> {
    return this.users.countBy({ role: 'admin' });
  }

  create(user: NewUser): Promise<UserEntity> {
    return this.lock.run(() =>
      this.users.save(this.users.create({ ...user, email: user.email.toLowerCase() })),
    );
  }

  async update(id: number, changes: Changes): Promise<UserEntity | null> {
    await this.lock.run(() => this.users.update({ id }, changes));
    this.tokenCache.clear();
    return this.findById(id);
  }

  /**
   * Changes a user unless that would leave no active admin (someone must be able to manage
   * users); with `revokeAccess`, also ends all their tokens, sessions and calendar address. The
   * count and the change are one transaction that such changes take one at a time: on SQLite the
   * write lock and BEGIN IMMEDIATE, on PostgreSQL a lock on every active admin's row, so two admins
   * disabling each other at once cannot both count the other as the one left. Null: no such user.
   */
  async updateUnlessLastActiveAdmin(
    id: number,
    changes: Changes,
    options: { revokeAccess: boolean },
  ): Promise<UserEntity | typeof LAST_ACTIVE_ADMIN | null> {
    const outcome = await this.lock.run(() =>
      this.dataSource.transaction(async (manager) => {
        const users = manager.getRepository(UserEntity);
        const activeAdmins = await users.find({
          select: { id: true },
          where: { role: 'admin', disabled: false },
          ...(this.dataSource.options.type === 'postgres'
            ? { lock: { mode: 'pessimistic_write' as const } }
            : {}),
        });
        const user = await users.findOneBy({ id });
        if (!user) return null;
        const next = { ...user, ...changes };
        const staysActiveAdmin = next.role === 'admin' && !next.disabled;
        const isActiveAdmin = activeAdmins.some((admin) => admin.id === id);
        if (isActiveAdmin && !staysActiveAdmin && activeAdmins.length === 1)
          return LAST_ACTIVE_ADMIN;
        if (Object.keys(changes).length > 0) await users.update({ id }, changes);
        if (options.revokeAccess) await this.revokeAccessIn(manager, id);
        return user;
      }),
    );
    this.tokenCache.clear();
    return outcome === null || outcome === LAST_ACTIVE_ADMIN ? outcome : this.findById(id);
  }

  /**
   * Their own new password: every other token and session ends, and the calendar address, in the
   * same transaction as the new hash. Answers how many tokens were revoked.
   */
  async changePassword(
    userId: number,
    passwordHash: string,
    keepTokenHash: string,
  ): Promise<number> {
    const revoked = await this.lock.run(() =>
      this.dataSource.transaction(async (manager) => {
        await manager.getRepository(UserEntity).update({ id: userId }, { passwordHash });
        return this.revokeAccessIn(manager, userId, keepTokenHash);
      }),
    );
    this.forgetTokensOf(userId);
    return revoked;
  }

  /**
   * Ends every way a user was let in but `keepHash` (the token making a change, if any): tokens,
   * sessions and the secret calendar address, which is a credential too.
   */
  private async revokeAccessIn(
    manager: EntityManager,
    userId: number,
    keepHash?: string,
  ): Promise<number> {
    const where = {
      userId,
      revokedAt: IsNull(),
      ...(keepHash ? { tokenHash: Not(keepHash) } : {}),
    };
    const result = await manager
      .getRepository(ApiTokenEntity)
      .update(where, { revokedAt: new Date() });
    await manager.getRepository(UserEntity).update({ id: userId }, { calendarKeyHash: null });
    return result.affected ?? 0;
  }

  /** A new secret calendar address replaces the old one, which stops working. */
  async setCalendarKey(userId: number, keyHash: string): Promise<void> {
    await this.lock.run(() => this.users.update({ id: userId }, { calendarKeyHash: keyHash }));
  }

  /** The user whose feed is at this address; a disabled user has none. */
  findByCalendarKey(keyHash: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ calendarKeyHash: keyHash, disabled: false });
  }

  async saveToken(
    userId: number,
    tokenHash: string,
    kind: TokenKind,
    expiresAt: Date,
  ): Promise<void> {
    await this.lock.run(() =>
      this.tokens.insert({ userId, tokenHash, kind, revokedAt: null, expiresAt }),
    );
  }

  /**
   * The user a live token belongs to, or null for an unknown, revoked or expired token or a
   * disabled user. Every API call asks this, so answers are kept for TOKEN_CACHE_MS; a revocation
   * or a user change in this process clears them at once, one made by another process shows within
   * that time.
   */
  async findByToken(tokenHash: string, now: Date = new Date()): Promise<UserEntity | null> {
    const live = (expiresAt: Date | null) => expiresAt === null || expiresAt > now;
    const cached = this.tokenCache.get(tokenHash);
    if (cached && Date.now() - cached.at < TOKEN_CACHE_MS)
      return live(cached.expiresAt) ? cached.user : null;
    const token = await this.tokens.findOne({
      where: { tokenHash, revokedAt: IsNull() },
      relations: { user: true },
    });
    if (!token?.user || token.user.disabled) return null;
    if (this.tokenCache.size > 10_000) this.tokenCache.clear();
    this.tokenCache.set(tokenHash, {
      user: token.user,
      at: Date.now(),
      expiresAt: token.expiresAt,
    });
    if (!live(token.expiresAt)) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_EVERY_MS)
      this.touch(token.id, now);
    return token.user;
  }

  /**
   * Notes when a token was used, without the read waiting for it: on SQLite the write queues
   * behind every other, and a read should neither wait there nor fail because the write did.
   */
  private touch(tokenId: number, now: Date): void {
    if (this.touching.has(tokenId)) return;
    this.touching.add(tokenId);
    this.lock
      .run(() => this.tokens.update({ id: tokenId }, { lastUsedAt: now }))
      .catch((error: unknown) =>
        this.logger.warn(`could not note when token ${tokenId} was used: ${String(error)}`),
      )
      .finally(() => this.touching.delete(tokenId));
  }

  async revokeToken(tokenHash: string): Promise<boolean> {
    this.tokenCache.delete(tokenHash);
    const result = await this.lock.run(() =>
      this.tokens.update({ tokenHash, revokedAt: IsNull() }, { revokedAt: new Date() }),
    );
    return (result.affected ?? 0) > 0;
  }

  /** A user's tokens and sessions that still work, newest first. */
  liveTokens(userId: number, now: Date): Promise<ApiTokenEntity[]> {
    return this.tokens.find({
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { id: 'DESC' },
    });
  }

  /** Revokes one of the user's tokens; false when it is not theirs or already revoked. */
  async revokeTokenOf(userId: number, tokenId: number): Promise<boolean> {
    const result = await this.lock.run(() =>
      this.tokens.update({ id: tokenId, userId, revokedAt: IsNull() }, { revokedAt: new Date() }),
    );
    this.forgetTokensOf(userId);
    return (result.affected ?? 0) > 0;
  }

  private forgetTokensOf(userId: number): void {
    for (const [hash, entry] of this.tokenCache)
      if (entry.user.id === userId) this.tokenCache.delete(hash);
  }
}
