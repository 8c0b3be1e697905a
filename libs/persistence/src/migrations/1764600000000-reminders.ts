import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';

/** Reminder rows: unique per request and key; the dispatcher reads them by status and time. */
export class Reminders1764600000000 implements MigrationInterface {
  name = 'Reminders1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.createTable(
      new Table({
        name: 'reminders',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'request_id', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'key', type: 'varchar', length: '64' },
          { name: 'for_date', type: 'varchar', length: '10' },
          { name: 'fire_at', type: instant },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'last_error', type: 'text', isNullable: true },
          { name: 'sent_at', type: instant, isNullable: true },
          { name: 'created_at', type: instant, default: 'CURRENT_TIMESTAMP' },
        ],
        indices: [
          new TableIndex({
            name: 'ux_reminders_request_key',
            columnNames: ['request_id', 'key'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_reminders_status_fire', columnNames: ['status', 'fire_at'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['request_id'],
            referencedTableName: 'requests',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('reminders');
  }
}
