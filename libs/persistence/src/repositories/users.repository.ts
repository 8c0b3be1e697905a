import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { ApiTokenEntity } from '../entities/api-token.entity';
import { Role, UserEntity } from '../entities/user.entity';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

@Injectable()
export class UsersRepository {
  private readonly users: Repository<UserEntity>;
  private readonly tokens: Repository<ApiTokenEntity>;

  constructor(@InjectDataSource() dataSource: DataSource) {
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
    return this.users.save(this.users.create({ ...user, email: user.email.toLowerCase() }));
  }

  async update(id: number, changes: Partial<NewUser>): Promise<UserEntity | null> {
    await this.users.update({ id }, changes);
    return this.findById(id);
  }

  async saveToken(userId: number, tokenHash: string): Promise<void> {
    await this.tokens.insert({ userId, tokenHash, revokedAt: null });
  }

  /** The user a live token belongs to, or null for an unknown or revoked token. */
  async findByToken(tokenHash: string): Promise<UserEntity | null> {
    const token = await this.tokens.findOne({
      where: { tokenHash, revokedAt: IsNull() },
      relations: { user: true },
    });
    return token?.user ?? null;
  }

  async revokeToken(tokenHash: string): Promise<boolean> {
    const result = await this.tokens.update(
      { tokenHash, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }
}
