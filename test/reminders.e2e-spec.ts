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
    t.clock.set(new Date().toISOString());
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
      'long-overdue': 'pending',
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
    expect(statuses.filter((s: string) => s.endsWith(':pending')).length).toBeGreaterThan(0);
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
});
