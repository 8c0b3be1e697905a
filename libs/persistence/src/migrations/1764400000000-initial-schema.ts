import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';

/**
 * Users, their API tokens and authorities. Written with TypeORM's schema builder so the same
 * migration runs on SQLite and PostgreSQL; instants use the driver's own date-time type.
 */
export class InitialSchema1764400000000 implements MigrationInterface {
  name = 'InitialSchema1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const id = {
      name: 'id',
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment' as const,
    };
    const createdAt = { name: 'created_at', type: instant, default: 'CURRENT_TIMESTAMP' };
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          id,
          { name: 'email', type: 'varchar', length: '320', isUnique: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'password_hash', type: 'varchar', length: '300' },
          createdAt,
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'api_tokens',
        columns: [
          id,
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'user_id', type: 'integer' },
          createdAt,
          { name: 'revoked_at', type: instant, isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'ux_api_tokens_hash',
            columnNames: ['token_hash'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'authorities',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '300', isUnique: true },
          { name: 'email', type: 'varchar', length: '320' },
          { name: 'nation', type: 'varchar', length: '20' },
          { name: 'regime', type: 'varchar', length: '8' },
          { name: 'reference_pattern', type: 'varchar', length: '200', isNullable: true },
          createdAt,
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('authorities');
    await queryRunner.dropTable('api_tokens');
    await queryRunner.dropTable('users');
  }
}
