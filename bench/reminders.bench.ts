import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { REMINDER_QUEUE } from '@app/queue';
import { createApiApp } from '../apps/api/src/create-api-app';
import { startSmtpServer, waitFor } from '../test/support/smtp-server';
import { startWorkerProcess } from '../test/support/worker-process';

const REMINDERS = 10_000;
const PG_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh PostgreSQL database for one run, and how to drop it. */
async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `foi_bench_${process.pid}_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** 10,000 reminders due now, delivered to a local SMTP server by `workers` worker processes. */
async function deliver(
  workers: number,
  database: 'sqlite' | 'postgres' = 'sqlite',
): Promise<{ fromStart: number; fromFirst: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'foi-bench-reminders-'));
  const pg = database === 'postgres' ? await freshPostgres() : null;
  const smtp = await startSmtpServer({ parse: false });
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: pg?.url ?? '',
    FOI_QUEUE_PREFIX: `foi-bench-${process.pid}-${workers}-${database}`,
    MAIL_TRANSPORT: 'smtp',
    SMTP_URL: smtp.url,
    FOI_ADMIN_EMAIL: 'bench@union.example.org',
    FOI_ADMIN_PASSWORD: 'bench-password',
    FOI_WORKER: 'off',
    FOI_DIGESTS: 'off',
  };
  Object.assign(process.env, env);
  const app = await createApiApp({ logger: false, swaggerUi: false });
  await app.init(); // migrations, the first admin and the seeded authority
  const dataSource = app.get(DataSource);
  await dataSource.query(
    "INSERT INTO requests (reference, title, regime, status, authority_id, owner_id, subject, body, clock, version) VALUES ('FOI-2026-9999', 'Bench', 'foia', 'awaiting-response', 1, 1, 'Bench', 'x', '[]', 1)",
  );
  const fireAt = new Date(Date.now() - 1000);
  for (let i = 0; i < REMINDERS; i += 500) {
    const rows = Array.from({ length: Math.min(500, REMINDERS - i) }, (_, j) => ({
      requestId: 1,
      kind: 'overdue',
      key: `overdue:bench-${i + j}`,
      forDate: '2025-06-12',
      fireAt,
      status: 'pending',
      attempts: 0,
    }));
    await dataSource.getRepository('ReminderEntity').insert(rows);
  }
  const started = Date.now();
  const procs = Array.from({ length: workers }, () => startWorkerProcess(env));
  await waitFor(() => smtp.received.length >= 1, 60_000);
  const first = Date.now();
  await waitFor(() => smtp.received.length >= REMINDERS, 600_000);
  const done = Date.now();
  for (const p of procs) p.child.kill('SIGTERM');
  await Promise.all(procs.map((p) => p.exited));
  const ids = new Set(smtp.received.map((m) => m.messageId));
  if (ids.size !== REMINDERS || smtp.received.length !== REMINDERS)
    throw new Error(
      `expected ${REMINDERS} distinct emails, got ${smtp.received.length} (${ids.size} distinct)`,
    );
  await app.get<Queue>(getQueueToken(REMINDER_QUEUE)).obliterate({ force: true });
  await app.close();
  await pg?.drop();
  await smtp.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { fromStart: (done - started) / 1000, fromFirst: (done - first) / 1000 };
}

export async function benchReminders(): Promise<Record<string, string>> {
  const one = await deliver(1);
  const two = await deliver(2);
  const onePg = await deliver(1, 'postgres');
  const twoPg = await deliver(2, 'postgres');
  const line = (r: { fromStart: number; fromFirst: number }) =>
    `${r.fromStart.toFixed(1)} s from starting the worker(s), ${r.fromFirst.toFixed(1)} s from the first email (${Math.round(REMINDERS / r.fromFirst)}/s)`;
  return {
    '10,000 due reminders to a local SMTP server, 1 worker (SQLite)': line(one),
    '10,000 due reminders to a local SMTP server, 2 workers (SQLite)': line(two),
    '10,000 due reminders to a local SMTP server, 1 worker (PostgreSQL)': line(onePg),
    '10,000 due reminders to a local SMTP server, 2 workers (PostgreSQL)': line(twoPg),
  };
}
