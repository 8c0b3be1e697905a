import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/** What API tokens made before they had an end are given: the default of FOI_TOKEN_DAYS. */
const LEGACY_TOKEN_MS = 90 * 86_400_000;

/**
 * Accounts that can be switched off, tokens that end and say what they are, a per-email record of
 * failed sign-ins (shared by every process, so the back-off holds across them) and an audit log of
 * what happens outside requests: sign-ins, users, tokens and authorities.
 */
export class AccountSecurity1765200000000 implements MigrationInterface {
  name = 'AccountSecurity1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.addColumn(
      'users',
      new TableColumn({ name: 'disabled', type: 'boolean', default: false }),
    );
    await queryRunner.addColumns('api_tokens', [
      new TableColumn({ name: 'kind', type: 'varchar', length: '16', default: "'api'" }),
      new TableColumn({ name: 'last_used_at', type: instant, isNullable: true }),
    ]);
    await queryRunner.query(`UPDATE api_tokens SET kind = 'session' WHERE expires_at IS NOT NULL`);
    await this.endLegacyTokens(queryRunner);
    await queryRunner.createIndex(
      'api_tokens',
      new TableIndex({ name: 'ix_api_tokens_user', columnNames: ['user_id'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'login_failures',
        columns: [
          { name: 'email', type: 'varchar', length: '320', isPrimary: true },
          { name: 'failures', type: 'integer', default: 0 },
          { name: 'blocked_until', type: instant, isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'type', type: 'varchar', length: '40' },
          { name: 'actor_id', type: 'integer', isNullable: true },
          { name: 'actor_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'subject', type: 'varchar', length: '400' },
          { name: 'at', type: instant },
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
          { name: 'ip', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ix_audit_events_type', columnNames: ['type', 'id'] })],
      }),
    );
  }

  /** Tokens from before this release lasted for ever; they now end 90 days after they were made. */
  private async endLegacyTokens(queryRunner: QueryRunner): Promise<void> {
    const rows: { id: number; created_at: string | Date }[] = await queryRunner.query(
      `SELECT id, created_at FROM api_tokens WHERE expires_at IS NULL`,
    );
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const sql = postgres
      ? 'UPDATE api_tokens SET expires_at = $1 WHERE id = $2'
      : 'UPDATE api_tokens SET expires_at = ? WHERE id = ?';
    for (const row of rows) {
      // SQLite keeps instants as UTC text without a zone, the form TypeORM writes them in.
      const created =
        row.created_at instanceof Date ? row.created_at : new Date(`${row.created_at}Z`);
      const ends = new Date(created.getTime() + LEGACY_TOKEN_MS);
      const value = postgres ? ends : ends.toISOString().replace('T', ' ').replace('Z', '');
      await queryRunner.query(sql, [value, row.id]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_events');
    await queryRunner.dropTable('login_failures');
    await queryRunner.dropIndex('api_tokens', 'ix_api_tokens_user');
    await queryRunner.dropColumn('api_tokens', 'last_used_at');
    await queryRunner.dropColumn('api_tokens', 'kind');
    await queryRunner.dropColumn('users', 'disabled');
  }
}
