import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * A dashboard session is a token with an end: after it the cookie is worthless even if it was
 * copied. API tokens (created by POST /auth/login) keep no end: null.
 */
export class SessionExpiry1765100000000 implements MigrationInterface {
  name = 'SessionExpiry1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.addColumn(
      'api_tokens',
      new TableColumn({ name: 'expires_at', type: instant, isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('api_tokens', 'expires_at');
  }
}
