import { startTestApp, TestApp } from './support/test-app';

let attempt = 0;

/**
 * A failed login from the client a proxy names in X-Forwarded-For; the status it got. Each try
 * names another email, so the per-address limit answers, not one account's back-off.
 */
async function failedLogin(t: TestApp, client: string): Promise<number> {
  const response = await fetch(`${t.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ email: `guess-${++attempt}@union.example.org`, password: 'wrong' }),
  });
  await response.text();
  return response.status;
}

/**
 * Ten failed logins from one client, each with a different address of its own invention before
 * the one the proxy appends; then one more from it and one from another client.
 */
async function throttledAfterTen(t: TestApp): Promise<{ same: number; other: number }> {
  for (let i = 0; i < 10; i++) expect(await failedLogin(t, `10.9.9.${i}, 203.0.113.7`)).toBe(401);
  return { same: await failedLogin(t, '203.0.113.7'), other: await failedLogin(t, '198.51.100.9') };
}

describe.each([
  ['on', { same: 429, other: 401 }],
  ['127.0.0.1', { same: 429, other: 401 }],
  ['off', { same: 429, other: 429 }],
  ['10.0.0.0/8', { same: 429, other: 429 }],
])('TRUST_PROXY=%s', (setting, expected) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('sqlite', { TRUST_PROXY: setting });
  }, 60_000);
  afterAll(() => t?.close());

  it(
    expected.other === 401
      ? 'login is throttled per client the proxy names, whatever the client wrote before it'
      : 'X-Forwarded-For from an untrusted peer is ignored: every client behind it shares one throttle',
    async () => {
      expect(await throttledAfterTen(t)).toEqual(expected);
    },
  );
});
