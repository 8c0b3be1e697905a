/**
 * The mail floor for `npm run bench -- reminders`: a plain nodemailer loop, in a process of its
 * own as the worker is, sending FLOOR_COUNT reminder emails to SMTP_URL over the same pooled
 * transport as MailSender. No database, no queue, no claim: what the pipeline is measured against.
 */
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { smtpTransportOptions } from '@app/mail';
import { ReminderEmails } from '@app/templates';

async function main(): Promise<void> {
  const count = Number(process.env.FLOOR_COUNT ?? 10_000);
  const transporter = nodemailer.createTransport(
    smtpTransportOptions(process.env.SMTP_URL!) as never,
  );
  // The same email a bench reminder gets, so both sides send the same bytes.
  const email = ReminderEmails.load(join(__dirname, '..', 'templates', 'emails')).render({
    kind: 'overdue',
    reference: 'FOI-2026-9999',
    title: 'Bench',
    authorityName: 'Imperial College London',
    forDate: '2025-06-12',
    dayCount: { elapsed: 21, total: 20 },
    requestUrl: 'http://localhost:3000/requests/1',
  });
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      transporter.sendMail({
        from: 'FOI Tracker <foi@localhost>',
        to: 'bench@union.example.org',
        ...email,
        messageId: `<floor-${i}@foi-tracker>`,
      }),
    ),
  );
  transporter.close();
}

void main();
