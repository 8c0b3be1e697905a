import { TimeSource } from '@app/platform';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { REMINDER_QUEUE } from '@app/queue';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/create-api-app';

/** A time source a test can set: `time.set('2025-06-06T09:00:00Z')`. */
export class FixedTimeSource extends TimeSource {
  constructor(private instant = new Date('2026-11-29T10:00:00Z')) {
    super();
  }
  set(iso: string): void {
    this.instant = new Date(iso);
  }
  now(): Date {
    return new Date(this.instant);
  }
}

export type Database = 'sqlite' | 'postgres';
export const DATABASES: Database[] = ['sqlite', 'postgres'];

/** PostgreSQL for the suites (this machine: trust auth, database `test`). Needs a running server. */
const PG_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const ADMIN = { email: 'admin@union.example.org', password: 'correct horse battery' };

export interface TestApp {
  app: NestFastifyApplication;
  time: FixedTimeSource;
  url: string;
  /** fetch against the app with JSON in and out; `token` signs the call. */
  call(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; raw?: string },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are asserted field by field
  ): Promise<{ status: number; body: any }>;
  login(email?: string, password?: string): Promise<string>;
  close(): Promise<void>;
  /**
   * Stops this app, keeping its database, and starts a new one on it (as after an upgrade), with
   * `more` added to its environment.
   */
  reopen(more?: Record<string, string>): Promise<TestApp>;
}

export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `foi_e2e_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The real application on a real database (fresh SQLite file or fresh PostgreSQL database). */
export async function startTestApp(
  database: Database,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'foi-e2e-'));
  const pg = database === 'postgres' ? await freshPostgres() : null;
  return startOn(dataDir, pg, env);
}

async function startOn(
  dataDir: string,
  pg: { url: string; drop: () => Promise<void> } | null,
  env: Record<string, string>,
): Promise<TestApp> {
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    DATABASE_URL: pg?.url ?? '',
    FOI_ADMIN_EMAIL: ADMIN.email,
    FOI_ADMIN_PASSWORD: ADMIN.password,
    // Each app gets its own Redis keys, so suites and runs never see each other's jobs.
    FOI_QUEUE_PREFIX: `foi-test-${process.pid}-${Date.now()}`,
    FOI_WORKER: 'off',
    MAIL_TRANSPORT: 'outbox',
    SMTP_URL: '',
    // Workers started by a suite send no daily digest unless it asks (it would add emails).
    FOI_DIGESTS: 'off',
    // The suites create users and sign in hundreds of times: scrypt at its floor (2^14), not
    // OWASP's 2^17, which a suite that tests the cost itself asks for.
    FOI_SCRYPT_LOG2N: '14',
    // The shipped calendar, unless a suite asks for another (one suite's file must not leak).
    FOI_HOLIDAYS_FILE: '',
    ...env,
  });
  const time = new FixedTimeSource();
  const app = await createApiApp({ logger: false, swaggerUi: false, time });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const call: TestApp['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let payload: string | undefined = options.raw;
    if (options.body !== undefined) payload = JSON.stringify(options.body);
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${url}${path}`, { method, headers, body: payload });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body };
  };
  return {
    app,
    time,
    url,
    call,
    async login(email = ADMIN.email, password = ADMIN.password) {
      const { status, body } = await call('POST', '/api/v1/auth/login', {
        body: { email, password },
      });
      if (status !== 200) throw new Error(`login failed: ${status} ${JSON.stringify(body)}`);
      return body.token as string;
    },
    async close() {
      // Leave no keys behind in the shared Redis.
      await app.get<Queue>(getQueueToken(REMINDER_QUEUE)).obliterate({ force: true });
      await app.close();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    async reopen(more = {}) {
      await app.get<Queue>(getQueueToken(REMINDER_QUEUE)).obliterate({ force: true });
      await app.close();
      return startOn(dataDir, pg, { ...env, ...more });
    },
  };
}
