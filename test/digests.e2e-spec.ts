import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { formatIsoDate, londonDateOf, parseIsoDate } from '@app/domain';
import { createWorkingDayCalendar } from '@app/holidays';
import { REMINDER_QUEUE, SEND_DIGESTS_JOB } from '@app/queue';
import { createWorker } from '../apps/worker/src/create-worker';
import { startSmtpServer, TestSmtpServer, waitFor } from './support/smtp-server';
import { ADMIN, startTestApp, TestApp } from './support/test-app';

/**
 * The daily digest, end to end: Bull on the local Redis, two workers, a real SMTP server. Each
 * officer with outstanding requests gets one email per working day, however often the job runs.
 */
describe('the daily digest', () => {
  const uk = createWorkingDayCalendar().scope('uk');
  const today = parseIsoDate(londonDateOf(new Date()));
  /** A working day at 12:00 UTC (noon or 13:00 in London: after REMINDER_HOUR), not before today. */
  const day = formatIsoDate(uk.isWorkingDay(today) ? today : uk.nextWorkingDayFrom(today));
  const at = `${day}T12:00:00Z`;
  const saturday = formatIsoDate(today + ((6 - ((today + 4) % 7) + 7) % 7 || 7));
  let smtp: TestSmtpServer;
  let t: TestApp;
  let token: string;
  const workers: INestApplicationContext[] = [];
  const references: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp('sqlite', {
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://foi.example.org',
      FOI_DIGESTS: 'on',
    });
    t.time.set(new Date().toISOString());
    token = await t.login();
    const officer = await t.call('POST', '/api/v1/users', {
      token,
      body: {
        email: 'sam@union.example.org',
        name: 'Sam',
        role: 'officer',
        password: 'officer-password',
      },
    });
    expect(officer.status).toBe(201);
    const samToken = await t.login('sam@union.example.org', 'officer-password');
    const create = async (as: string, subject: string, sentDaysAgo: number | null) => {
      const { body } = await t.call('POST', '/api/v1/requests', {
        token: as,
        body: { authorityId: 1, subject, body: 'x', regime: 'foia' },
      });
      if (sentDaysAgo !== null) {
        const sentAt = formatIsoDate(uk.subtractWorkingDays(today, sentDaysAgo));
        const sent = await t.call('POST', `/api/v1/requests/${body.id}/send`, {
          token: as,
          body: { method: 'email', sentAt },
        });
        expect(sent.status).toBe(200);
      }
      references[subject] = body.reference;
    };
    await create(token, 'Overdue contract', 30);
    await create(token, 'Fresh records', 2);
    await create(token, 'Still a draft', null);
    await create(samToken, 'Minutes', 5);
    workers.push(await createWorker({ logger: false }), await createWorker({ logger: false }));
  }, 60_000);

  afterAll(async () => {
    for (const w of workers) await w.close();
    await t.close();
    await smtp.close();
  });

  const queue = () => t.app.get<Queue>(getQueueToken(REMINDER_QUEUE));
  const digests = () => smtp.received.filter((m) => /^<digest-/.test(m.messageId ?? ''));

  it('sends each officer one digest of their outstanding requests, once, however often it runs', async () => {
    // Four runs for the same day at once, picked up by two workers.
    const runs = await Promise.all([1, 2, 3, 4].map(() => queue().add(SEND_DIGESTS_JOB, { at })));
    await waitFor(() => digests().length >= 2, 20_000);
    // Every run has ended (one that met a digest another worker held fails, as it should): only
    // then can "nothing else" be said.
    await Promise.allSettled(runs.map((run) => run.finished()));
    const mails = digests();
    expect(mails).toHaveLength(2);
    const toAdmin = mails.find((m) => m.to && 'text' in m.to && m.to.text === ADMIN.email)!;
    const toSam = mails.find(
      (m) => m.to && 'text' in m.to && m.to.text === 'sam@union.example.org',
    )!;
    expect(toAdmin.subject).toMatch(/^FOI digest for .+: 2 outstanding requests$/);
    expect(toSam.subject).toMatch(/: 1 outstanding request$/);
    expect(toAdmin.messageId).toMatch(new RegExp(`^<digest-${day}-\\d+@foi-tracker>$`));
    // Most urgent first: the overdue one, with its authority, status, state and day count.
    const text = toAdmin.text!;
    expect(text.indexOf(references['Overdue contract'])).toBeLessThan(
      text.indexOf(references['Fresh records']),
    );
    expect(text).toContain(`${references['Overdue contract']}: Overdue contract`);
    expect(text).toContain('Authority: Imperial College London');
    expect(text).toMatch(/Status: awaiting-response; deadline: (overdue|long-overdue)/);
    expect(text).toMatch(/Response due: \w+ \d+ \w+ \d{4} \(day \d+ of 20\)/);
    expect(text).not.toContain(references['Still a draft']);
    expect(toSam.text).toContain(`${references['Minutes']}: Minutes`);
    expect(toSam.html).toContain(`href="http://foi.example.org/requests/`);
    const rows = await t.app
      .get(DataSource)
      .query('SELECT day, status, message_id FROM digests ORDER BY user_id');
    expect(rows).toHaveLength(2);
    expect(
      rows.every((r: { status: string; day: string }) => r.status === 'sent' && r.day === day),
    ).toBe(true);

    // A later run the same day (a restart, another worker) sends nothing more.
    const later = await queue().add(SEND_DIGESTS_JOB, { at: `${day}T15:00:00Z` });
    await later.finished();
    expect(digests()).toHaveLength(2);
  }, 40_000);

  it('sends nothing before REMINDER_HOUR, nor on a weekend', async () => {
    const before = digests().length;
    const nextDay = formatIsoDate(uk.nextWorkingDayFrom(parseIsoDate(day) + 1));
    const early = await queue().add(SEND_DIGESTS_JOB, { at: `${nextDay}T06:30:00Z` });
    const weekend = await queue().add(SEND_DIGESTS_JOB, { at: `${saturday}T12:00:00Z` });
    // Both ran to completion (Bull's own signal), having sent nothing.
    await Promise.all([early.finished(), weekend.finished()]);
    expect(digests()).toHaveLength(before);
    const [{ n }] = await t.app.get(DataSource).query('SELECT COUNT(*) AS n FROM digests');
    expect(Number(n)).toBe(2);
  }, 20_000);
});
