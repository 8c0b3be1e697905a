import { Injectable } from '@nestjs/common';
import { DomainError, hashToken, newToken, verifyPassword } from '@app/platform';
import { UserEntity, UsersRepository } from '@app/persistence';

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
  constructor(private readonly users: UsersRepository) {}

  /** A new Bearer token for good credentials; one message for any failure, so emails don't leak. */
  async login(email: string, password: string): Promise<{ token: string; user: PublicUser }> {
    const user = await this.users.findByEmail(email);
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throw new DomainError('unauthorised', 'email or password is wrong');
    }
    const { token, hash } = newToken();
    await this.users.saveToken(user.id, hash);
    return { token, user: toPublicUser(user) };
  }

  async authenticate(token: string): Promise<UserEntity | null> {
    return this.users.findByToken(hashToken(token));
  }

  async logout(token: string): Promise<void> {
    await this.users.revokeToken(hashToken(token));
  }
}
