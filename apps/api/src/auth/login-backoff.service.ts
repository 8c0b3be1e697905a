import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LoginFailuresRepository } from '@app/persistence';
import { DomainError, TimeSource } from '@app/platform';

/** Failures allowed for one email before it must wait. */
export const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/**
 * How long an email waits after `failures` wrong passwords: nothing for the first few, then 30 s,
 * doubling with each further failure up to 15 minutes (long enough to make guessing hopeless,
 * short enough that someone locking a colleague out cannot keep them out for the day).
 */
export function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES), LONGEST_WAIT_MS);
}

/**
 * The key an email's failures are counted under: its SHA-256, lower-cased first, so the count is
 * per account typed while the table never holds what was typed (which may be a password put
 * into the email field).
 */
function keyOf(email: string): string {
  return createHash('sha256').update(email.toLowerCase()).digest('hex');
}

/**
 * The per-account back-off for sign-ins and password changes, kept in the database so it holds
 * across processes; it counts emails, not accounts, so it behaves the same for unknown ones.
 */
@Injectable()
export class LoginBackoffService {
  constructor(
    private readonly failures: LoginFailuresRepository,
    private readonly time: TimeSource,
  ) {}

  /**
   * Call before checking a password: counts the attempt as a failure until `succeeded` says
   * otherwise, so guesses sent at once cannot all pass a check made before any of them failed.
   * A 429 with Retry-After while this email is waiting; the same whether or not it exists.
   */
  async attempt(email: string): Promise<void> {
    const now = this.time.now();
    const turn = await this.failures.reserveAttempt(keyOf(email), now, (count) => {
      const wait = waitAfter(count);
      return wait > 0 ? new Date(now.getTime() + wait) : null;
    });
    if (!turn.allowed)
      throw DomainError.throttled(
        'too many failed attempts for this account: wait before trying again',
        Math.ceil((turn.blockedUntil.getTime() - now.getTime()) / 1000),
      );
  }

  async succeeded(email: string): Promise<void> {
    await this.failures.clear(keyOf(email));
  }
}
