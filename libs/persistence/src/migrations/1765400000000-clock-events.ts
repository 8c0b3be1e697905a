import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `requests.clock` becomes `clock_events`: the column holds the events the deadline engine folds
 * (received, clarification asked, extended…), not a clock, and "clock" already names the time
 * source and the folded state. A rename changes no row on either database (no table rebuild).
 */
export class ClockEvents1765400000000 implements MigrationInterface {
  name = 'ClockEvents1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE requests RENAME COLUMN clock TO clock_events');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE requests RENAME COLUMN clock_events TO clock');
  }
}
