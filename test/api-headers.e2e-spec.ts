import { ADMIN, startTestApp, TestApp } from './support/test-app';

/**
 * Every /api/v1 answer is kept by no cache and sniffed by no browser: JSON, the exports, and
 * errors, Fastify's own included; the dashboard's pages send the same two.
 */
describe('API responses carry Cache-Control: no-store and X-Content-Type-Options: nosniff', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    token = await t.login();
  }, 60_000);
  afterAll(() => t?.close());

  async function headersOf(
    method: string,
    path: string,
    init: { auth?: boolean; body?: string; type?: string } = {},
  ) {
    const response = await fetch(`${t.url}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(init.auth === false ? {} : { authorization: `Bearer ${token}` }),
        ...(init.body !== undefined ? { 'content-type': init.type ?? 'application/json' } : {}),
      },
      body: init.body,
    });
    await response.arrayBuffer();
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      cacheControl: response.headers.get('cache-control'),
      nosniff: response.headers.get('x-content-type-options'),
    };
  }

  const JSON_TYPE = 'application/json';
  const BIG = 'x'.repeat(300 * 1024);
  it.each([
    ['GET', '/api/v1/me', 'signed in', 200, JSON_TYPE, {}],
    ['GET', '/api/v1/requests', 'JSON list', 200, JSON_TYPE, {}],
    ['GET', '/api/v1/requests.csv', 'CSV export', 200, 'text/csv', {}],
    ['GET', '/api/v1/calendar.ics', 'iCalendar export', 200, 'text/calendar', {}],
    ['GET', '/api/v1/reminders?status=failed', 'JSON list', 200, JSON_TYPE, {}],
    [
      'POST',
      '/api/v1/auth/login',
      'login',
      200,
      JSON_TYPE,
      { auth: false, body: JSON.stringify(ADMIN) },
    ],
    ['GET', '/api/v1/me', 'no token', 401, JSON_TYPE, { auth: false }],
    ['GET', '/api/v1/requests?page=0', 'bad query', 400, JSON_TYPE, {}],
    ['GET', '/api/v1/no-such-thing', 'no route', 404, JSON_TYPE, {}],
    ['POST', '/api/v1/requests', 'bad JSON', 400, JSON_TYPE, { body: '{not json' }],
    ['POST', '/api/v1/requests', 'body too large', 413, JSON_TYPE, { body: BIG }],
  ] as const)('%s %s (%s) → %s', async (method, path, _what, status, type, init) => {
    const got = await headersOf(method, path, init);
    expect(got).toEqual({
      status,
      type: expect.stringContaining(type),
      cacheControl: 'no-store',
      nosniff: 'nosniff',
    });
  });

  it('the dashboard pages send the same two', async () => {
    const page = await headersOf('GET', '/sign-in', { auth: false });
    expect(page).toMatchObject({ status: 200, cacheControl: 'no-store', nosniff: 'nosniff' });
  });
});
