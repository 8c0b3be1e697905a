import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { SentMessageInfo, Transporter } from 'nodemailer';
import type { Readable } from 'node:stream';
import { HeldEndStream } from './held-end-stream';

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  /** `<something@host>`: derived from what is sent (a reminder id), so a resend is recognisable. */
  messageId: string;
  replyTo?: string;
}

export interface SendOptions {
  /**
   * Runs when the whole message but its end has been handed over (over SMTP: after the server's
   * 354, before the final dot); the message is completed only once it resolves, and abandoned if
   * it rejects. The caller commits "sent" here, so a crash before the commit sends nothing.
   */
  beforeEnd?: () => Promise<void>;
  /**
   * Runs synchronously right after `beforeEnd` resolved, in the same step as the end is
   * released (over SMTP the dot follows within nextTick work): a journal line goes here.
   * If it throws, the message is abandoned as for `beforeEnd`.
   */
  atEnd?: () => void;
}

/** Thrown when `beforeEnd` rejected: the message was abandoned, the server never took it. */
export class MessageWithheldError extends Error {
  constructor(readonly reason: Error) {
    super(`message withheld: ${reason.message}`);
    this.name = 'MessageWithheldError';
  }
}

type HeldMail = { data: { heldEnd?: () => Promise<void>; atEnd?: () => void } };

export interface MailSettings {
  transport: 'outbox' | 'smtp';
  smtpUrl: string | null;
  from: string;
  /** Where `outbox` writes one .eml file per message. */
  outboxDir: string;
}

/**
 * The pooled SMTP transport every sender uses (and the bench's plain-nodemailer floor, so the two
 * are compared on the same settings): one SMTP session carries many messages instead of a
 * handshake per reminder.
 */
export function smtpTransportOptions(url: string) {
  return { url, pool: true, maxConnections: 4 };
}

/**
 * Sends mail through nodemailer: by SMTP when configured, otherwise as .eml files in the outbox
 * directory, so a fresh install emails no one by accident and every message can still be read.
 */
export class MailSender {
  private readonly transporter: Transporter;

  constructor(private readonly settings: MailSettings) {
    if (settings.transport === 'smtp') {
      if (!settings.smtpUrl) throw new Error('MAIL_TRANSPORT=smtp needs SMTP_URL');
      this.transporter = nodemailer.createTransport(
        smtpTransportOptions(settings.smtpUrl) as never,
      );
    } else {
      mkdirSync(settings.outboxDir, { recursive: true });
      this.transporter = nodemailer.createTransport({
        streamTransport: true,
        buffer: true,
        newline: 'unix',
      });
    }
    // A 'stream' plugin sees each compiled message; processFunc wraps the stream the transport
    // reads (it is how nodemailer's own DKIM signing works), here to hold back its end.
    this.transporter.use('stream', (mail, done) => {
      const { heldEnd, atEnd } = (mail as unknown as HeldMail).data;
      if (heldEnd)
        mail.message.processFunc((input: Readable) => new HeldEndStream(input, heldEnd, atEnd));
      done();
    });
  }

  /** Resolves with the Message-ID once the message is accepted (by the server, or on disk). */
  async send(mail: OutgoingMail, options: SendOptions = {}): Promise<string> {
    let withheld: Error | null = null;
    // The pool may retry a message on a fresh connection; the commit still runs at most once.
    let release: Promise<void> | null = null;
    const heldEnd = options.beforeEnd
      ? () =>
          (release ??= options.beforeEnd!().catch((error: Error) => {
            withheld = error;
            throw error;
          }))
      : undefined;
    const atEnd = options.atEnd
      ? () => {
          try {
            options.atEnd!();
          } catch (error) {
            withheld = error as Error;
            throw error;
          }
        }
      : undefined;
    let info: SentMessageInfo;
    try {
      info = await this.transporter.sendMail({
        from: this.settings.from,
        to: mail.to,
        replyTo: mail.replyTo,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        heldEnd,
        atEnd,
      } as never);
    } catch (error) {
      if (withheld) throw new MessageWithheldError(withheld);
      throw error;
    }
    if (this.settings.transport === 'outbox')
      this.writeToOutbox(mail.messageId, info.message as Buffer);
    return mail.messageId;
  }

  /** Written under a temporary name and renamed, so a reader never sees half a message. */
  private writeToOutbox(messageId: string, message: Buffer): void {
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^A-Za-z0-9.@-]/g, '_')}.eml`;
    const path = join(this.settings.outboxDir, name);
    writeFileSync(`${path}.tmp`, message);
    renameSync(`${path}.tmp`, path);
  }

  close(): void {
    this.transporter.close();
  }

  /** Called by Nest when the worker shuts down: pooled SMTP sessions are closed politely. */
  onModuleDestroy(): void {
    this.close();
  }
}
