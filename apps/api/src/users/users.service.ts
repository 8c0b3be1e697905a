import { Injectable } from '@nestjs/common';
import { UsersRepository } from '@app/persistence';
import { DomainError, hashPassword, verifyPassword } from '@app/platform';
import { PublicUser, toPublicUser } from '../auth/auth.service';
import type { CreateUserDto, UpdateUserDto } from './users.controller';

/** Adding and changing users, for the API and the dashboard alike. */
@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  async list(): Promise<PublicUser[]> {
    return (await this.users.listAll()).map(toPublicUser);
  }

  async create(body: CreateUserDto): Promise<PublicUser> {
    if (await this.users.findByEmail(body.email)) {
      throw new DomainError('conflict', `a user with email ${body.email} already exists`, {
        email: ['already in use'],
      });
    }
    const { password, ...fields } = body;
    return toPublicUser(
      await this.users.create({ ...fields, passwordHash: await hashPassword(password) }),
    );
  }

  async update(id: number, body: UpdateUserDto): Promise<PublicUser> {
    const user = await this.users.findById(id);
    if (!user) throw DomainError.notFound('user', 'id', id);
    if (
      body.email &&
      body.email.toLowerCase() !== user.email &&
      (await this.users.findByEmail(body.email))
    ) {
      throw new DomainError('conflict', `a user with email ${body.email} already exists`, {
        email: ['already in use'],
      });
    }
    if (
      user.role === 'admin' &&
      body.role &&
      body.role !== 'admin' &&
      (await this.users.countAdmins()) === 1
    ) {
      throw new DomainError('conflict', 'the last admin cannot lose the admin role', {
        role: ['last admin'],
      });
    }
    const { password, ...fields } = body;
    const changes = password ? { ...fields, passwordHash: await hashPassword(password) } : fields;
    return toPublicUser((await this.users.update(id, changes))!);
  }

  /** Anyone may change their own password, given the current one (a borrowed session is not enough). */
  async changeOwnPassword(userId: number, current: string, next: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw DomainError.notFound('user', 'id', userId);
    const errors: Record<string, string[]> = {};
    if (!(await verifyPassword(current, user.passwordHash)))
      errors.current = ['That is not your current password.'];
    if (next.length < 10 || next.length > 200)
      errors.password = ['A password needs 10 to 200 characters.'];
    if (Object.keys(errors).length > 0)
      throw new DomainError('invalid', 'The password was not changed.', errors);
    await this.users.update(userId, { passwordHash: await hashPassword(next) });
  }
}
