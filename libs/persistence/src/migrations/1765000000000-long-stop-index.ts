import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * Overdue means "due date passed, long stop not yet": found by the long stop, a narrow range,
 * rather than by the due date, which almost every old request has passed. Covering, so neither
 * the count nor the page reads the table.
 */
export class LongStopIndex1765000000000 implements MigrationInterface {
  name = 'LongStopIndex1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'requests',
      new TableIndex({
        name: 'ix_requests_long_stop',
        columnNames: ['long_stop_date', 'status', 'due_date', 'id'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('requests', 'ix_requests_long_stop');
  }
}
