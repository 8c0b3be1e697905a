import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS, openDataSource } from '@app/persistence';
import { Database, DATABASES } from './support/test-app';

/**
 * Processes started together on a new database (`npm run start:api` beside `npm run
 * start:worker`) each open the database and migrate it. Opened here three at once, as three
 * processes would: one runs the migrations, the others wait and find nothing left to do.
 */
const PG_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

describe.each(DATABASES)('opening a new %s database three times at once', (database: Database) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'foi-migrate-'));
  const name = `foi_migrate_${process.pid}_${Date.now()}`;
  let databaseUrl: string | null = null;
  const opened: DataSource[] = [];

  async function admin(sql: string): Promise<void> {
    const client = new Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(sql);
    await client.end();
  }

  beforeAll(async () => {
    if (database !== 'postgres') return;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  });

  afterAll(async () => {
    await Promise.all(opened.map((d) => d.destroy()));
    rmSync(dataDir, { recursive: true, force: true });
    if (database === 'postgres') await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('all three open, and every migration ran once', async () => {
    const options = dataSourceOptions(databaseUrl, dataDir);
    const results = await Promise.allSettled([1, 2, 3].map(() => openDataSource(options)));
    for (const r of results) if (r.status === 'fulfilled') opened.push(r.value);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'open'))).toEqual([
      'open',
      'open',
      'open',
    ]);
    const rows: { name: string }[] = await opened[0].query('SELECT name FROM migrations');
    expect(rows.map((r) => r.name).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
  }, 60_000);
});
