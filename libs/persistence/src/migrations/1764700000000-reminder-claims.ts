import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * A claim (lease) on a reminder: who is sending it and until when the claim holds. The send runs
 * outside any transaction, so a worker that dies mid-send leaves a claim that lapses by itself.
 */
export class ReminderClaims1764700000000 implements MigrationInterface {
  name = 'ReminderClaims1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.addColumns('reminders', [
      new TableColumn({ name: 'claimed_by', type: 'varchar', length: '100', isNullable: true }),
      new TableColumn({ name: 'claimed_until', type: instant, isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('reminders', 'claimed_until');
    await queryRunner.dropColumn('reminders', 'claimed_by');
  }
}
