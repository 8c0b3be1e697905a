import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { LoginFailureEntity } from '../entities/login-failure.entity';
import { WriteLock } from '../write-lock';

/** Failed sign-ins per email, the same for every process that shares the database. */
@Injectable()
export class LoginFailuresRepository {
  private readonly failures: Repository<LoginFailureEntity>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly lock: WriteLock,
  ) {
    this.failures = dataSource.getRepository(LoginFailureEntity);
  }

  /** Until when sign-ins for this email are refused, or null. */
  async blockedUntil(email: string): Promise<Date | null> {
    const row = await this.failures.findOneBy({ email: email.toLowerCase() });
    return row?.blockedUntil ?? null;
  }

  /**
   * Counts one more failure (an increment in the database, so two processes never lose one) and
   * stores the block `blockFor(count)` asks for; answers the count.
   */
  async recordFailure(email: string, blockFor: (failures: number) => Date | null): Promise<number> {
    const key = email.toLowerCase();
    return this.lock.run(async () => {
      const bumped = await this.failures.increment({ email: key }, 'failures', 1);
      if (!bumped.affected) {
        try {
          await this.failures.insert({ email: key, failures: 1, blockedUntil: null });
        } catch {
          await this.failures.increment({ email: key }, 'failures', 1); // another process made it first
        }
      }
      const { failures } = await this.failures.findOneByOrFail({ email: key });
      const until = blockFor(failures);
      if (until) await this.failures.update({ email: key }, { blockedUntil: until });
      return failures;
    });
  }

  /** A success forgets the failures. */
  async clear(email: string): Promise<void> {
    await this.lock.run(() => this.failures.delete({ email: email.toLowerCase() }));
  }
}
