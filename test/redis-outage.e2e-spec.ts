import { ChildProcess, spawn } from 'node:child_process';
import { INestApplicationContext } from '@nestjs/common';
import { formatIsoDate, londonDateOf, parseIsoDate } from '@app/domain';
import { createWorkingDayCalendar } from '@app/holidays';
import { createWorker } from '../apps/worker/src/create-worker';
import { startSmtpServer, TestSmtpServer, waitFor } from './support/smtp-server';
import { startTestApp, TestApp } from './support/test-app';

/** A Redis of the test's own (redis-server from the machine), so stopping it harms no one else. */
function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  return new Promise((resolve) => setTimeout(() => resolve(redis), 300));
}

describe('Redis stopped while requests are created, then started again', () => {
  const port = 20000 + (process.pid % 20000);
  const uk = createWorkingDayCalendar().scope('uk');
  const daysAgo = (n: number) =>
    formatIsoDate(uk.subtractWorkingDays(parseIsoDate(londonDateOf(new Date())), n));
  let redis: ChildProcess;
  let smtp: TestSmtpServer;
  let t: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    redis = await startRedis(port);
    smtp = await startSmtpServer();
    t = await startTestApp('sqlite', {
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: smtp.url,
      REDIS_URL: `redis://127.0.0.1:${port}`,
      FOI_RECONCILE_EVERY_MS: '1000',
    });
    t.time.set(new Date().toISOString());
    worker = await createWorker({ logger: false });
  }, 60_000);

  afterAll(async () => {
    await worker.close();
    await t.close();
    await smtp.close();
    redis.kill('SIGKILL');
  }, 30_000);

  it('the API keeps working, /health says queue: down, and every reminder goes out once Redis is back', async () => {
    const token = await t.login();
    redis.kill('SIGTERM');
    await waitFor(() => redis.exitCode !== null || redis.signalCode !== null, 5000);
    const health = await t.call('GET', '/health');
    expect(health.body).toEqual({ status: 'degraded', db: 'up', queue: 'down' });

    const references: string[] = [];
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      const { body } = await t.call('POST', '/api/v1/requests', {
        token,
        body: { authorityId: 1, subject: `Outage ${i}`, body: 'x', regime: 'foia' },
      });
      const sent = await t.call('POST', `/api/v1/requests/${body.id}/send`, {
        token,
        body: { sentAt: daysAgo(25), method: 'email' },
      });
      expect(sent.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(3000);
      references.push(body.reference);
    }
    expect(smtp.received).toHaveLength(0);

    redis = await startRedis(port);
    await waitFor(() => smtp.received.length >= 5, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(smtp.received.map((m) => m.subject).sort()).toEqual(
      references.map((r) => `${r} is overdue`).sort(),
    );
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(5);
    expect((await t.call('GET', '/health')).body.queue).toBe('up');
  }, 60_000);
});
