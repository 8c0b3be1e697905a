import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, Not, Repository } from 'typeorm';
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

@Injectable()
export class UsersRepository {
  private readonly tokenCache = new Map<
    string,
    { user: UserEntity; at: number; expiresAt: Date | null }
  >();
  private readonly users: Repository<UserEntity>;
  private readonly tokens: Repository<ApiTokenEntity>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
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

  /** Admins who can still sign in: the last of them keeps the role and the account. */
  countActiveAdmins(): Promise<number> {
    return this.users.countBy({ role: 'admin', disabled: false });
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

  /** A new secret calendar address replaces the old one, which stops working. */
  async setCalendarKey(userId: number, keyHash: string): Promise<void> {
    await this.lock.run(() => this.users.update({ id: userId }, { calendarKeyHash: keyHash }));
  }

  findByCalendarKey(keyHash: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ calendarKeyHash: keyHash });
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
      await this.lock.run(() => this.tokens.update({ id: token.id }, { lastUsedAt: now }));
    return token.user;
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

  /** Revokes every token and session of a user but `keepHash` (the one making a change, if any). */
  async revokeAllTokensOf(userId: number, keepHash?: string): Promise<number> {
    const where = {
      userId,
      revokedAt: IsNull(),
      ...(keepHash ? { tokenHash: Not(keepHash) } : {}),
    };
    const result = await this.lock.run(() => this.tokens.update(where, { revokedAt: new Date() }));
    this.forgetTokensOf(userId);
    return result.affected ?? 0;
  }

  private forgetTokensOf(userId: number): void {
    for (const [hash, entry] of this.tokenCache)
      if (entry.user.id === userId) this.tokenCache.delete(hash);
  }
}
