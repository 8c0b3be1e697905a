import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';

/**
 * One row per officer per London day a digest is (being) sent for: the unique key is what makes
 * the daily digest go out once, however many workers run or restart.
 */
export class Digests1764900000000 implements MigrationInterface {
  name = 'Digests1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.createTable(
      new Table({
        name: 'digests',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'user_id', type: 'integer' },
          { name: 'day', type: 'varchar', length: '10' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'claimed_by', type: 'varchar', length: '100', isNullable: true },
          { name: 'claimed_until', type: instant, isNullable: true },
          { name: 'message_id', type: 'varchar', length: '300', isNullable: true },
          { name: 'sent_at', type: instant, isNullable: true },
          { name: 'created_at', type: instant, default: 'CURRENT_TIMESTAMP' },
        ],
        indices: [
          new TableIndex({
            name: 'ux_digests_user_day',
            columnNames: ['user_id', 'day'],
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('digests');
  }
}
