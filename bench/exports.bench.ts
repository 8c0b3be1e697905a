import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { WorkingDayCalendar } from '@app/domain';
import { BENCH_ADMIN, createBenchApp, seed } from './api.bench';

const REQUESTS = 10_000;
const LETTER = 'The union asks for the due-diligence records. '.repeat(2300).slice(0, 100 * 1024);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A line of /proc/PID/status in MiB (VmRSS: resident now; VmHWM: the peak since last reset). */
function statusMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) / 1024;
}

/** The real API (apps/api/src/main.ts) in its own process, so its memory is its own. */
async function startServer(env: Record<string, string>): Promise<{
  pid: number;
  url: string;
  stop: () => Promise<void>;
}> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
    {
      cwd: join(__dirname, '..'),
      env: { ...process.env, ...env, PORT: String(port), TS_NODE_TRANSPILE_ONLY: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const look = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve();
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.on('exit', (code) => reject(new Error(`the API exited (${code}): ${output}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    pid: child.pid!,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The server's resident memory while one export is read to its end: idle just before, the peak
 * during (the kernel's high-water mark, reset first, and samples every 10 ms), and the size.
 */
async function measure(
  pid: number,
  url: string,
  headers: Record<string, string>,
): Promise<{ idle: number; peak: number; bytes: number; ms: number }> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  writeFileSync(`/proc/${pid}/clear_refs`, '5'); // resets VmHWM to the current RSS
  const idle = statusMiB(pid, 'VmRSS');
  let sampled = idle;
  const sampler = setInterval(() => (sampled = Math.max(sampled, statusMiB(pid, 'VmRSS'))), 10);
  const started = Date.now();
  const response = await fetch(url, { headers });
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
    bytes += chunk.length;
  const ms = Date.now() - started;
  clearInterval(sampler);
  return { idle, peak: Math.max(sampled, statusMiB(pid, 'VmHWM')), bytes, ms };
}

/**
 * 10,000 requests with 100 KB letters (a gigabyte of letters): the server's memory while it
 * exports them all as CSV, and everyone's deadlines as iCalendar. Target: under 100 MB above idle.
 */
export async function benchExports(): Promise<Record<string, string>> {
  const { app, close } = await createBenchApp();
  const env = { DATA_DIR: process.env.DATA_DIR!, DATABASE_URL: '', FOI_WORKER: 'off' };
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await app.init(); // migrations, the first admin and the seeded authority
    const seedMs = await seed(app.get(DataSource), app.get(WorkingDayCalendar), '2026-11-29', {
      count: REQUESTS,
      body: LETTER,
    });
    server = await startServer(env);
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(BENCH_ADMIN),
    });
    const { token } = (await login.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    const csv = await measure(server.pid, `${server.url}/api/v1/requests.csv`, headers);
    const ics = await measure(server.pid, `${server.url}/api/v1/calendar.ics?all=true`, headers);
    const figure = (m: typeof csv) =>
      `idle ${m.idle.toFixed(0)} MiB, peak ${m.peak.toFixed(0)} MiB (+${(m.peak - m.idle).toFixed(0)} MiB); ${(m.bytes / 1024).toFixed(0)} KiB in ${m.ms} ms`;
    return {
      'seeded (SQLite)': `${REQUESTS.toLocaleString('en-GB')} requests with ${LETTER.length / 1024} KB letters in ${(seedMs / 1000).toFixed(1)} s`,
      'server memory, CSV export of every request': figure(csv),
      'server memory, calendar.ics?all=true': figure(ics),
    };
  } finally {
    await server?.stop();
    await close();
  }
}
