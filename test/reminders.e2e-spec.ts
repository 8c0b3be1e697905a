import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { formatIsoDate, londonDateOf, parseIsoDate } from '@app/domain';
import { createWorkingDayCalendar } from '@app/holidays';
import { createWorker } from '../apps/worker/src/create-worker';
import { startSmtpServer, TestSmtpServer, waitFor } from './support/smtp-server';
import { ADMIN, startTestApp, TestApp } from './support/test-app';

/**
 * The reminder pipeline with its real parts: SQLite rows, Bull on the local Redis, the worker,
 * and a real SMTP server receiving the mail. Needs Redis on 127.0.0.1:6379.
 */
describe('reminders delivered by the worker', () => {
  const uk = createWorkingDayCalendar().scope('uk');
  const today = parseIsoDate(londonDateOf(new Date()));
  const workingDaysAgo = (n: number) => formatIsoDate(uk.subtractWorkingDays(today, n));
  let smtp: TestSmtpServer;
  let t: TestApp;
  let token: string;
  let worker: INestApplicationContext | null = null;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp('sqlite', {
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://foi.example.org',
    });
    t.time.set(new Date().toISOString());
    token = await t.login();
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await t.close();
    await smtp.close();
  });

  const post = (path: string, body: unknown) => t.call('POST', path, { token, body });

  it('a request received 30 working days ago gets one email, overdue, within 10 seconds — and no earlier ones', async () => {
    const { body: created } = await post('/api/v1/requests', {
      authorityId: 1,
      subject: 'Thirty days on',
      body: 'x',
      regime: 'foia',
    });
    const sent = await post(`/api/v1/requests/${created.id}/send`, {
      sentAt: workingDaysAgo(30),
      method: 'email',
    });
    expect(sent.status).toBe(200);
    const dueDate: string = sent.body.deadline.dueDate;
    worker = await createWorker({ logger: false });
    await waitFor(() => smtp.received.length >= 1, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // nothing else may follow
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.subject).toBe(`${created.reference} is overdue`);
    expect(mail.to).toMatchObject({ text: ADMIN.email });
    expect(mail.messageId).toMatch(/^<reminder-\d+@foi-tracker>$/);
    const longDate = new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
      .format(new Date(`${dueDate}T12:00:00Z`))
      .replace(',', '');
    const elapsed: number = sent.body.deadline.workingDaysElapsed;
    expect(elapsed).toBeGreaterThanOrEqual(29);
    expect(mail.text).toContain(`Was due: ${longDate} (day ${elapsed} of 20)`);
    expect(mail.text).toContain(`http://foi.example.org/requests/${created.id}?letter=chaser`);
    const shown = await t.call('GET', `/api/v1/requests/${created.id}`, { token });
    const byKind = Object.fromEntries(
      shown.body.reminders.map((r: { kind: string; status: string }) => [r.kind, r.status]),
    );
    expect(byKind).toEqual({
      'due-soon': 'skipped',
      'due-today': 'skipped',
      overdue: 'sent',
      // On Bull as a delayed job: the API put it there after the send.
      'long-overdue': 'queued',
    });
  }, 30_000);

  it('an extension cancels the pending reminders and plans new ones; nothing is sent for the cancelled', async () => {
    await worker?.close();
    worker = null;
    const before = smtp.received.length;
    const { body: created } = await post('/api/v1/requests', {
      authorityId: 1,
      subject: 'Extended',
      body: 'x',
      regime: 'foia',
    });
    // 21 working days ago: the overdue reminder is due now and its job is on the queue.
    await post(`/api/v1/requests/${created.id}/send`, {
      sentAt: workingDaysAgo(21),
      method: 'email',
    });
    const extended = await post(`/api/v1/requests/${created.id}/messages`, {
      direction: 'incoming',
      kind: 'extension',
      occurredAt: workingDaysAgo(1),
    });
    expect(extended.status).toBe(201);
    const statuses = extended.body.reminders.map(
      (r: { kind: string; status: string }) => `${r.kind}:${r.status}`,
    );
    expect(statuses).toContain('overdue:cancelled');
    expect(statuses.filter((s: string) => /:(pending|queued)$/.test(s)).length).toBeGreaterThan(0);
    worker = await createWorker({ logger: false });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(smtp.received.length).toBe(before);
    const rows = await t.app
      .get(DataSource)
      .query("SELECT COUNT(*) AS n FROM reminders WHERE request_id = ? AND status = 'sent'", [
        created.id,
      ]);
    expect(Number(rows[0].n)).toBe(0);
  }, 30_000);

  it('a reminder the mail server keeps refusing is retried with backoff, then failed with its last error, on the request and in GET /reminders?status=failed', async () => {
    worker ??= await createWorker({ logger: false });
    smtp.refuseWith('mailbox unavailable');
    const { body: created } = await post('/api/v1/requests', {
      authorityId: 1,
      subject: 'Refused',
      body: 'x',
      regime: 'foia',
    });
    await post(`/api/v1/requests/${created.id}/send`, {
      sentAt: workingDaysAgo(25),
      method: 'email',
    });
    const overdueOf = async () =>
      (await t.call('GET', `/api/v1/requests/${created.id}`, { token })).body.reminders.find(
        (r: { kind: string }) => r.kind === 'overdue',
      );
    // After a first refusal it is open again with the error, and Bull retries it.
    await waitForAsync(async () => (await overdueOf()).lastError !== null, 10_000);
    const retrying = await overdueOf();
    expect(retrying.status).toBe('queued');
    expect(retrying.lastError).toMatch(/mailbox unavailable/);
    // Five attempts, Bull's exponential backoff (2, 6, 14, 30 s): failed after about 52 s.
    await waitForAsync(async () => (await overdueOf()).status === 'failed', 75_000);
    const failed = await overdueOf();
    expect(failed).toMatchObject({ status: 'failed', attempts: 5, sentAt: null });
    expect(failed.lastError).toMatch(/mailbox unavailable/);
    expect(smtp.received.filter((m) => m.subject?.startsWith(created.reference))).toEqual([]);
    const list = await t.call('GET', '/api/v1/reminders?status=failed', { token });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    expect(list.body.items[0]).toMatchObject({
      id: failed.id,
      kind: 'overdue',
      attempts: 5,
      request: { id: created.id, reference: created.reference, title: 'Refused' },
    });
    expect(list.body.items[0].lastError).toMatch(/mailbox unavailable/);
    const bad = await t.call('GET', '/api/v1/reminders?status=sent', { token });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty('status');
    smtp.refuseWith(null);
  }, 100_000);
});

async function waitForAsync(done: () => Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`not done within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
