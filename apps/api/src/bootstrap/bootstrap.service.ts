import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AuthoritiesRepository, UsersRepository } from '@app/persistence';
import { APP_CONFIG, AppConfig, hashPassword } from '@app/platform';

/** The university named in the union's motion, so the first campaign can start at once. */
export const SEED_AUTHORITY = {
  name: 'Imperial College London',
  email: 'foi@imperial.ac.uk',
  nation: 'england',
  regime: 'foia',
  referencePattern: null,
} as const;

/**
 * On an empty database: the first admin (from FOI_ADMIN_EMAIL/FOI_ADMIN_PASSWORD, or a generated
 * password printed once) and the seeded authority. Safe to run on every start and from many
 * processes: it only adds what is missing.
 */
@Injectable()
export class BootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('bootstrap');

  constructor(
    private readonly users: UsersRepository,
    private readonly authorities: AuthoritiesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.countAdmins()) === 0) await this.createFirstAdmin();
    if (!(await this.authorities.findByName(SEED_AUTHORITY.name)))
      await this.authorities.create({ ...SEED_AUTHORITY });
  }

  private async createFirstAdmin(): Promise<void> {
    const email = this.config.adminEmail ?? 'admin@foi.localhost';
    const generated = this.config.adminPassword === null;
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url');
    await this.users.create({
      email,
      name: 'Administrator',
      role: 'admin',
      passwordHash: await hashPassword(password, this.config.scryptLog2N),
    });
    if (generated) {
      // Printed once, on the start that created it; it is stored only as a hash.
      this.logger.warn(
        `first admin created: ${email} / ${password} (shown once; change it after signing in)`,
      );
    } else {
      this.logger.log(`first admin created: ${email}`);
    }
  }
}
