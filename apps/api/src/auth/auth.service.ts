import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import {
  APP_CONFIG,
  AppConfig,
  DomainError,
  hashPassword,
  hashToken,
  needsRehash,
  newToken,
  verifyPassword,
  TimeSource,
} from '@app/platform';
import { UserEntity, UsersRepository } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { LoginBackoffService } from './login-backoff.service';

export interface PublicUser {
  id: number;
  email: string;
  name: string;
  role: UserEntity['role'];
  disabled: boolean;
}

export function toPublicUser(user: UserEntity): PublicUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabled,
  };
}

const DAY_MS = 86_400_000;
const WRONG = 'email or password is wrong';
/** The longest address SMTP can carry (RFC 5321's 256-octet path, less its angle brackets). */
const LONGEST_EMAIL = 254;

/**
 * What the audit log keeps of the email typed at a failed sign-in: an address, or a placeholder,
 * since what was typed may be a password put into the wrong field.
 */
export function auditableEmail(typed: string): string {
  const email = typed.toLowerCase();
  return email.includes('@') && email.length <= LONGEST_EMAIL ? email : '(not an email address)';
}

@Injectable()
export class AuthService {
  /**
   * Checked against when the email is unknown, so that answer takes as long as a wrong password;
   * and after a wrong password against a hash of a lower cost.
   */
  private readonly dummyHash: Promise<string>;

  constructor(
    private readonly users: UsersRepository,
    private readonly backoff: LoginBackoffService,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.dummyHash = hashPassword(randomBytes(16).toString('hex'), config.scryptLog2N);
  }

  /**
   * A new token for good credentials; one message for any failure (unknown email, wrong password,
   * disabled account), so emails don't leak. An API token lasts FOI_TOKEN_DAYS; a dashboard
   * session (`sessionMs`) ends sooner.
   */
  async login(
    email: string,
    password: string,
    options: { sessionMs?: number; ip?: string } = {},
  ): Promise<{ token: string; user: PublicUser; expiresAt: Date }> {
    const actor = { user: null, ip: options.ip };
    const tried = { email: auditableEmail(email) };
    try {
      await this.backoff.attempt(email);
    } catch (error) {
      await this.audit.record(actor, {
        type: 'sign-in-failed',
        subject: `sign-in as ${tried.email}`,
        after: { ...tried, reason: 'too many failures' },
      });
      throw error;
    }
    const user = await this.users.findByEmail(email);
    const matches = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    // A hash from before a cost rise is quicker than the dummy; topped up, so that a failure for
    // an account not signed into since does not answer sooner than one for an unknown email.
    if (user && !matches && needsRehash(user.passwordHash, this.config.scryptLog2N))
      await verifyPassword(password, await this.dummyHash);
    if (!user || !matches || user.disabled) {
      await this.audit.record(actor, {
        type: 'sign-in-failed',
        subject: `sign-in as ${tried.email}`,
        after: tried,
      });
      throw new DomainError('unauthorised', WRONG);
    }
    await this.backoff.succeeded(email);
    if (needsRehash(user.passwordHash, this.config.scryptLog2N))
      await this.users.update(user.id, {
        passwordHash: await hashPassword(password, this.config.scryptLog2N),
      });
    const { token, hash } = newToken();
    const kind = options.sessionMs ? 'session' : 'api';
    const lasts = options.sessionMs ?? this.config.tokenDays * DAY_MS;
    const expiresAt = new Date(this.time.now().getTime() + lasts);
    await this.users.saveToken(user.id, hash, kind, expiresAt);
    await this.audit.record(
      { user, ip: options.ip },
      { type: 'sign-in', subject: `user ${user.id} (${user.email})`, after: { kind } },
    );
    return { token, user: toPublicUser(user), expiresAt };
  }

  async authenticate(token: string): Promise<UserEntity | null> {
    return this.users.findByToken(hashToken(token), this.time.now());
  }

  async logout(token: string): Promise<void> {
    await this.users.revokeToken(hashToken(token));
  }
}
