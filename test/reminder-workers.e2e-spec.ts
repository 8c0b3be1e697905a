import { DataSource } from 'typeorm';
import { startSmtpServer, TestSmtpServer, waitFor } from './support/smtp-server';
import { startTestApp, TestApp } from './support/test-app';
import { startWorkerProcess } from './support/worker-process';

/**
 * Several worker processes on one Redis and one database, and a worker killed mid-delivery:
 * every reminder goes out. Needs Redis on 127.0.0.1:6379.
 */
describe('reminder workers in separate processes', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let env: Record<string, string>;
  let requestId: number;
  const workers: ReturnType<typeof startWorkerProcess>[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp('sqlite', { MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url });
    env = {
      DATA_DIR: process.env.DATA_DIR!,
      DATABASE_URL: '',
      FOI_QUEUE_PREFIX: process.env.FOI_QUEUE_PREFIX!,
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: smtp.url,
      FOI_ADMIN_EMAIL: process.env.FOI_ADMIN_EMAIL!,
      FOI_ADMIN_PASSWORD: process.env.FOI_ADMIN_PASSWORD!,
    };
    const token = await t.login();
    const { body } = await t.call('POST', '/api/v1/requests', {
      token,
      body: { authorityId: 1, subject: 'Load', body: 'x', regime: 'foia' },
    });
    requestId = body.id;
  }, 60_000);

  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await t.close();
    await smtp.close();
  });

  /** `count` reminders due a second ago, written straight to the database. */
  async function seedDueReminders(count: number, tag: string): Promise<void> {
    const rows = Array.from({ length: count }, (_, i) => ({
      requestId,
      kind: 'overdue',
      key: `overdue:${tag}-${i}`,
      forDate: '2025-06-12',
      fireAt: new Date(Date.now() - 1000),
      status: 'pending',
      attempts: 0,
    }));
    const dataSource = t.app.get(DataSource);
    for (let i = 0; i < rows.length; i += 200)
      await dataSource.getRepository('ReminderEntity').insert(rows.slice(i, i + 200));
  }

  const messageIds = () => smtp.received.map((m) => m.messageId);

  it('two workers deliver 2,000 reminders that fall due at once: 2,000 emails, no duplicate Message-ID', async () => {
    await seedDueReminders(2000, 'two');
    workers.push(startWorkerProcess(env), startWorkerProcess(env));
    await waitFor(() => smtp.received.length >= 2000, 90_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(smtp.received).toHaveLength(2000);
    expect(new Set(messageIds()).size).toBe(2000);
    const [{ n }] = await t.app
      .get(DataSource)
      .query("SELECT COUNT(*) AS n FROM reminders WHERE status = 'sent'");
    expect(Number(n)).toBe(2000);
  }, 120_000);

  /**
   * A worker commits "sent" while the SMTP server holds the whole message but its final dot, and
   * writes the dot only after the commit. Killed before the commit, the server discards the
   * message and the lapsed claim is taken over by the next worker; killed after it, the message
   * is complete. So: every reminder delivered, none twice.
   */
  it('a worker killed with SIGKILL mid-delivery and another started: every reminder delivered, none twice', async () => {
    for (const w of workers.splice(0)) {
      w.child.kill('SIGTERM');
      await w.exited;
    }
    const before = smtp.received.length;
    await seedDueReminders(400, 'kill');
    const first = startWorkerProcess(env);
    workers.push(first);
    await waitFor(() => smtp.received.length >= before + 50, 60_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const delivered = smtp.received.length - before;
    expect(delivered).toBeLessThan(400);
    workers.push(startWorkerProcess(env));
    await waitFor(() => smtp.received.length >= before + 400, 90_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const ids = messageIds().slice(before);
    expect(new Set(ids).size).toBe(400);
    expect(ids).toHaveLength(400);
    // A message whose dot went out just before the kill is recorded as sent by the worker that
    // takes over its claim once the lease has lapsed (it finds the token in the journal).
    const sentRows = async () =>
      Number(
        (
          await t.app
            .get(DataSource)
            .query(
              "SELECT COUNT(*) AS n FROM reminders WHERE status = 'sent' AND key LIKE 'overdue:kill-%'",
            )
        )[0].n,
      );
    const until = Date.now() + 60_000;
    while ((await sentRows()) < 400 && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await sentRows()).toBe(400);
    expect(messageIds().slice(before)).toHaveLength(400);
  }, 150_000);

  it('SIGTERM mid-delivery: the worker finishes the jobs in hand and exits 0; after a restart every reminder is delivered once', async () => {
    for (const w of workers.splice(0)) {
      w.child.kill('SIGTERM');
      await w.exited;
    }
    const before = smtp.received.length;
    const abortedBefore = smtp.aborted();
    await seedDueReminders(300, 'term');
    const first = startWorkerProcess(env);
    await waitFor(() => smtp.received.length >= before + 30, 60_000);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('SIGTERM: finishing the jobs in hand');
    // Whatever was mid-message when the signal came was finished, not cut off.
    expect(smtp.aborted()).toBe(abortedBefore);
    const [{ n: open }] = await t.app
      .get(DataSource)
      .query(
        "SELECT COUNT(*) AS n FROM reminders WHERE claimed_until IS NOT NULL AND status = 'queued'",
      );
    expect(Number(open)).toBe(0);
    expect(smtp.received.length - before).toBeLessThan(300);
    workers.push(startWorkerProcess(env));
    await waitFor(() => smtp.received.length >= before + 300, 90_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const ids = messageIds().slice(before);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
  }, 150_000);
});
