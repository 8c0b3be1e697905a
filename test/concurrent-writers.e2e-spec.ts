import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createWorker } from '../apps/worker/src/create-worker';
import { startSmtpServer, TestSmtpServer, waitFor } from './support/smtp-server';
import { Database, DATABASES, startTestApp, TestApp } from './support/test-app';
import { startWorkerProcess } from './support/worker-process';

/**
 * Every writer on one database at once: 20 API writers walking requests through their life, the
 * worker in the same process and a worker in another process delivering 2,000 due reminders to
 * a real SMTP server. No call may answer 5xx, every write the API acknowledged must be there
 * afterwards, and every reminder goes out once. Needs Redis on 127.0.0.1:6379 and PostgreSQL.
 */
const WRITERS = 20;
const WRITING_MS = 30_000;
const REMINDERS = 2000;

interface Expected {
  status: string;
  messages: number;
}

describe.each(DATABASES)('concurrent writers on %s', (database: Database) => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let token: string;
  let inProcessWorker: INestApplicationContext;
  let otherWorker: ReturnType<typeof startWorkerProcess>;

  beforeAll(async () => {
    smtp = await startSmtpServer({ parse: false });
    t = await startTestApp(database, { MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url });
    token = await t.login();
  }, 60_000);

  afterAll(async () => {
    otherWorker?.child.kill('SIGKILL');
    await otherWorker?.exited;
    await inProcessWorker?.close();
    await t.close();
    await smtp.close();
  }, 60_000);

  /** `count` reminders due a second ago on one request, written straight to the database. */
  async function seedDueReminders(count: number): Promise<void> {
    const { body } = await t.call('POST', '/api/v1/requests', {
      token,
      body: { authorityId: 1, subject: 'Reminder load', body: 'x', regime: 'foia' },
    });
    const rows = Array.from({ length: count }, (_, i) => ({
      requestId: body.id,
      kind: 'overdue',
      key: `overdue:load-${i}`,
      forDate: '2026-11-20',
      fireAt: new Date(Date.now() - 1000),
      status: 'pending',
      attempts: 0,
    }));
    const reminders = t.app.get(DataSource).getRepository('ReminderEntity');
    for (let i = 0; i < rows.length; i += 200) await reminders.insert(rows.slice(i, i + 200));
  }

  it(`${WRITERS} API writers for ${WRITING_MS / 1000} s while two workers deliver ${REMINDERS} reminders: no 5xx, nothing lost, each reminder once`, async () => {
    await seedDueReminders(REMINDERS);
    inProcessWorker = await createWorker({ logger: false });
    otherWorker = startWorkerProcess({
      DATA_DIR: process.env.DATA_DIR!,
      DATABASE_URL: process.env.DATABASE_URL!,
      FOI_QUEUE_PREFIX: process.env.FOI_QUEUE_PREFIX!,
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: smtp.url,
      FOI_ADMIN_EMAIL: process.env.FOI_ADMIN_EMAIL!,
      FOI_ADMIN_PASSWORD: process.env.FOI_ADMIN_PASSWORD!,
      FOI_DIGESTS: 'off',
    });

    const expected = new Map<number, Expected>();
    const failures: string[] = [];
    let calls = 0;
    const until = Date.now() + WRITING_MS;

    /** One call; a 2xx applies `then` to what we expect, anything else is written down. */
    async function write(
      label: string,
      method: string,
      path: string,
      body: unknown,
    ): Promise<{ ok: boolean; body: { id?: number } }> {
      calls++;
      const response = await t.call(method, path, { token, body });
      const ok = response.status >= 200 && response.status < 300;
      if (!ok) failures.push(`${label}: ${response.status} ${JSON.stringify(response.body)}`);
      return { ok, body: response.body };
    }

    async function writer(n: number): Promise<void> {
      for (let round = 0; Date.now() < until; round++) {
        const created = await write('create', 'POST', '/api/v1/requests', {
          authorityId: 1,
          subject: `Writer ${n} round ${round}`,
          body: 'Please send the due-diligence records.',
          regime: 'foia',
        });
        if (!created.ok) continue;
        const id = created.body.id!;
        expected.set(id, { status: 'draft', messages: 0 });
        const steps: [string, string, unknown, Expected][] = [
          [
            'send',
            `/api/v1/requests/${id}/send`,
            { sentAt: '2026-11-20', method: 'email' },
            { status: 'awaiting-response', messages: 1 },
          ],
          [
            'acknowledgement',
            `/api/v1/requests/${id}/messages`,
            { direction: 'incoming', kind: 'acknowledgement', occurredAt: '2026-11-23' },
            { status: 'awaiting-response', messages: 2 },
          ],
          round % 2 === 0
            ? [
                'response',
                `/api/v1/requests/${id}/messages`,
                {
                  direction: 'incoming',
                  kind: 'response',
                  occurredAt: '2026-11-26',
                  outcome: 'information-provided',
                },
                { status: 'responded', messages: 3 },
              ]
            : [
                'withdraw',
                `/api/v1/requests/${id}/withdraw`,
                {},
                { status: 'withdrawn', messages: 2 },
              ],
        ];
        for (const [label, path, body, after] of steps) {
          if (!(await write(label, 'POST', path, body)).ok) break;
          expected.set(id, after);
        }
      }
    }

    await Promise.all(Array.from({ length: WRITERS }, (_, n) => writer(n)));

    // Every call answered 2xx: each writer walks its own requests, so nothing else is right.
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(WRITERS * 4);

    for (const [id, want] of expected) {
      const { status, body } = await t.call('GET', `/api/v1/requests/${id}`, { token });
      expect(status).toBe(200);
      expect({ id, status: body.status, messages: body.messages.length }).toEqual({ id, ...want });
    }

    await waitFor(() => smtp.received.length >= REMINDERS, 120_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(REMINDERS);
    expect(new Set(ids).size).toBe(REMINDERS);
    const [{ n }] = await t.app
      .get(DataSource)
      .query(
        "SELECT COUNT(*) AS n FROM reminders WHERE status = 'sent' AND key LIKE 'overdue:load-%'",
      );
    expect(Number(n)).toBe(REMINDERS);
  }, 240_000);
});
