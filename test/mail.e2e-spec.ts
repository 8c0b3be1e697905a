import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { MailSender } from '@app/mail';
import { startSmtpServer as smtpServer } from './support/smtp-server';

const MAIL = {
  to: ['officer@union.example.org'],
  subject: 'FOI-2026-0001 is overdue',
  text: 'Due Thursday 12 June 2025: day 21 of 20.',
  html: '<p>Due <strong>Thursday 12 June 2025</strong>: day 21 of 20.</p>',
  messageId: '<reminder-42@foi-tracker>',
  replyTo: 'foi@union.example.org',
};

describe('MailSender', () => {
  it('writes an .eml file to the outbox by default, one whole message per file', async () => {
    const outboxDir = mkdtempSync(join(tmpdir(), 'foi-outbox-'));
    const sender = new MailSender({
      transport: 'outbox',
      smtpUrl: null,
      from: 'FOI Tracker <foi@union.example.org>',
      outboxDir,
    });
    expect(await sender.send(MAIL)).toBe(MAIL.messageId);
    const files = readdirSync(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/reminder-42@foi-tracker_\.eml$/);
    const parsed = await simpleParser(readFileSync(join(outboxDir, files[0])));
    expect(parsed).toMatchObject({
      subject: MAIL.subject,
      messageId: MAIL.messageId,
      text: MAIL.text,
    });
    expect(parsed.html).toContain('<strong>Thursday 12 June 2025</strong>');
    expect(parsed.replyTo?.text).toBe(MAIL.replyTo);
  });

  it('delivers by SMTP to a real server with the given Message-ID', async () => {
    const server = await smtpServer();
    try {
      const sender = new MailSender({
        transport: 'smtp',
        smtpUrl: server.url,
        from: 'foi@union.example.org',
        outboxDir: '',
      });
      await sender.send(MAIL);
      sender.close();
      expect(server.received).toHaveLength(1);
      expect(server.received[0]).toMatchObject({
        subject: MAIL.subject,
        messageId: MAIL.messageId,
      });
      expect(server.received[0].to).toMatchObject({ text: 'officer@union.example.org' });
    } finally {
      await server.close();
    }
  });

  it('rejects when the SMTP server is not there, so the caller can retry', async () => {
    const server = await smtpServer();
    await server.close();
    const sender = new MailSender({
      transport: 'smtp',
      smtpUrl: server.url,
      from: 'foi@union.example.org',
      outboxDir: '',
    });
    await expect(sender.send(MAIL)).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
