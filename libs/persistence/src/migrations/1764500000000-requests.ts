import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';

/**
 * Requests, their messages, the audit trail and the reference counters, with the indexes the
 * Outstanding list and its filters use (status + due date first).
 */
export class Requests1764500000000 implements MigrationInterface {
  name = 'Requests1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = queryRunner.connection.driver.normalizeType({ type: Date });
    const id = {
      name: 'id',
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment' as const,
    };
    const text = (name: string, length: number, isNullable = true) => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    const fk = (column: string, table: string, onDelete?: string) =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete,
      });
    await queryRunner.createTable(
      new Table({
        name: 'requests',
        columns: [
          id,
          { ...text('reference', 20, false), isUnique: true },
          text('title', 300, false),
          text('regime', 8, false),
          text('status', 24, false),
          text('outcome', 32),
          { name: 'exemptions', type: 'text', isNullable: true },
          text('campaign', 200),
          { name: 'authority_id', type: 'integer' },
          { name: 'owner_id', type: 'integer' },
          text('template_id', 100),
          { name: 'variables', type: 'text', isNullable: true },
          text('subject', 500, false),
          { name: 'body', type: 'text' },
          { name: 'sent_at', type: instant, isNullable: true },
          text('sent_via', 16),
          text('received_on', 10),
          { name: 'clock', type: 'text' },
          { ...text('due_date', 10, false), default: "'9999-12-31'" },
          text('long_stop_date', 10),
          { name: 'withdrawn_at', type: instant, isNullable: true },
          { name: 'created_at', type: instant, default: 'CURRENT_TIMESTAMP' },
          { name: 'updated_at', type: instant, default: 'CURRENT_TIMESTAMP' },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          new TableIndex({
            name: 'ix_requests_status_due',
            columnNames: ['status', 'due_date', 'id'],
          }),
          new TableIndex({ name: 'ix_requests_due', columnNames: ['due_date', 'id'] }),
          new TableIndex({
            name: 'ix_requests_authority',
            columnNames: ['authority_id', 'status'],
          }),
          new TableIndex({ name: 'ix_requests_owner', columnNames: ['owner_id', 'status'] }),
          new TableIndex({ name: 'ix_requests_campaign', columnNames: ['campaign', 'status'] }),
        ],
        foreignKeys: [fk('authority_id', 'authorities'), fk('owner_id', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'messages',
        columns: [
          id,
          { name: 'request_id', type: 'integer' },
          text('direction', 8, false),
          text('kind', 32, false),
          text('occurred_at', 40, false),
          text('subject', 500),
          { name: 'body', type: 'text', isNullable: true },
          text('outcome', 32),
          { name: 'exemptions', type: 'text', isNullable: true },
          text('extended_to', 10),
          text('authority_reference', 100),
          text('message_id', 300),
          { name: 'created_by', type: 'integer' },
          { name: 'created_at', type: instant, default: 'CURRENT_TIMESTAMP' },
        ],
        indices: [
          new TableIndex({ name: 'ix_messages_request', columnNames: ['request_id', 'id'] }),
        ],
        foreignKeys: [fk('request_id', 'requests', 'CASCADE'), fk('created_by', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'request_events',
        columns: [
          id,
          { name: 'request_id', type: 'integer' },
          text('type', 40, false),
          { name: 'actor_id', type: 'integer', isNullable: true },
          { name: 'at', type: instant },
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'ix_request_events_request', columnNames: ['request_id', 'id'] }),
        ],
        foreignKeys: [fk('request_id', 'requests', 'CASCADE'), fk('actor_id', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'reference_counters',
        columns: [
          { name: 'year', type: 'integer', isPrimary: true },
          { name: 'last_number', type: 'integer' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['reference_counters', 'request_events', 'messages', 'requests'])
      await queryRunner.dropTable(table);
  }
}
