import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { REMINDER_QUEUE } from '@app/queue';
import { createApiApp } from '../apps/api/src/create-api-app';
import { startSmtpServer, TestSmtpServer, waitFor } from '../test/support/smtp-server';
import { ServiceProcess, startProcess, startWorkerProcess } from '../test/support/worker-process';

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

/**
 * Seconds from starting the sending process(es), and from the first email the server holds; and
 * the CPU seconds the process(es) used from the first email on.
 */
interface Timing {
  fromStart: number;
  fromFirst: number;
  cpu: number;
}

/** CPU seconds (user + system) a process has used so far, from /proc; 0 once it has gone. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks
  } catch {
    return 0;
  }
}

/** Starts the clock with the processes and stops it when the server holds `count` emails. */
async function timeUntilReceived(
  smtp: TestSmtpServer,
  count: number,
  start: () => ServiceProcess[],
): Promise<Timing> {
  const started = Date.now();
  const procs = start();
  await waitFor(() => smtp.received.length >= 1, 60_000).catch((error: Error) => {
    for (const p of procs) p.child.kill('SIGKILL');
    throw new Error(
      `${error.message}; the processes said:\n${procs.map((p) => p.output()).join('\n')}`,
    );
  });
  const first = Date.now();
  const cpuNow = () => procs.map((p) => cpuSeconds(p.child.pid));
  const cpuAtFirst = cpuNow();
  // Sampled as it goes: the floor's process may have exited by the time the last email is in.
  let cpuLast = cpuAtFirst;
  await waitFor(() => {
    cpuLast = cpuNow().map((seconds, i) => Math.max(seconds, cpuLast[i]));
    return smtp.received.length >= count;
  }, 600_000);
  const done = Date.now();
  const cpu = cpuLast.reduce((sum, seconds, i) => sum + seconds - cpuAtFirst[i], 0);
  for (const p of procs) p.child.kill('SIGTERM');
  await Promise.all(procs.map((p) => p.exited));
  if (process.env.DEBUG_BATCH)
    console.log(
      procs
        .map((p) =>
          p
            .output()
            .split('\n')
            .filter((l) => l.includes('BATCHES'))
            .slice(-1),
        )
        .join('\n'),
    );
  const ids = new Set(smtp.received.map((m) => m.messageId));
  if (ids.size !== count || smtp.received.length !== count)
    throw new Error(
      `expected ${count} distinct emails, got ${smtp.received.length} (${ids.size} distinct)`,
    );
  return { fromStart: (done - started) / 1000, fromFirst: (done - first) / 1000, cpu };
}

/** BENCH_NODE_ARGS, for node in every sending process (the floor's and the workers'). */
function senderNodeArgs(): string[] {
  return process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
}

/**
 * The floor: plain nodemailer on MailSender's pooled transport, in a child process started as the
 * worker is (ts-node), sending 10,000 reminder emails to the same kind of server.
 */
async function mailFloor(): Promise<Timing> {
  const smtp = await startSmtpServer({ parse: false });
  try {
    return await timeUntilReceived(smtp, REMINDERS, () => [
      startProcess(
        'bench/mail-floor.ts',
        { SMTP_URL: smtp.url, FLOOR_COUNT: String(REMINDERS) },
        senderNodeArgs(),
      ),
    ]);
  } finally {
    await smtp.close();
  }
}

/** 10,000 reminders due now, delivered to a local SMTP server by `workers` worker processes. */
async function deliver(workers: number, database: 'sqlite' | 'postgres'): Promise<Timing> {
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
    "INSERT INTO requests (reference, title, regime, status, authority_id, owner_id, subject, body, clock_events, version) VALUES ('FOI-2026-9999', 'Bench', 'foia', 'awaiting-response', 1, 1, 'Bench', 'x', '[]', 1)",
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
  const nodeArgs = senderNodeArgs();
  const timing = await timeUntilReceived(smtp, REMINDERS, () =>
    Array.from({ length: workers }, () => startWorkerProcess(env, nodeArgs)),
  );
  await app.get<Queue>(getQueueToken(REMINDER_QUEUE)).obliterate({ force: true });
  await app.close();
  await pg?.drop();
  await smtp.close();
  rmSync(dataDir, { recursive: true, force: true });
  return timing;
}

const RUNS = {
  '1 worker (SQLite)': () => deliver(1, 'sqlite'),
  '2 workers (SQLite)': () => deliver(2, 'sqlite'),
  '1 worker (PostgreSQL)': () => deliver(1, 'postgres'),
  '2 workers (PostgreSQL)': () => deliver(2, 'postgres'),
};

/**
 * The floor, then the pipeline four ways, each against the floor of the same run: the ratio is
 * the pipeline's time over the floor's, both from starting the process(es) (start-up included:
 * Nest, migrations checked, Bull connecting) and from the first email (the steady rate).
 * BENCH_REMINDER_RUNS (e.g. "1 worker (SQLite)") runs only those; BENCH_NODE_ARGS go to the
 * sending processes' node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 */
export async function benchReminders(): Promise<Record<string, string>> {
  const only = process.env.BENCH_REMINDER_RUNS?.split(',').map((name) => name.trim());
  const floor = await mailFloor();
  const rate = (seconds: number) => Math.round(REMINDERS / seconds).toLocaleString('en-GB');
  const times = (r: Timing) =>
    `${r.fromStart.toFixed(1)} s from start, ${r.fromFirst.toFixed(1)} s from the first email (${rate(r.fromFirst)}/s; sender CPU ${r.cpu.toFixed(1)} s)`;
  const figures: Record<string, string> = {
    '10,000 reminder emails, plain nodemailer pooled loop (the floor)': times(floor),
  };
  for (const [name, run] of Object.entries(RUNS)) {
    if (only && !only.includes(name)) continue;
    const r = await run();
    figures[`10,000 due reminders to a local SMTP server, ${name}`] =
      `${times(r)}; ${(r.fromStart / floor.fromStart).toFixed(2)}× the floor from start, ${(r.fromFirst / floor.fromFirst).toFixed(2)}× from the first email`;
  }
  return figures;
}
