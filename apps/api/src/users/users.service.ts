import { Inject, Injectable } from '@nestjs/common';
import { LAST_ACTIVE_ADMIN, UserEntity, UsersRepository } from '@app/persistence';
import { APP_CONFIG, AppConfig, DomainError, hashPassword, verifyPassword } from '@app/platform';
import { Actor, AuditService, userSubject } from '../audit/audit.service';
import type { AuditType } from '../audit/audit-types';
import { PublicUser, toPublicUser } from '../auth/auth.service';
import { LoginBackoffService } from '../auth/login-backoff.service';
import type { CreateUserDto, UpdateUserDto } from './users.controller';

/** What an update changed, as the audit log shows it: never the password, only that it changed. */
function describe(user: UserEntity, body: UpdateUserDto) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of ['email', 'name', 'role', 'disabled'] as const) {
    const value = field === 'email' ? body.email?.toLowerCase() : body[field];
    if (value !== undefined && value !== user[field]) {
      before[field] = user[field];
      after[field] = value;
    }
  }
  if (body.password) after.password = 'reset';
  return { before, after };
}

/** The event's type: the change that matters most for security names it. */
function typeOf(after: Record<string, unknown>): AuditType {
  if (after.disabled === true) return 'user-disabled';
  if (after.disabled === false) return 'user-enabled';
  if ('role' in after) return 'role-changed';
  if ('password' in after) return 'password-reset';
  return 'user-changed';
}

/** Someone must always be able to manage users: the 409 for a change that would leave nobody. */
function lastAdmin(body: UpdateUserDto): DomainError {
  const demoted = body.role !== undefined && body.role !== 'admin';
  return demoted
    ? new DomainError('conflict', 'the last admin cannot lose the admin role', {
        role: ['last admin'],
      })
    : new DomainError('conflict', 'the last active admin cannot be disabled', {
        disabled: ['last admin'],
      });
}

/** Adding, changing and disabling users, for the API and the dashboard alike. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly backoff: LoginBackoffService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<PublicUser[]> {
    return (await this.users.listAll()).map(toPublicUser);
  }

  async create(body: CreateUserDto, actor: Actor): Promise<PublicUser> {
    if (await this.users.findByEmail(body.email)) {
      throw new DomainError('conflict', `a user with email ${body.email} already exists`, {
        email: ['already in use'],
      });
    }
    const { password, ...fields } = body;
    const passwordHash = await hashPassword(password, this.config.scryptLog2N);
    const user = await this.users.create({ ...fields, passwordHash });
    await this.audit.record(actor, {
      type: 'user-created',
      subject: userSubject(user),
      after: { email: user.email, name: user.name, role: user.role },
    });
    return toPublicUser(user);
  }

  /**
   * A new password, a new role or disabling revokes every token and session the user has, and
   * their calendar address: whoever held one was trusted under the old terms. The last active
   * admin stays one, and active, however many such changes arrive at once.
   */
  async update(id: number, body: UpdateUserDto, actor: Actor): Promise<PublicUser> {
    const user = await this.users.findById(id);
    if (!user) throw DomainError.notFound('user', 'id', id);
    await this.checkEmailFree(user, body.email);
    const { password, ...fields } = body;
    const changes = password
      ? { ...fields, passwordHash: await hashPassword(password, this.config.scryptLog2N) }
      : fields;
    const { before, after } = describe(user, body);
    const revokeAccess = 'password' in after || 'role' in after || after.disabled === true;
    const updated = await this.users.updateUnlessLastActiveAdmin(id, changes, { revokeAccess });
    if (updated === null) throw DomainError.notFound('user', 'id', id);
    if (updated === LAST_ACTIVE_ADMIN) throw lastAdmin(body);
    if (Object.keys(after).length > 0)
      await this.audit.record(actor, {
        type: typeOf(after),
        subject: userSubject(user),
        before,
        after,
      });
    return toPublicUser(updated);
  }

  private async checkEmailFree(user: UserEntity, email: string | undefined): Promise<void> {
    if (email && email.toLowerCase() !== user.email && (await this.users.findByEmail(email)))
      throw new DomainError('conflict', `a user with email ${email} already exists`, {
        email: ['already in use'],
      });
  }

  /**
   * Anyone may change their own password, given the current one (a borrowed session is not
   * enough). Wrong guesses count towards the account's back-off like failed sign-ins. Every other
   * token and session is revoked; the one making the change stays, since it just proved the
   * password and signing its owner out would only make them type the new one again.
   */
  async changeOwnPassword(
    userId: number,
    change: { current: string; next: string; keepTokenHash: string },
    actor: Actor,
  ): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw DomainError.notFound('user', 'id', userId);
    await this.backoff.attempt(user.email);
    const errors: Record<string, string[]> = {};
    const rightPassword = await verifyPassword(change.current, user.passwordHash);
    if (!rightPassword) errors.current = ['That is not your current password.'];
    if (change.next.length < 10 || change.next.length > 200)
      errors.password = ['A password needs 10 to 200 characters.'];
    // The attempt counted as a failure until now; the right password clears it.
    if (rightPassword) await this.backoff.succeeded(user.email);
    else
      await this.audit.record(actor, {
        type: 'password-change-failed',
        subject: userSubject(user),
      });
    if (Object.keys(errors).length > 0)
      throw new DomainError('invalid', 'The password was not changed.', errors);
    const passwordHash = await hashPassword(change.next, this.config.scryptLog2N);
    const revoked = await this.users.changePassword(userId, passwordHash, change.keepTokenHash);
    await this.audit.record(actor, {
      type: 'password-changed',
      subject: userSubject(user),
      after: { otherTokensRevoked: revoked },
    });
  }
}
