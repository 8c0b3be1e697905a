import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finding requests again.
 * - `requests.form_token`: the one-time token of the dashboard form that made a draft, unique, so
 *   the same form sent twice (a back button, a second click, two processes) makes one draft.
 *   `ADD COLUMN` of a nullable column changes no row on either database (no table rebuild).
 * - The authority's references, searched by the list's `q`: a partial index of the few messages
 *   that carry one, with their request, so a search reads that small index and never the messages.
 */
export class FindingRequests1765310000000 implements MigrationInterface {
  name = 'FindingRequests1765310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE requests ADD COLUMN form_token varchar(64)');
    await queryRunner.query('CREATE UNIQUE INDEX ux_requests_form_token ON requests (form_token)');
    await queryRunner.query(
      'CREATE INDEX ix_messages_authority_reference ON messages (authority_reference, request_id) WHERE authority_reference IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_messages_authority_reference');
    await queryRunner.query('DROP INDEX ux_requests_form_token');
    await queryRunner.query('ALTER TABLE requests DROP COLUMN form_token');
  }
}
