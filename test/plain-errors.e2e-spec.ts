import { DATABASES, startTestApp, TestApp } from './support/test-app';

/**
 * The API's refusals read in plain words, as the dashboard's do: "Choose the authority", never
 * "authorityId must be an integer number"; `errors` keeps the field keys callers rely on.
 */
const CODE_WORDS = /[a-z][A-Z]|awaiting-|information-provided|must be an integer|\b\w+Id\b/;

describe.each(DATABASES)('errors in plain words (%s)', (database) => {
  jest.setTimeout(60_000);
  let t: TestApp;
  let token: string;
  let sent: number;

  beforeAll(async () => {
    t = await startTestApp(database);
    token = await t.login();
    const created = await t.call('POST', '/api/v1/requests', {
      token,
      body: { authorityId: 1, regime: 'foia', subject: 'Contract', body: 'Please send it.' },
    });
    sent = created.body.id;
    const send = await t.call('POST', `/api/v1/requests/${sent}/send`, {
      token,
      body: { sentAt: '2026-11-02', method: 'email' },
    });
    expect(send.status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
  });

  it.each([
    [
      'a request with nothing in it',
      '/api/v1/requests',
      {},
      400,
      { authorityId: ['Choose the authority'] },
    ],
    [
      'a title too long',
      '/api/v1/requests',
      { authorityId: 1, regime: 'foia', subject: 'S', body: 'B', title: 'x'.repeat(301) },
      400,
      { title: ['Enter a title of 300 characters or fewer'] },
    ],
    [
      'a letter with no authority and no details: every problem in one answer',
      '/api/v1/requests',
      { templateId: 'resolve1-due-diligence', title: 'x'.repeat(301) },
      400,
      {
        authorityId: ['Choose the authority'],
        title: ['Enter a title of 300 characters or fewer'],
        'variables.partnerName': ['Enter the partner name'],
        'variables.requesterName': ['Enter the requester name'],
      },
    ],
    [
      "a letter without the partner's name",
      '/api/v1/requests',
      {
        authorityId: 1,
        templateId: 'resolve1-due-diligence',
        variables: { requesterName: 'Alex Officer' },
      },
      400,
      { 'variables.partnerName': ['Enter the partner name'] },
    ],
    [
      'a response with no outcome',
      '/api/v1/requests/{sent}/messages',
      { direction: 'incoming', kind: 'response', occurredAt: '2026-11-20' },
      400,
      { outcome: ['Choose the outcome of the response'] },
    ],
    [
      'a response with an outcome that is not one',
      '/api/v1/requests/{sent}/messages',
      { direction: 'incoming', kind: 'response', occurredAt: '2026-11-20', outcome: 'ignored' },
      400,
      { outcome: ['Choose the outcome of the response'] },
    ],
    [
      'a clarification with none asked for',
      '/api/v1/requests/{sent}/messages',
      { direction: 'outgoing', kind: 'clarification', occurredAt: '2026-11-20' },
      409,
      {
        kind: [expect.stringContaining('while the request is waiting for a response')],
      },
    ],
  ])('%s', async (_name, path, body, status, errors) => {
    const reply = await t.call('POST', path.replace('{sent}', String(sent)), { token, body });
    expect(reply.status).toBe(status);
    expect(reply.body.errors).toEqual(expect.objectContaining(errors));
    for (const messages of Object.values(reply.body.errors as Record<string, string[]>))
      for (const message of messages) expect(message).not.toMatch(CODE_WORDS);
    expect(reply.body.message).not.toMatch(CODE_WORDS);
  });
});
