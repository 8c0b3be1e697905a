import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  /** `<something@host>`: derived from what is sent (a reminder id), so a resend is recognisable. */
  messageId: string;
  replyTo?: string;
}

export interface MailSettings {
  transport: 'outbox' | 'smtp';
  smtpUrl: string | null;
  from: string;
  /** Where `outbox` writes one .eml file per message. */
  outboxDir: string;
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
      // Pooled: one SMTP session carries many messages instead of a handshake per reminder.
      this.transporter = nodemailer.createTransport({
        url: settings.smtpUrl,
        pool: true,
        maxConnections: 4,
      } as never);
    } else {
      mkdirSync(settings.outboxDir, { recursive: true });
      this.transporter = nodemailer.createTransport({
        streamTransport: true,
        buffer: true,
        newline: 'unix',
      });
    }
  }

  /** Resolves with the Message-ID once the message is accepted (by the server, or on disk). */
  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transporter.sendMail({
      from: this.settings.from,
      to: mail.to,
      replyTo: mail.replyTo,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
    });
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
