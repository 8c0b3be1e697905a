import { Injectable } from '@nestjs/common';
import { DomainError, hashToken, newToken, verifyPassword } from '@app/platform';
import { UserEntity, UsersRepository } from '@app/persistence';
import { Clock } from '../common/clock';

export interface PublicUser {
  id: number;
  email: string;
  name: string;
  role: UserEntity['role'];
}

export function toPublicUser(user: UserEntity): PublicUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * A new token for good credentials; one message for any failure, so emails don't leak. An API
   * token lasts until revoked; a dashboard session (`lastsMs`) ends by itself.
   */
  async login(
    email: string,
    password: string,
    lastsMs?: number,
  ): Promise<{ token: string; user: PublicUser; expiresAt: Date | null }> {
    const user = await this.users.findByEmail(email);
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throw new DomainError('unauthorised', 'email or password is wrong');
    }
    const { token, hash } = newToken();
    const expiresAt = lastsMs ? new Date(this.clock.now().getTime() + lastsMs) : null;
    await this.users.saveToken(user.id, hash, expiresAt);
    return { token, user: toPublicUser(user), expiresAt };
  }

  async authenticate(token: string): Promise<UserEntity | null> {
    return this.users.findByToken(hashToken(token), this.clock.now());
  }

  async logout(token: string): Promise<void> {
    await this.users.revokeToken(hashToken(token));
  }
}
