import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { ApiTokenEntity } from '../entities/api-token.entity';
import { Role, UserEntity } from '../entities/user.entity';
import { WriteLock } from '../write-lock';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

const TOKEN_CACHE_MS = 5000;

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

  create(user: NewUser): Promise<UserEntity> {
    return this.lock.run(() =>
      this.users.save(this.users.create({ ...user, email: user.email.toLowerCase() })),
    );
  }

  async update(id: number, changes: Partial<NewUser>): Promise<UserEntity | null> {
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

  async saveToken(userId: number, tokenHash: string, expiresAt: Date | null = null): Promise<void> {
    await this.lock.run(() =>
      this.tokens.insert({ userId, tokenHash, revokedAt: null, expiresAt }),
    );
  }

  /**
   * The user a live token belongs to, or null for an unknown or revoked token. Every API call asks
   * this, so answers are kept for TOKEN_CACHE_MS; a logout or a user change in this process clears
   * them at once, one made by another process shows within that time.
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
    if (!token?.user) return null;
    if (this.tokenCache.size > 10_000) this.tokenCache.clear();
    this.tokenCache.set(tokenHash, {
      user: token.user,
      at: Date.now(),
      expiresAt: token.expiresAt,
    });
    return live(token.expiresAt) ? token.user : null;
  }

  async revokeToken(tokenHash: string): Promise<boolean> {
    this.tokenCache.delete(tokenHash);
    const result = await this.lock.run(() =>
      this.tokens.update({ tokenHash, revokedAt: IsNull() }, { revokedAt: new Date() }),
    );
    return (result.affected ?? 0) > 0;
  }
}
