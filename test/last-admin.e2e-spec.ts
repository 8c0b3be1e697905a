import { getStorageToken, ThrottlerStorageService } from '@nestjs/throttler';
import { ADMIN, DATABASES, startTestApp, TestApp } from './support/test-app';

/**
 * The last active admin keeps the role and the account even when two changes that would each
 * leave one admin arrive at once: the count and the change happen in one serialised transaction.
 */
describe.each(DATABASES)('the last active admin under concurrent changes on %s', (database) => {
  let t: TestApp;
  let n = 0;
  /** The one active admin each round starts from. */
  let survivor: Admin;

  beforeAll(async () => {
    t = await startTestApp(database);
    const me = await t.call('GET', '/api/v1/me', { token: await t.login() });
    survivor = { id: me.body.id, token: await t.login(ADMIN.email, ADMIN.password) };
  }, 60_000);
  afterAll(() => t.close());
  // Each round signs in a few people; the per-address limit (10 a minute) is not under test here.
  beforeEach(() => {
    const storage = t.app.get<ThrottlerStorageService>(getStorageToken());
    storage.storage.clear();
    (storage as unknown as { hitExpirations: Map<string, unknown> }).hitExpirations.clear();
  });

  interface Admin {
    id: number;
    token: string;
  }

  /** Two new admins, made by `by`, who then disables `by`: they are the only active admins left. */
  async function twoLastAdmins(by: Admin): Promise<[Admin, Admin]> {
    const made: Admin[] = [];
    for (let i = 0; i < 2; i++) {
      n += 1;
      const email = `admin-${n}-${database}@union.example.org`;
      const created = await t.call('POST', '/api/v1/users', {
        token: by.token,
        body: { email, name: `Admin ${n}`, role: 'admin', password: 'admin-password' },
      });
      expect(created.status).toBe(201);
      made.push({ id: created.body.id, token: await t.login(email, 'admin-password') });
    }
    const off = await t.call('PATCH', `/api/v1/users/${by.id}`, {
      token: made[0].token,
      body: { disabled: true },
    });
    expect(off.status).toBe(200);
    // Each token's user is now in the lookup cache, so both requests below pass the guard at once.
    for (const admin of made) expect((await t.call('GET', '/api/v1/me', admin)).status).toBe(200);
    return [made[0], made[1]];
  }

  async function activeAdmins(token: string): Promise<number[]> {
    const users = await t.call('GET', '/api/v1/users', { token });
    expect(users.status).toBe(200);
    return (users.body as { id: number; role: string; disabled: boolean }[])
      .filter((u) => u.role === 'admin' && !u.disabled)
      .map((u) => u.id);
  }

  it('"A disables B" and "B disables A" at once: exactly one succeeds, the other is 409', async () => {
    for (let round = 0; round < 4; round++) {
      const [a, b] = await twoLastAdmins(survivor);
      const answers = await Promise.all([
        t.call('PATCH', `/api/v1/users/${b.id}`, { token: a.token, body: { disabled: true } }),
        t.call('PATCH', `/api/v1/users/${a.id}`, { token: b.token, body: { disabled: true } }),
      ]);
      expect(answers.map((x) => x.status).sort()).toEqual([200, 409]);
      const refused = answers.find((x) => x.status === 409)!;
      expect(refused.body.errors).toEqual({ disabled: ['last admin'] });
      survivor = answers[0].status === 200 ? a : b;
      expect(await activeAdmins(survivor.token)).toEqual([survivor.id]);
    }
  }, 60_000);

  it('an admin demoting both of the last two admins at once: exactly one is demoted', async () => {
    for (let round = 0; round < 3; round++) {
      const [a, b] = await twoLastAdmins(survivor);
      const answers = await Promise.all([
        t.call('PATCH', `/api/v1/users/${b.id}`, { token: a.token, body: { role: 'officer' } }),
        t.call('PATCH', `/api/v1/users/${a.id}`, { token: a.token, body: { role: 'officer' } }),
      ]);
      expect(answers.map((x) => x.status).sort()).toEqual([200, 409]);
      expect(answers.find((x) => x.status === 409)!.body.errors).toEqual({ role: ['last admin'] });
      survivor = answers[0].status === 200 ? a : b;
      expect(await activeAdmins(survivor.token)).toEqual([survivor.id]);
    }
  }, 60_000);
});
