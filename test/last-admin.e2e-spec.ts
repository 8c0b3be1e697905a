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

  /**
   * Exactly one change went through; the other is the 409. (It may instead be a 401 if the winner
   * revoked its sender's token before the guard read it, the cache of token lookups having just
   * been cleared; the two are sent together and that has not been seen, but it is no failure.)
   * Answers which of the two succeeded, and counts the 409s.
   */
  let conflicts = 0;
  function oneWon(
    answers: { status: number; body: { errors?: unknown } }[],
    field: string,
  ): number {
    expect(answers.filter((x) => x.status === 200)).toHaveLength(1);
    const loser = answers.find((x) => x.status !== 200)!;
    expect([401, 409]).toContain(loser.status);
    if (loser.status === 409) {
      conflicts += 1;
      expect(loser.body.errors).toEqual({ [field]: ['last admin'] });
    }
    return answers.findIndex((x) => x.status === 200);
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
      survivor = oneWon(answers, 'disabled') === 0 ? a : b;
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
      survivor = oneWon(answers, 'role') === 0 ? a : b;
      expect(await activeAdmins(survivor.token)).toEqual([survivor.id]);
    }
    // The refusal is the rule answering, not only a revoked token.
    expect(conflicts).toBeGreaterThan(0);
  }, 60_000);
});
