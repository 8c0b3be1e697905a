import { Logger } from '@nestjs/common';
import { startSmtpServer, TestSmtpServer } from './support/smtp-server';
import { DATABASES, startTestApp, TestApp } from './support/test-app';

const NOT_EMAILED =
  'The letter could not be emailed; the draft is unchanged. Try again later or send it another way.';

/** What the server logged as warnings while `run` ran (the log is where the mail server's words go). */
async function warningsDuring<T>(run: () => Promise<T>): Promise<{ result: T; warnings: string }> {
  const spy = jest.spyOn(Logger.prototype, 'warn');
  try {
    const result = await run();
    return { result, warnings: spy.mock.calls.map((call) => String(call[0])).join('\n') };
  } finally {
    spy.mockRestore();
  }
}

/**
 * POST /requests/:id/send with deliver: true emails the letter to the authority through a real
 * SMTP server, all or nothing: when the email fails the request is still a draft.
 */
describe.each(DATABASES)('emailing a request to the authority (%s)', (database) => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp(database, {
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Students Union FOI <foi-tracker@union.example.org>',
      FOI_REPLY_TO: 'foi@union.example.org',
    });
    t.time.set(new Date().toISOString());
    token = await t.login();
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  afterEach(() => smtp.refuseWith(null));

  async function draft(subject = 'Due diligence records') {
    const { status, body } = await t.call('POST', '/api/v1/requests', {
      token,
      body: {
        authorityId: 1,
        subject,
        body: 'Dear Registry,\n\nPlease send me the records.\n',
        regime: 'foia',
      },
    });
    expect(status).toBe(201);
    return body as { id: number; reference: string };
  }
  const send = (id: number, body: unknown) =>
    t.call('POST', `/api/v1/requests/${id}/send`, { token, body });
  const show = async (id: number) =>
    (await t.call('GET', `/api/v1/requests/${id}`, { token })).body;

  it('emails the letter with the reference in the subject, Reply-To the FOI mailbox, and stores its Message-ID', async () => {
    const request = await draft();
    const before = smtp.received.length;
    const sent = await send(request.id, { method: 'email', deliver: true });
    expect(sent.status).toBe(200);
    expect(smtp.received).toHaveLength(before + 1);
    const mail = smtp.received[before];
    expect(mail.subject).toBe(`Due diligence records [${request.reference}]`);
    expect(mail.to).toMatchObject({ text: 'foi@imperial.ac.uk' });
    expect(mail.from?.value[0]).toMatchObject({ address: 'foi-tracker@union.example.org' });
    expect(mail.replyTo?.text).toBe('foi@union.example.org');
    expect(mail.text).toBe('Dear Registry,\n\nPlease send me the records.\n');
    const shown = await show(request.id);
    expect(shown.status).toBe('awaiting-response');
    expect(shown.sentVia).toBe('email');
    const outgoing = shown.messages.filter((m: { kind: string }) => m.kind === 'request');
    expect(outgoing).toHaveLength(1);
    expect(outgoing[0].messageId).toBe(mail.messageId);
    expect(mail.messageId).toBe(`<request-${request.id}@foi-tracker>`);
  });

  it('deliver with a method other than email is a 400 naming deliver, and sends nothing', async () => {
    const request = await draft();
    const before = smtp.received.length;
    const sent = await send(request.id, { method: 'post', deliver: true });
    expect(sent.status).toBe(400);
    expect(sent.body.errors).toHaveProperty('deliver');
    expect(sent.body.message).toMatch(/only email/);
    expect(smtp.received).toHaveLength(before);
    expect((await show(request.id)).status).toBe('draft');
  });

  it('a request already sent is a 409 and the letter is not emailed again', async () => {
    const request = await draft();
    expect((await send(request.id, { method: 'email', deliver: true })).status).toBe(200);
    const before = smtp.received.length;
    const again = await send(request.id, { method: 'email', deliver: true });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ statusCode: 409, requestId: expect.any(String) });
    expect(smtp.received).toHaveLength(before);
    expect((await show(request.id)).messages).toHaveLength(1);
  });

  it('a mail server that refuses the letter: 502, one error shape, and the request is still a draft', async () => {
    const request = await draft();
    smtp.refuseWith('550 relaying denied');
    const before = smtp.received.length;
    const { result: sent, warnings } = await warningsDuring(() =>
      send(request.id, { method: 'email', deliver: true }),
    );
    expect(sent.status).toBe(502);
    expect(sent.body).toEqual({
      statusCode: 502,
      error: 'Bad Gateway',
      message: NOT_EMAILED,
      errors: { deliver: [NOT_EMAILED] },
      requestId: expect.any(String),
    });
    // The mail server's answer is logged for whoever runs the service, not shown to the client.
    expect(warnings).toMatch(/could not be emailed to foi@imperial\.ac\.uk: .*relaying denied/);
    expect(smtp.received).toHaveLength(before);
    const shown = await show(request.id);
    expect(shown).toMatchObject({ status: 'draft', sentAt: null, sentVia: null, receivedOn: null });
    expect(shown.messages).toHaveLength(0);
    expect(shown.events.map((e: { type: string }) => e.type)).toContain('send-undone');
    expect(shown.reminders.filter((r: { status: string }) => r.status === 'pending')).toEqual([]);
    // Once the server takes mail again, the same draft goes out normally.
    smtp.refuseWith(null);
    expect((await send(request.id, { method: 'email', deliver: true })).status).toBe(200);
    expect(smtp.received).toHaveLength(before + 1);
  });

  it('an SMTP server that cannot be reached: 502 and the draft untouched, no event recorded', async () => {
    const down = await startSmtpServer();
    await down.close();
    const other = await startTestApp(database, { MAIL_TRANSPORT: 'smtp', SMTP_URL: down.url });
    try {
      const otherToken = await other.login();
      const { body: created } = await other.call('POST', '/api/v1/requests', {
        token: otherToken,
        body: { authorityId: 1, subject: 'Contract', body: 'x', regime: 'foia' },
      });
      const { result: sent, warnings } = await warningsDuring(() =>
        other.call('POST', `/api/v1/requests/${created.id}/send`, {
          token: otherToken,
          body: { method: 'email', deliver: true },
        }),
      );
      expect(sent.status).toBe(502);
      expect(sent.body.message).toBe(NOT_EMAILED);
      // Neither the mail server's address nor the authority's reaches the client.
      const { host, port } = new URL(down.url);
      expect(JSON.stringify(sent.body)).not.toMatch(new RegExp(`${host}|:${port}|ECONNREFUSED|@`));
      expect(warnings).toContain('ECONNREFUSED');
      const shown = (
        await other.call('GET', `/api/v1/requests/${created.id}`, { token: otherToken })
      ).body;
      expect(shown).toMatchObject({ status: 'draft', sentAt: null, messages: [] });
      expect(shown.events.map((e: { type: string }) => e.type)).not.toContain('sent');
    } finally {
      await other.close();
    }
  });
});
