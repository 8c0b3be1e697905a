import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS, openDataSource } from '@app/persistence';
import { DATABASES, freshPostgres } from './support/test-app';

/** SQLite gives instants back as UTC text, PostgreSQL as Dates (the suites run with TZ=UTC). */
function instant(value: unknown): string {
  return value instanceof Date ? value.toISOString() : new Date(`${String(value)}Z`).toISOString();
}

describe.each(DATABASES)('the account-security migration on %s', (database) => {
  it('gives API tokens made before it an end 90 days after they were made, and sessions their kind', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'foi-migration-'));
    const pg = database === 'postgres' ? await freshPostgres() : null;
    const options = { ...dataSourceOptions(pg?.url ?? null, dataDir), migrationsRun: false };
    // Every migration before this one (later ones may follow it in the list).
    const upTo = MIGRATIONS.findIndex((m) => m.name === 'AccountSecurity1765200000000');
    const before = new DataSource({ ...options, migrations: MIGRATIONS.slice(0, upTo) });
    await before.initialize();
    await before.runMigrations();
    const p = (n: number) => (database === 'postgres' ? `$${n}` : '?');
    await before.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)})`,
      ['old@union.example.org', 'Old', 'officer', 'scrypt$16384$8$1$x$y'],
    );
    const insertToken = `INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at) VALUES (${p(1)}, 1, ${p(2)}, ${p(3)})`;
    await before.query(insertToken, ['a'.repeat(64), '2026-01-01 10:00:00', null]);
    await before.query(insertToken, ['b'.repeat(64), '2026-01-02 09:00:00', '2026-01-02 21:00:00']);
    await before.destroy();

    // As the service opens it (a table rebuilt by SQLite must not cascade into its children).
    const after = await openDataSource({ ...options, migrations: MIGRATIONS, migrationsRun: true });
    const rows: { token_hash: string; kind: string; expires_at: unknown }[] = await after.query(
      'SELECT token_hash, kind, expires_at FROM api_tokens ORDER BY id',
    );
    const disabled: { disabled: unknown }[] = await after.query('SELECT disabled FROM users');
    await after.destroy();
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });

    expect(rows.map((r) => ({ kind: r.kind, expiresAt: instant(r.expires_at) }))).toEqual([
      { kind: 'api', expiresAt: '2026-04-01T10:00:00.000Z' },
      { kind: 'session', expiresAt: '2026-01-02T21:00:00.000Z' },
    ]);
    expect(Boolean(disabled[0].disabled)).toBe(false);
  }, 60_000);
});
