import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * Each officer's iCalendar feed lives at a secret address; only its SHA-256 is stored, like API
 * tokens, so a copy of the database does not reveal anyone's feed.
 */
export class CalendarFeeds1764800000000 implements MigrationInterface {
  name = 'CalendarFeeds1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'users',
      new TableColumn({
        name: 'calendar_key_hash',
        type: 'varchar',
        length: '64',
        isNullable: true,
      }),
    );
    await queryRunner.createIndex(
      'users',
      new TableIndex({
        name: 'ux_users_calendar_key_hash',
        columnNames: ['calendar_key_hash'],
        isUnique: true,
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('users', 'ux_users_calendar_key_hash');
    await queryRunner.dropColumn('users', 'calendar_key_hash');
  }
}
