import type autocannon from 'autocannon';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import {
  clockEventsOf,
  computeDeadlines,
  formatIsoDate,
  fromCivil,
  LifecycleMessage,
  MessageKind,
  WorkingDayCalendar,
} from '@app/domain';
import { NO_DUE_DATE } from '@app/persistence';
import { createApiApp } from '../apps/api/src/create-api-app';
import { StoredDatesService } from '../apps/api/src/requests/stored-dates.service';
import { Database, freshPostgres } from '../test/support/test-app';

export const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100_000);
const MESSAGES_PER_REQUEST = 5;

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Five messages a request: sent, acknowledged, chased, and for most an answer or an extension. */
function historyOf(
  rand: () => number,
  received: number,
): { messages: LifecycleMessage[]; status: string } {
  const at = (offset: number) => formatIsoDate(received + offset);
  const m = (
    direction: 'incoming' | 'outgoing',
    kind: MessageKind,
    offset: number,
    extra: Partial<LifecycleMessage> = {},
  ) => ({ direction, kind, occurredAt: at(offset), ...extra });
  const messages: LifecycleMessage[] = [
    m('outgoing', 'request', 0),
    m('incoming', 'acknowledgement', 1),
    m('outgoing', 'note', 2),
  ];
  const roll = rand();
  if (roll < 0.35)
    return {
      messages: [...messages, m('outgoing', 'chaser', 25), m('outgoing', 'note', 26)],
      status: 'awaiting-response',
    };
  if (roll < 0.55)
    return {
      messages: [...messages, m('incoming', 'extension', 20), m('outgoing', 'note', 21)],
      status: 'extended',
    };
  return {
    messages: [
      ...messages,
      m('incoming', 'response', 18, { outcome: 'refused', exemptions: ['s43(2)'] }),
      m('outgoing', 'note', 19),
    ],
    status: 'responded',
  };
}

async function insertRows(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
  rowsPerInsert = Math.floor(30_000 / columns.length),
): Promise<void> {
  const batch = rowsPerInsert;
  // SQLite numbers nothing (`?`); PostgreSQL wants `$1`, `$2`… (the driver says which).
  const placeholder = (index: number) => manager.connection.driver.createParameter('p', index);
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch);
    let index = 0;
    const placeholders = slice
      .map(() => `(${columns.map(() => placeholder(index++)).join(',')})`)
      .join(',');
    await manager.query(
      `INSERT INTO ${table} (${columns.join(',')}) VALUES ${placeholders}`,
      slice.flat(),
    );
  }
}

/**
 * 100,000 requests and 500,000 messages with real clocks, written straight to the database
 * (SQLite or PostgreSQL); `count` and `body` (the letter of every request) for other sizes.
 */
export async function seed(
  dataSource: DataSource,
  calendar: WorkingDayCalendar,
  today: string,
  { count = REQUESTS, body = 'Body' }: { count?: number; body?: string } = {},
): Promise<number> {
  const rand = random(7);
  const started = Date.now();
  const first = fromCivil(2025, 1, 1);
  const requests: unknown[][] = [];
  const messages: unknown[][] = [];
  const now = new Date().toISOString();
  for (let id = 1; id <= count; id++) {
    const received = first + Math.floor(rand() * 690);
    const { messages: history, status } = historyOf(rand, received);
    const clock = clockEventsOf(history);
    const view = computeDeadlines(
      { regime: 'foia', receivedAt: formatIsoDate(received), events: clock },
      calendar,
      { today, explain: false },
    );
    const running = status !== 'responded';
    requests.push([
      id,
      `FOI-2025-${String(id).padStart(6, '0')}`,
      `Seeded request ${id}`,
      'foia',
      status,
      status === 'responded' ? 'refused' : null,
      null,
      id % 7 === 0 ? 'Resolve 1' : null,
      1,
      1,
      null,
      null,
      `Subject ${id}`,
      body,
      now,
      'email',
      formatIsoDate(received),
      JSON.stringify(clock),
      running ? view.dueDate : NO_DUE_DATE,
      running ? view.longStopDate : null,
      null,
      now,
      now,
      1,
    ]);
    for (const msg of history) {
      messages.push([
        id,
        msg.direction,
        msg.kind,
        msg.occurredAt,
        null,
        null,
        msg.outcome ?? null,
        msg.exemptions ? JSON.stringify(msg.exemptions) : null,
        null,
        null,
        null,
        1,
        now,
      ]);
    }
  }
  await dataSource.transaction(async (manager) => {
    await insertRows(
      manager,
      'requests',
      [
        'id',
        'reference',
        'title',
        'regime',
        'status',
        'outcome',
        'exemptions',
        'campaign',
        'authority_id',
        'owner_id',
        'template_id',
        'variables',
        'subject',
        'body',
        'sent_at',
        'sent_via',
        'received_on',
        'clock_events',
        'due_date',
        'long_stop_date',
        'withdrawn_at',
        'created_at',
        'updated_at',
        'version',
      ],
      requests,
      // Long letters: a few rows a statement, so no statement binds hundreds of megabytes.
      body.length > 1000 ? 20 : undefined,
    );
    await insertRows(
      manager,
      'messages',
      [
        'request_id',
        'direction',
        'kind',
        'occurred_at',
        'subject',
        'body',
        'outcome',
        'exemptions',
        'extended_to',
        'authority_reference',
        'message_id',
        'created_by',
        'created_at',
      ],
      messages,
    );
  });
  // The ids were given, so PostgreSQL's sequence has not moved: the next request must follow them.
  if (dataSource.options.type === 'postgres')
    await dataSource.query("SELECT setval(pg_get_serial_sequence('requests', 'id'), $1)", [count]);
  await dataSource.query('ANALYZE');
  return Date.now() - started;
}

/**
 * The load comes from autocannon in its own process, as a client would: in this process it would
 * share the server's event loop and measure itself.
 */
export function run(options: {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  method?: string;
  body?: string;
  headers: Record<string, string>;
}): Promise<autocannon.Result> {
  const args = ['-j', '-c', String(options.connections), '-m', options.method ?? 'GET'];
  if (options.duration) args.push('-d', String(options.duration));
  if (options.amount) args.push('-a', String(options.amount));
  if (options.body) args.push('-b', options.body);
  for (const [name, value] of Object.entries(options.headers)) args.push('-H', `${name}=${value}`);
  args.push(options.url);
  const bin = join(__dirname, '..', 'node_modules', '.bin', 'autocannon');
  return new Promise((resolve, reject) =>
    execFile(bin, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout) as autocannon.Result),
    ),
  );
}

export const BENCH_ADMIN = { email: 'bench@union.example.org', password: 'bench-password' };

/**
 * The real application on a fresh SQLite file in a temporary directory, or on a fresh PostgreSQL
 * database (not listening yet).
 */
export async function createBenchApp(database: Database = 'sqlite') {
  const dataDir = mkdtempSync(join(tmpdir(), 'foi-bench-'));
  const pg = database === 'postgres' ? await freshPostgres() : null;
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    DATABASE_URL: pg?.url ?? '',
    FOI_ADMIN_EMAIL: BENCH_ADMIN.email,
    FOI_ADMIN_PASSWORD: BENCH_ADMIN.password,
  });
  const app = await createApiApp({ logger: false, swaggerUi: false });
  const close = async () => {
    await app.close();
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { app, close };
}

/** The API's figures on SQLite, then on PostgreSQL. */
export async function benchApi(): Promise<Record<string, string>> {
  return { ...(await benchApiOn('sqlite')), ...(await benchApiOn('postgres')) };
}

async function benchApiOn(database: Database): Promise<Record<string, string>> {
  const { app, close } = await createBenchApp(database);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  try {
    const seedMs = await seed(app.get(DataSource), app.get(WorkingDayCalendar), '2026-11-29');
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(BENCH_ADMIN),
    });
    const { token } = (await login.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    const outstanding = await run({
      url: `${url}/api/v1/requests?outstanding=true&sort=dueDate`,
      connections: 50,
      duration: 10,
      headers,
    });
    const firstPage = (await (
      await fetch(`${url}/api/v1/requests?outstanding=true&sort=dueDate`, { headers })
    ).json()) as { total: number };

    // Uncached: 40 different pages, one at a time (each misses the cache).
    const cold: number[] = [];
    for (let page = 2; page <= 41; page++) {
      const started = process.hrtime.bigint();
      await (
        await fetch(`${url}/api/v1/requests?outstanding=true&sort=dueDate&page=${page}`, {
          headers,
        })
      ).text();
      cold.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    cold.sort((a, b) => a - b);

    const body = JSON.stringify({
      authorityId: 1,
      templateId: 'resolve1-due-diligence',
      variables: { requesterName: 'Sam Officer', partnerName: 'Huawei' },
    });
    const creates = await run({
      url: `${url}/api/v1/requests`,
      method: 'POST',
      body,
      connections: 10,
      amount: 3000,
      headers,
    });

    // The seed stores no date for answered requests (as releases before the headline date did),
    // so the first run writes theirs; the second finds nothing to write.
    const dates = app.get(StoredDatesService);
    const stale = await dates.recompute();
    const settled = await dates.recompute();

    const latency = (r: autocannon.Result) =>
      `p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p97.5 ${r.latency.p97_5} ms, p99 ${r.latency.p99} ms`;
    const on = database === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    return {
      [`seeded (${on})`]: `${REQUESTS.toLocaleString('en-GB')} requests, ${(REQUESTS * MESSAGES_PER_REQUEST).toLocaleString('en-GB')} messages in ${(seedMs / 1000).toFixed(1)} s`,
      [`outstanding list, first page by due date, 50 connections, 10 s (${on})`]: `${Math.round(outstanding.requests.average).toLocaleString('en-GB')} req/s, ${latency(outstanding)} (${firstPage.total.toLocaleString('en-GB')} outstanding; errors ${outstanding.errors + outstanding.non2xx})`,
      [`outstanding list, a page not in the cache (40 pages, one at a time) (${on})`]: `median ${cold[20].toFixed(1)} ms, slowest ${cold[39].toFixed(1)} ms`,
      [`create from a template, 10 connections, 3,000 requests (${on})`]: `${Math.round(creates.requests.average).toLocaleString('en-GB')} req/s, ${latency(creates)} (errors ${creates.errors + creates.non2xx})`,
      [`stored dates worked out again (as on start) (${on})`]: `${stale.checked.toLocaleString('en-GB')} open requests in ${(stale.ms / 1000).toFixed(1)} s (${stale.changed.toLocaleString('en-GB')} changed); again with nothing to change, ${(settled.ms / 1000).toFixed(1)} s`,
      [`resident memory after the API runs (${on})`]: `${Math.round(process.memoryUsage().rss / 1048576)} MiB`,
    };
  } finally {
    await close();
  }
}
