import { ADMIN, startTestApp, TestApp } from './support/test-app';

describe('repeated failed logins are throttled', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
  }, 60_000);
  afterAll(() => t.close());

  it('ten tries a minute from one address, then 429 in the one error shape, even with the right password', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push(
        (
          await t.call('POST', '/api/v1/auth/login', {
            // A different email each time: after five for one account its own back-off answers.
            body: { email: `guess-${i}@union.example.org`, password: `guess-${i}` },
          })
        ).status,
      );
    }
    expect(statuses).toEqual(Array(10).fill(401));
    const blocked = await t.call('POST', '/api/v1/auth/login', { body: ADMIN });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({
      statusCode: 429,
      error: 'Too Many Requests',
      requestId: expect.any(String),
    });
    // Other routes are not throttled.
    expect((await t.call('GET', '/health')).status).toBe(200);
  });
});
