import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { DeliveryJournal, MailSender, MessageWithheldError } from '@app/mail';
import { startSmtpServer as smtpServer, waitFor } from './support/smtp-server';

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

  describe('holding back the end of a message (exactly-once delivery)', () => {
    const smtpSender = (url: string) =>
      new MailSender({
        transport: 'smtp',
        smtpUrl: url,
        from: 'foi@union.example.org',
        outboxDir: '',
      });

    it('runs beforeEnd while the server holds the whole body but not the final dot', async () => {
      const server = await smtpServer();
      const sender = smtpSender(server.url);
      try {
        let seenByServer: string[] = [];
        await sender.send(MAIL, {
          beforeEnd: async () => {
            // The server accepted DATA and has every byte of the message, yet it is not received.
            await waitFor(() => server.inFlight().some((m) => m.includes(MAIL.text)), 5000);
            seenByServer = server.inFlight();
            expect(server.received).toHaveLength(0);
          },
        });
        expect(seenByServer).toHaveLength(1);
        expect(seenByServer[0]).toContain(`Message-ID: ${MAIL.messageId}`);
        expect(server.received).toHaveLength(1);
        expect(server.received[0].messageId).toBe(MAIL.messageId);
        expect(server.aborted()).toBe(0);
      } finally {
        sender.close();
        await server.close();
      }
    });

    it('abandons the message when beforeEnd fails: the server drops it and nothing is received', async () => {
      const server = await smtpServer();
      const sender = smtpSender(server.url);
      try {
        const sending = sender.send(MAIL, {
          beforeEnd: async () => {
            await waitFor(() => server.inFlight().length === 1, 5000);
            throw new Error('the commit failed');
          },
        });
        await expect(sending).rejects.toBeInstanceOf(MessageWithheldError);
        await waitFor(() => server.aborted() === 1, 5000);
        expect(server.received).toHaveLength(0);
        // The pool carries on with a fresh connection.
        await sender.send({ ...MAIL, messageId: '<reminder-43@foi-tracker>' });
        expect(server.received.map((m) => m.messageId)).toEqual(['<reminder-43@foi-tracker>']);
      } finally {
        sender.close();
        await server.close();
      }
    });

    it('rejects when the server refuses the message after its dot (the caller reopens it)', async () => {
      const server = await smtpServer();
      const sender = smtpSender(server.url);
      try {
        server.refuseWith('mailbox full');
        let committed = false;
        const sending = sender.send(MAIL, { beforeEnd: async () => void (committed = true) });
        await expect(sending).rejects.toThrow(/mailbox full/);
        expect(committed).toBe(true);
        expect(server.received).toHaveLength(0);
      } finally {
        sender.close();
        await server.close();
      }
    });

    it('runs atEnd after beforeEnd, before the dot; a failing atEnd abandons the message', async () => {
      const server = await smtpServer();
      const sender = smtpSender(server.url);
      try {
        const order: string[] = [];
        await sender.send(MAIL, {
          beforeEnd: async () => void order.push('beforeEnd'),
          atEnd: () => void order.push(`atEnd (received ${server.received.length})`),
        });
        expect(order).toEqual(['beforeEnd', 'atEnd (received 0)']);
        expect(server.received).toHaveLength(1);
        const failing = sender.send(
          { ...MAIL, messageId: '<reminder-44@foi-tracker>' },
          {
            beforeEnd: async () => undefined,
            atEnd: () => {
              throw new Error('disk full');
            },
          },
        );
        await expect(failing).rejects.toBeInstanceOf(MessageWithheldError);
        await waitFor(() => server.aborted() === 1, 5000);
        expect(server.received).toHaveLength(1);
      } finally {
        sender.close();
        await server.close();
      }
    });

    it('the delivery journal remembers released tokens across instances (another process)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'foi-journal-'));
      new DeliveryJournal(dir).record('host:1:abc');
      const later = new DeliveryJournal(dir);
      expect(later.has('host:1:abc')).toBe(true);
      expect(later.has('host:1:ab')).toBe(false);
      expect(later.has('host:2:abc')).toBe(false);
    });

    it('the outbox writes the .eml only after beforeEnd resolved', async () => {
      const outboxDir = mkdtempSync(join(tmpdir(), 'foi-outbox-'));
      const sender = new MailSender({
        transport: 'outbox',
        smtpUrl: null,
        from: 'foi@x.org',
        outboxDir,
      });
      let filesAtCommit = -1;
      await sender.send(MAIL, {
        beforeEnd: async () => void (filesAtCommit = readdirSync(outboxDir).length),
      });
      expect(filesAtCommit).toBe(0);
      expect(readdirSync(outboxDir)).toHaveLength(1);
      await expect(
        sender.send(
          { ...MAIL, messageId: '<x@y>' },
          { beforeEnd: () => Promise.reject(new Error('no')) },
        ),
      ).rejects.toBeInstanceOf(MessageWithheldError);
      expect(readdirSync(outboxDir)).toHaveLength(1);
    });
  });
});
