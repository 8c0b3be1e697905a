import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import {
  deliverOnce,
  DeliveryJournal,
  DeliveryStore,
  MailSender,
  MessageWithheldError,
} from '@app/mail';
import type { FoiRequestEntity } from '@app/persistence';
import type { AppConfig } from '@app/platform';
import { LetterMailer } from '../apps/api/src/requests/letter-mailer';
import { startSmtpServer as smtpServer, TestSmtpServer, waitFor } from './support/smtp-server';

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

/**
 * The exactly-once send on its own, against a real SMTP server and a real journal, with a store
 * that writes down what it was asked (the database-backed stores run in the reminder, digest and
 * letter suites).
 */
describe('deliverOnce', () => {
  function store(
    overrides: Partial<DeliveryStore<string>> = {},
  ): DeliveryStore<string> & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      leaseMs: 0,
      claim: async () => ({ status: 'claimed', token: 'tok-1', tookOverFrom: null, item: 'x' }),
      renew: async (token) => (calls.push(`renew ${token}`), true),
      record: async (token) => void calls.push(`record ${token}`),
      release: async (token, error) => void calls.push(`release ${token}: ${error.message}`),
      ...overrides,
    };
  }

  async function withServer(
    run: (
      tools: { mail: MailSender; journal: DeliveryJournal },
      server: TestSmtpServer,
    ) => Promise<void>,
  ): Promise<void> {
    const server = await smtpServer();
    const mail = new MailSender({
      transport: 'smtp',
      smtpUrl: server.url,
      from: 'foi@x.org',
      outboxDir: '',
    });
    try {
      await run(
        { mail, journal: new DeliveryJournal(mkdtempSync(join(tmpdir(), 'foi-journal-'))) },
        server,
      );
    } finally {
      mail.close();
      await server.close();
    }
  }

  it('claims, renews at the dot, journals the token, sends once and records it', () =>
    withServer(async (tools, server) => {
      const s = store();
      const outcome = await deliverOnce(tools, 'a test', s, () => MAIL);
      expect(outcome).toEqual({ status: 'sent' });
      expect(s.calls).toEqual(['renew tok-1', 'record tok-1']);
      expect(tools.journal.has('tok-1')).toBe(true);
      expect(server.received.map((m) => m.messageId)).toEqual([MAIL.messageId]);
    }));

  it('a claim lost at the last check withholds the message: nothing sent, released or recorded', () =>
    withServer(async (tools, server) => {
      const s = store({ renew: async () => false });
      expect(await deliverOnce(tools, 'a test', s, () => MAIL)).toEqual({ status: 'taken' });
      await waitFor(() => server.aborted() === 1, 5000);
      expect(server.received).toHaveLength(0);
      expect(s.calls).toEqual([]);
      expect(tools.journal.has('tok-1')).toBe(false);
    }));

  it('a server refusing after the dot: the claim is released with its words, and the error thrown', () =>
    withServer(async (tools, server) => {
      server.refuseWith('mailbox full');
      const s = store();
      await expect(deliverOnce(tools, 'a test', s, () => MAIL)).rejects.toThrow(/mailbox full/);
      expect(s.calls).toEqual([
        'renew tok-1',
        expect.stringMatching(/^release tok-1: .*mailbox full/),
      ]);
    }));

  it("a dead sender's message found in the journal is recorded, not sent again; busy and closed send nothing", () =>
    withServer(async (tools, server) => {
      tools.journal.record('dead-1');
      const s = store({
        claim: async () => ({
          status: 'claimed',
          token: 'tok-2',
          tookOverFrom: 'dead-1',
          item: 'x',
        }),
      });
      expect(await deliverOnce(tools, 'a test', s, () => MAIL)).toEqual({ status: 'recorded' });
      expect(s.calls).toEqual(['record tok-2']);
      const until = new Date(Date.now() + 1000);
      const busy = store({ claim: async () => ({ status: 'busy', until }) });
      expect(await deliverOnce(tools, 'a test', busy, () => MAIL)).toEqual({
        status: 'busy',
        until,
      });
      const closed = store({ claim: async () => ({ status: 'closed' }) });
      expect(await deliverOnce(tools, 'a test', closed, () => MAIL)).toEqual({ status: 'closed' });
      expect(server.received).toHaveLength(0);
    }));

  it('within half its lease a claim is not renewed (no write at the dot)', () =>
    withServer(async (tools) => {
      const s = store({ leaseMs: 60_000 });
      expect(await deliverOnce(tools, 'a test', s, () => MAIL)).toEqual({ status: 'sent' });
      expect(s.calls).toEqual(['record tok-1']);
    }));
});

describe('LetterMailer: the commit is the claim, made at the dot', () => {
  const request = {
    id: 7,
    reference: 'FOI-2026-0007',
    subject: 'Records',
    body: 'Dear Registry,\n',
    authority: { email: 'foi@authority.example.org' },
  } as FoiRequestEntity;

  it('a server refusing the letter after its dot runs the undo the commit handed back', async () => {
    const server = await smtpServer();
    const mail = new MailSender({
      transport: 'smtp',
      smtpUrl: server.url,
      from: 'foi@x.org',
      outboxDir: '',
    });
    const letters = new LetterMailer(mail, { replyTo: null } as AppConfig);
    try {
      const steps: string[] = [];
      server.refuseWith('policy rejection');
      const commit = async (messageId: string) => {
        steps.push(`commit ${messageId}`);
        return async () => void steps.push('undo');
      };
      await expect(letters.send(request, commit)).rejects.toThrow(/policy rejection/);
      expect(steps).toEqual(['commit <request-7@foi-tracker>', 'undo']);
      server.refuseWith(null);
      // A refused commit sends nothing; its own error is the reason.
      const refused = letters.send(request, () => Promise.reject(new Error('changed meanwhile')));
      await expect(refused).rejects.toMatchObject({ reason: { message: 'changed meanwhile' } });
      // Accepted: committed once, no undo.
      steps.length = 0;
      await letters.send(request, commit);
      expect(steps).toEqual(['commit <request-7@foi-tracker>']);
      expect(server.received.map((m) => m.subject)).toEqual(['Records [FOI-2026-0007]']);
    } finally {
      mail.close();
      await server.close();
    }
  });
});
