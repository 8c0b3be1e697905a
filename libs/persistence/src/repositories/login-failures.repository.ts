import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { LoginFailureEntity } from '../entities/login-failure.entity';
import { WriteLock } from '../write-lock';

/** A sign-in attempt's turn: go ahead (already counted as a failure), or wait until then. */
export type Attempt = { allowed: true } | { allowed: false; blockedUntil: Date };

/** Failed sign-ins per account key, the same for every process that shares the database. */
@Injectable()
export class LoginFailuresRepository {
  private readonly failures: Repository<LoginFailureEntity>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lock: WriteLock,
  ) {
    this.failures = dataSource.getRepository(LoginFailureEntity);
  }

  /**
   * Takes a turn for one attempt before its password is checked: refused while the key is
   * blocked, otherwise counted as a failure at once and the block `blockFor(count)` asks for
   * stored, in one transaction (on SQLite the write lock and BEGIN IMMEDIATE, on PostgreSQL a lock
   * on the key's row). Guesses sent together therefore queue here, and only as many get through
   * as the back-off allows, whatever the password check then says; a success clears the count.
   */
  async reserveAttempt(
    key: string,
    now: Date,
    blockFor: (failures: number) => Date | null,
  ): Promise<Attempt> {
    return this.lock.run(() =>
      this.dataSource.transaction(async (manager) => {
        const failures = manager.getRepository(LoginFailureEntity);
        // Made if missing by an insert that does nothing when it exists (a failed insert would
        // abort the transaction on PostgreSQL), so there is always a row to lock.
        await failures
          .createQueryBuilder()
          .insert()
          .values({ email: key, failures: 0, blockedUntil: null })
          .orIgnore()
          .execute();
        const row = await failures.findOneOrFail({
          where: { email: key },
          ...(this.dataSource.options.type === 'postgres'
            ? { lock: { mode: 'pessimistic_write' as const } }
            : {}),
        });
        if (row.blockedUntil && row.blockedUntil > now)
          return { allowed: false, blockedUntil: row.blockedUntil } as const;
        const count = row.failures + 1;
        await failures.update({ email: key }, { failures: count, blockedUntil: blockFor(count) });
        return { allowed: true } as const;
      }),
    );
  }

  /** A success forgets the failures. */
  async clear(key: string): Promise<void> {
    await this.lock.run(() => this.failures.delete({ email: key }));
  }
}
