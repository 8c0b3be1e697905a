import { getStorageToken, ThrottlerStorageService } from '@nestjs/throttler';
import { hashPassword } from '@app/platform';
import { DataSource } from 'typeorm';
import { UsersRepository, WriteLock } from '@app/persistence';
import { DashboardSession } from './support/dashboard-session';
import { ADMIN, DATABASES, startTestApp, TestApp } from './support/test-app';

const DAY_MS = 86_400_000;

describe.each(DATABASES)('accounts and tokens on %s', (database) => {
  let t: TestApp;
  let admin: string;
  let n = 0;

  /**
   * The per-address limit (10 sign-ins a minute, in memory) is tested in login-throttle; here each
   * test starts with it fresh, so what answers is the per-account back-off under test.
   */
  function freshAddressAllowance(): void {
    const storage = t.app.get<ThrottlerStorageService>(getStorageToken());
    storage.storage.clear();
    // Its record of each hit's expiry is private, and counts again if only the above is cleared.
    (storage as unknown as { hitExpirations: Map<string, unknown> }).hitExpirations.clear();
  }

  async function newUser(role = 'officer', password = 'first-password') {
    n += 1;
    const email = `person-${n}-${database}@union.example.org`;
    const created = await t.call('POST', '/api/v1/users', {
      token: admin,
      body: { email, name: `Person ${n}`, role, password },
    });
    expect(created.status).toBe(201);
    return { id: created.body.id as number, email, password };
  }

  const login = (email: string, password: string) =>
    t.call('POST', '/api/v1/auth/login', { body: { email, password } });
  const me = (token: string) => t.call('GET', '/api/v1/me', { token });

  beforeAll(async () => {
    t = await startTestApp(database);
    admin = await t.login();
  }, 60_000);
  afterAll(() => t.close());
  beforeEach(() => {
    freshAddressAllowance();
    t.time.set('2026-11-29T10:00:00Z');
  });

  describe('token expiry', () => {
    it('an API token ends FOI_TOKEN_DAYS (90) after sign-in', async () => {
      const user = await newUser();
      const signedIn = await login(user.email, user.password);
      expect(signedIn.body.expiresAt).toBe(
        new Date(Date.parse('2026-11-29T10:00:00Z') + 90 * DAY_MS).toISOString(),
      );
      const token = signedIn.body.token as string;
      t.time.set('2027-02-27T09:59:00Z');
      expect((await me(token)).status).toBe(200);
      t.time.set('2027-02-27T10:00:01Z');
      expect((await me(token)).status).toBe(401);
    });
  });

  describe('when a token was last used', () => {
    const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms, 'no answer'));

    /**
     * Holds up every write of `last_used_at` until the returned function is called: on SQLite by
     * holding this process's write queue, on PostgreSQL by locking the token rows.
     */
    async function holdWrites(): Promise<() => Promise<void>> {
      if (database === 'sqlite') {
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        void t.app.get(WriteLock).run(() => held);
        return async () => release();
      }
      const runner = t.app.get(DataSource).createQueryRunner();
      await runner.startTransaction();
      await runner.query('SELECT id FROM api_tokens FOR UPDATE');
      return async () => {
        await runner.commitTransaction();
        await runner.release();
      };
    }

    it('an authenticated read does not wait for that write', async () => {
      const user = await newUser();
      const token = await t.login(user.email, user.password);
      const release = await holdWrites();
      try {
        const answer = await Promise.race([me(token), after(3000)]);
        expect(answer).toMatchObject({ status: 200 });
      } finally {
        await release();
      }
    });

    it('a failure of that write does not fail the read', async () => {
      const db = t.app.get(DataSource);
      const refuse =
        database === 'sqlite'
          ? [
              `CREATE TRIGGER refuse_touch BEFORE UPDATE OF last_used_at ON api_tokens
               BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
            ]
          : [
              `CREATE FUNCTION refuse_touch() RETURNS trigger LANGUAGE plpgsql AS
               $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`,
              `CREATE TRIGGER refuse_touch BEFORE UPDATE OF last_used_at ON api_tokens
               FOR EACH ROW EXECUTE FUNCTION refuse_touch()`,
            ];
      const user = await newUser();
      const token = await t.login(user.email, user.password);
      for (const sql of refuse) await db.query(sql);
      try {
        expect((await me(token)).status).toBe(200);
      } finally {
        await db.query(
          database === 'sqlite'
            ? 'DROP TRIGGER refuse_touch'
            : 'DROP TRIGGER refuse_touch ON api_tokens',
        );
        if (database === 'postgres') await db.query('DROP FUNCTION refuse_touch()');
      }
    });
  });

  describe('listing and revoking tokens', () => {
    it('lists kind, dates and which one is current, never the secret; revoking one stops it at once', async () => {
      const user = await newUser();
      const first = await t.login(user.email, user.password);
      const second = await t.login(user.email, user.password);
      await me(first); // marks it used, without waiting for that write
      let listed = await t.call('GET', '/api/v1/me/tokens', { token: first });
      for (let i = 0; i < 20 && !listed.body[1]?.lastUsedAt; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        listed = await t.call('GET', '/api/v1/me/tokens', { token: first });
      }
      expect(listed.status).toBe(200);
      expect(listed.body).toHaveLength(2);
      const [newest, older] = listed.body;
      expect(Object.keys(older).sort()).toEqual(
        ['createdAt', 'current', 'expiresAt', 'id', 'kind', 'lastUsedAt'].sort(),
      );
      expect(older).toMatchObject({ kind: 'api', current: true, lastUsedAt: expect.any(String) });
      expect(newest).toMatchObject({ kind: 'api', current: false });
      expect(JSON.stringify(listed.body)).not.toContain(second);

      const revoked = await t.call('DELETE', `/api/v1/me/tokens/${newest.id}`, { token: first });
      expect(revoked.status).toBe(204);
      expect((await me(second)).status).toBe(401);
      expect((await me(first)).status).toBe(200);
      // Someone else's token is not yours to revoke, and says nothing about it.
      const other = await newUser();
      const theirs = await t.login(other.email, other.password);
      const [theirToken] = (await t.call('GET', '/api/v1/me/tokens', { token: theirs })).body;
      const refused = await t.call('DELETE', `/api/v1/me/tokens/${theirToken.id}`, {
        token: first,
      });
      expect(refused.status).toBe(404);
      expect((await me(theirs)).status).toBe(200);
    });

    it("an admin lists and revokes another user's tokens; others may not", async () => {
      const user = await newUser();
      const token = await t.login(user.email, user.password);
      const listed = await t.call('GET', `/api/v1/users/${user.id}/tokens`, { token: admin });
      expect(listed.body).toEqual([expect.objectContaining({ kind: 'api', current: false })]);
      const other = await t.login((await newUser()).email, 'first-password');
      expect(
        (await t.call('GET', `/api/v1/users/${user.id}/tokens`, { token: other })).status,
      ).toBe(403);
      const gone = await t.call('DELETE', `/api/v1/users/${user.id}/tokens/${listed.body[0].id}`, {
        token: admin,
      });
      expect(gone.status).toBe(204);
      expect((await me(token)).status).toBe(401);
    });
  });

  describe('changes that revoke every token', () => {
    it.each([
      ['a password reset by an admin', { password: 'reset-by-admin' }],
      ['a role change', { role: 'viewer' }],
      ['disabling', { disabled: true }],
    ])('%s revokes all of the user’s tokens at once', async (_, change) => {
      const user = await newUser();
      const tokens = [
        await t.login(user.email, user.password),
        await t.login(user.email, user.password),
      ];
      for (const token of tokens) expect((await me(token)).status).toBe(200); // now cached
      const patched = await t.call('PATCH', `/api/v1/users/${user.id}`, {
        token: admin,
        body: change,
      });
      expect(patched.status).toBe(200);
      for (const token of tokens) expect((await me(token)).status).toBe(401);
    });

    it('a name change revokes nothing', async () => {
      const user = await newUser();
      const token = await t.login(user.email, user.password);
      await t.call('PATCH', `/api/v1/users/${user.id}`, {
        token: admin,
        body: { name: 'Renamed' },
      });
      expect((await me(token)).body.name).toBe('Renamed');
    });
  });

  describe('calendar feeds', () => {
    /** A new secret feed address made on the account page; answers the feed's path. */
    async function feedOf(email: string, password: string): Promise<string> {
      const session = new DashboardSession(t);
      expect((await session.signIn(email, password)).status).toBe(303);
      const csrf = DashboardSession.csrfOf((await session.get('/account')).html);
      const page = await session.follow(await session.post('/account/calendar', { _csrf: csrf }));
      return new URL(/value="(http[^"]+\.ics)"/.exec(page.html)![1]).pathname;
    }
    const feedStatus = async (path: string) => (await new DashboardSession(t).get(path)).status;

    it.each([
      ['disabling', { disabled: true }],
      ['a password reset by an admin', { password: 'reset-by-admin' }],
      ['a role change', { role: 'viewer' }],
    ])('%s ends the feed address too, as it ends every token', async (_, change) => {
      const user = await newUser();
      const feed = await feedOf(user.email, user.password);
      expect(await feedStatus(feed)).toBe(200);
      const patched = await t.call('PATCH', `/api/v1/users/${user.id}`, {
        token: admin,
        body: change,
      });
      expect(patched.status).toBe(200);
      expect(await feedStatus(feed)).toBe(404);
      // Enabled again, the old address stays dead: the person makes a new one.
      await t.call('PATCH', `/api/v1/users/${user.id}`, {
        token: admin,
        body: { disabled: false },
      });
      expect(await feedStatus(feed)).toBe(404);
    });

    it('changing one’s own password ends the feed address', async () => {
      const user = await newUser();
      const feed = await feedOf(user.email, user.password);
      const session = new DashboardSession(t);
      await session.signIn(user.email, user.password);
      const csrf = DashboardSession.csrfOf((await session.get('/account')).html);
      const changed = await session.post('/account/password', {
        _csrf: csrf,
        current: user.password,
        password: 'a-second-password',
      });
      expect(changed.status).toBe(303);
      expect(await feedStatus(feed)).toBe(404);
      expect(await feedStatus(await feedOf(user.email, 'a-second-password'))).toBe(200);
    });

    it('a disabled user’s feed answers 404 like an unknown address, even with its key still stored', async () => {
      const user = await newUser();
      const feed = await feedOf(user.email, user.password);
      // Straight to the row, as another process or an old release might leave it.
      await t.app.get(UsersRepository).update(user.id, { disabled: true });
      const refused = await new DashboardSession(t).get(feed);
      expect(refused.status).toBe(404);
      expect(refused.html).toContain('no calendar at this address');
    });
  });

  describe('disabling users', () => {
    it('a disabled user cannot sign in, with the same answer as a wrong password; enabled again, they can', async () => {
      const user = await newUser();
      const disabled = await t.call('PATCH', `/api/v1/users/${user.id}`, {
        token: admin,
        body: { disabled: true },
      });
      expect(disabled.body).toEqual({
        id: user.id,
        email: user.email,
        name: expect.any(String),
        role: 'officer',
        disabled: true,
      });
      const refused = await login(user.email, user.password);
      const wrong = await login(user.email, 'not-the-password');
      expect(refused.status).toBe(401);
      expect(refused.body.message).toBe(wrong.body.message);
      await t.call('PATCH', `/api/v1/users/${user.id}`, {
        token: admin,
        body: { disabled: false },
      });
      expect((await login(user.email, user.password)).status).toBe(200);
    });

    it('the last active admin cannot be disabled (409); with a second admin, one can', async () => {
      const me0 = (await me(admin)).body;
      const refused = await t.call('PATCH', `/api/v1/users/${me0.id}`, {
        token: admin,
        body: { disabled: true },
      });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe('the last active admin cannot be disabled');
      expect(refused.body.errors).toEqual({ disabled: ['last admin'] });
      const second = await newUser('admin');
      const secondToken = await t.login(second.email, second.password);
      // Disabled, the second admin no longer counts: the first still cannot be disabled.
      await t.call('PATCH', `/api/v1/users/${second.id}`, {
        token: admin,
        body: { disabled: true },
      });
      expect(
        (
          await t.call('PATCH', `/api/v1/users/${me0.id}`, {
            token: admin,
            body: { role: 'officer' },
          })
        ).status,
      ).toBe(409);
      expect((await me(secondToken)).status).toBe(401);
    });

    it('`disabled` must be true or false', async () => {
      const user = await newUser();
      const bad = await t.call('PATCH', `/api/v1/users/${user.id}`, {
        token: admin,
        body: { disabled: 'yes' },
      });
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.errors)).toEqual(['disabled']);
    });
  });

  describe('per-account back-off', () => {
    async function failFiveTimes(email: string) {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await login(email, `guess-${i}`)).status);
      return statuses;
    }

    it('after five failures the account waits (429, Retry-After), even with the right password, from any address', async () => {
      const user = await newUser();
      expect(await failFiveTimes(user.email)).toEqual([401, 401, 401, 401, 401]);
      freshAddressAllowance(); // as if the next guess came from elsewhere
      const blocked = await t.call('POST', '/api/v1/auth/login', {
        body: { email: user.email.toUpperCase(), password: user.password },
      });
      expect(blocked.status).toBe(429);
      expect(blocked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      const response = await fetch(`${t.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: user.password }),
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBe(30);
      // The wait passes; success clears the count, so the next failure is one of five again.
      t.time.set('2026-11-29T10:00:31Z');
      expect((await login(user.email, user.password)).status).toBe(200);
      expect((await login(user.email, 'wrong-again')).status).toBe(401);
      expect((await login(user.email, user.password)).status).toBe(200);
    });

    it.each([
      ['an account', true],
      ['an unknown email', false],
    ])(
      'ten wrong guesses at once for %s: five reach the password check, the rest wait',
      async (_, known) => {
        const email = known ? (await newUser()).email : `at-once-${database}@union.example.org`;
        // Ten: the per-address limit (ten a minute) lets them all through to the account's back-off.
        const answers = await Promise.all(
          Array.from({ length: 10 }, (_, i) => login(email, `guess-at-once-${i}`)),
        );
        const statuses = answers.map((a) => a.status).sort();
        expect(statuses).toEqual([...Array(5).fill(401), ...Array(5).fill(429)]);
        for (const refused of answers.filter((a) => a.status === 429))
          expect(refused.body.message).toContain('too many failed attempts');
      },
    );

    it('the wait grows with each further failure', async () => {
      const user = await newUser();
      await failFiveTimes(user.email);
      t.time.set('2026-11-29T10:00:31Z');
      expect((await login(user.email, 'sixth-guess')).status).toBe(401);
      const response = await fetch(`${t.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: user.password }),
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBe(60);
    });

    it('an unknown email gets exactly the same answers, so the back-off reveals nothing', async () => {
      const email = `nobody-${database}@union.example.org`;
      expect(await failFiveTimes(email)).toEqual([401, 401, 401, 401, 401]);
      expect((await login(email, 'anything')).status).toBe(429);
    });

    it('an unknown email takes as long as a wrong password (a dummy hash is checked)', async () => {
      const user = await newUser();
      const time = async (email: string) => {
        const started = process.hrtime.bigint();
        expect((await login(email, 'wrong-password')).status).toBe(401);
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 5; i++) {
        known.push(await time(user.email));
        unknown.push(await time(`ghost-${i}-${database}@union.example.org`));
      }
      const median = (list: number[]) => [...list].sort((a, b) => a - b)[2];
      // Without the dummy hash an unknown email answered in a few ms against ~30 ms of scrypt
      // (7x or more); the band is wide so a busy machine's noise cannot fail it.
      expect(median(unknown)).toBeGreaterThan(median(known) / 3);
      expect(median(unknown)).toBeLessThan(median(known) * 3);
    });
  });

  describe('the stored hash', () => {
    it('a user whose hash is below the configured cost is rehashed at their next sign-in', async () => {
      const email = `old-hash-${database}@union.example.org`;
      const users = t.app.get(UsersRepository);
      await users.create({
        email,
        name: 'Old Hash',
        role: 'officer',
        passwordHash: await hashPassword('old-password', 10),
      });
      expect((await users.findByEmail(email))!.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$/);
      expect((await login(email, 'old-password')).status).toBe(200);
      // The suites hash at the floor, 2^14 (FOI_SCRYPT_LOG2N); a deployment at 2^17.
      expect((await users.findByEmail(email))!.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
      expect((await login(email, 'old-password')).status).toBe(200);
    });
  });

  describe('audit log', () => {
    it('records sign-ins, failures, user changes, revocations and authority changes, for admins only', async () => {
      const user = await newUser('officer', 'audited-password');
      expect((await login(user.email, 'wrong-one')).status).toBe(401);
      const token = await t.login(user.email, 'audited-password');
      await t.call('PATCH', `/api/v1/users/${user.id}`, { token: admin, body: { role: 'viewer' } });
      await t.call('PATCH', `/api/v1/users/${user.id}`, {
        token: admin,
        body: { password: 'reset-password' },
      });
      await t.call('PATCH', `/api/v1/users/${user.id}`, { token: admin, body: { disabled: true } });
      const authority = await t.call('POST', '/api/v1/authorities', {
        token: admin,
        body: {
          name: `Audit Council ${database}`,
          email: 'foi@council.example.org',
          nation: 'england',
        },
      });
      await t.call('PATCH', `/api/v1/authorities/${authority.body.id}`, {
        token: admin,
        body: { email: 'elsewhere@attacker.example.org' },
      });
      const adminToken = await t.login();
      const [adminSession] = (await t.call('GET', '/api/v1/me/tokens', { token: adminToken })).body;
      await t.call('DELETE', `/api/v1/me/tokens/${adminSession.id}`, { token: admin });

      const log = await t.call('GET', '/api/v1/audit?pageSize=100', { token: admin });
      expect(log.status).toBe(200);
      expect(log.body).toMatchObject({ page: 1, pageSize: 100, total: expect.any(Number) });
      const about = (type: string, subject: string) =>
        log.body.items.find(
          (e: { type: string; subject: string }) => e.type === type && e.subject.includes(subject),
        );
      const adminId = (await me(admin)).body.id;
      const adminActor = { id: adminId, name: expect.any(String) };
      expect(about('sign-in-failed', user.email)).toMatchObject({
        actor: null,
        after: { email: user.email },
        ip: '127.0.0.1',
        at: '2026-11-29T10:00:00.000Z',
      });
      expect(about('sign-in', user.email)).toMatchObject({ actor: { id: user.id } });
      expect(about('user-created', user.email)).toMatchObject({ actor: adminActor });
      expect(about('role-changed', user.email)).toMatchObject({
        actor: adminActor,
        before: { role: 'officer' },
        after: { role: 'viewer' },
      });
      expect(about('password-reset', user.email)).toMatchObject({ after: { password: 'reset' } });
      expect(about('user-disabled', user.email)).toMatchObject({
        before: { disabled: false },
        after: { disabled: true },
      });
      expect(about('authority-created', 'Audit Council')).toMatchObject({
        after: { email: 'foi@council.example.org' },
      });
      expect(about('authority-changed', 'Audit Council')).toMatchObject({
        before: { email: 'foi@council.example.org' },
        after: { email: 'elsewhere@attacker.example.org' },
      });
      expect(about('token-revoked', ADMIN.email)).toMatchObject({
        after: { tokenId: adminSession.id },
      });
      const text = JSON.stringify(log.body);
      for (const secret of ['audited-password', 'reset-password', 'wrong-one', 'scrypt$'])
        expect(text).not.toContain(secret);

      const filtered = await t.call('GET', '/api/v1/audit?type=role-changed', { token: admin });
      expect(filtered.body.items.every((e: { type: string }) => e.type === 'role-changed')).toBe(
        true,
      );
      const paged = await t.call('GET', '/api/v1/audit?page=2&pageSize=1', { token: admin });
      expect(paged.body.items).toHaveLength(1);
      expect(paged.body.total).toBe(log.body.total);
      const bad = await t.call('GET', '/api/v1/audit?type=everything', { token: admin });
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.errors)).toEqual(['type']);
      const officer = await newUser();
      const officerToken = await t.login(officer.email, officer.password);
      expect((await t.call('GET', '/api/v1/audit', { token: officerToken })).status).toBe(403);
      expect((await me(token)).status).toBe(401);
    });
  });

  describe('audit log paging', () => {
    it('page stops at 1,000,000 and pageSize at 100, as on the other lists: a 400 naming the field beyond', async () => {
      const last = await t.call('GET', '/api/v1/audit?page=1000000', { token: admin });
      expect(last.status).toBe(200);
      expect(last.body).toMatchObject({ items: [], page: 1000000 });
      for (const [query, field] of [
        ['page=1000001', 'page'],
        ['page=99999999999999', 'page'],
        ['pageSize=101', 'pageSize'],
      ]) {
        const bad = await t.call('GET', `/api/v1/audit?${query}`, { token: admin });
        expect(bad.status).toBe(400);
        expect(Object.keys(bad.body.errors)).toEqual([field]);
      }
    });
  });

  describe('what a failed sign-in keeps of the email typed', () => {
    const auditText = async () =>
      JSON.stringify((await t.call('GET', '/api/v1/audit?pageSize=100', { token: admin })).body);
    const failureKeys = async () =>
      JSON.stringify(await t.app.get(DataSource).query('SELECT * FROM login_failures'));

    it('a password typed into the email field is kept nowhere, yet still counts towards its own back-off', async () => {
      const typed = `Tr0ub4dor&3-${database}`;
      for (let i = 0; i < 5; i++) expect((await login(typed, 'second-field')).status).toBe(401);
      expect((await login(typed.toUpperCase(), 'second-field')).status).toBe(429);
      expect((await login(`${typed}-other`, 'second-field')).status).toBe(401);
      const log = await t.call('GET', '/api/v1/audit?type=sign-in-failed&pageSize=1', {
        token: admin,
      });
      expect(log.body.items[0]).toMatchObject({
        subject: 'sign-in as (not an email address)',
        after: { email: '(not an email address)' },
      });
      expect(await auditText()).not.toContain(typed);
      expect((await failureKeys()).toLowerCase()).not.toContain(typed.toLowerCase());
    });

    it('an email address is kept in the audit log (lower-cased), but one longer than 254 characters is not', async () => {
      const email = `Someone.Else-${database}@Union.example.org`;
      expect((await login(email, 'wrong')).status).toBe(401);
      expect(await auditText()).toContain(email.toLowerCase());
      expect(await failureKeys()).not.toContain(email.toLowerCase());
      const long = `${'x'.repeat(250)}@${database}.org`;
      expect((await login(long, 'wrong')).status).toBe(401);
      expect(await auditText()).not.toContain(long);
    });
  });

  describe('dashboard', () => {
    async function signedIn(email: string, password: string): Promise<DashboardSession> {
      const session = new DashboardSession(t);
      expect((await session.signIn(email, password)).status).toBe(303);
      return session;
    }

    it('the account page lists sessions and tokens with a Revoke button each', async () => {
      const user = await newUser();
      const apiToken = await t.login(user.email, user.password);
      const session = await signedIn(user.email, user.password);
      const page = await session.get('/account');
      expect(page.html).toContain('Dashboard session (this one)');
      expect(page.html).toContain('API token');
      const tokens = (await t.call('GET', `/api/v1/users/${user.id}/tokens`, { token: admin }))
        .body as { id: number; kind: string }[];
      const api = tokens.find((x) => x.kind === 'api')!;
      expect(page.html).toContain(`action="/account/tokens/${api.id}/revoke"`);
      const csrf = DashboardSession.csrfOf(page.html);
      const noCsrf = await session.post(`/account/tokens/${api.id}/revoke`, {});
      expect(noCsrf.status).toBe(403);
      expect((await me(apiToken)).status).toBe(200);
      const revoked = await session.post(`/account/tokens/${api.id}/revoke`, { _csrf: csrf });
      expect(revoked.status).toBe(303);
      expect(revoked.location).toBe('/account?done=revoked');
      expect((await me(apiToken)).status).toBe(401);
    });

    it('changing one’s password keeps this session and revokes every other', async () => {
      const user = await newUser();
      const apiToken = await t.login(user.email, user.password);
      const other = await signedIn(user.email, user.password);
      const session = await signedIn(user.email, user.password);
      const csrf = DashboardSession.csrfOf((await session.get('/account')).html);
      const changed = await session.post('/account/password', {
        _csrf: csrf,
        current: user.password,
        password: 'a-brand-new-password',
      });
      expect(changed.status).toBe(303);
      expect(changed.location).toBe('/account?done=password');
      expect((await session.follow(changed)).html).toContain('Your password is changed.');
      expect((await session.get('/account')).status).toBe(200);
      expect((await other.get('/account')).status).toBe(303);
      expect((await me(apiToken)).status).toBe(401);
    });

    it('wrong current passwords count towards the back-off: the sixth try is refused', async () => {
      const user = await newUser();
      const session = await signedIn(user.email, user.password);
      const csrf = DashboardSession.csrfOf((await session.get('/account')).html);
      const attempt = (current: string) =>
        session.post('/account/password', { _csrf: csrf, current, password: 'another-password' });
      for (let i = 0; i < 5; i++) expect((await attempt(`guess-${i}`)).status).toBe(400);
      const blocked = await attempt(user.password);
      expect(blocked.status).toBe(429);
      expect(blocked.html).toContain('too many failed attempts');
      expect(blocked.headers.get('retry-after')).toBe('30');
      expect((await login(user.email, 'another-password')).status).toBe(429);
    });

    it('the sign-in page refuses an account after five failures with a 429 and when to come back', async () => {
      const user = await newUser();
      const session = new DashboardSession(t);
      for (let i = 0; i < 5; i++)
        expect((await session.signIn(user.email, `guess-${i}`)).status).toBe(401);
      const blocked = await session.signIn(user.email, user.password);
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toBe('30');
      expect(blocked.html).toContain(
        'Too many failed attempts for this account. Try again in 1 minute.',
      );
      expect(session.cookie('foi_session')).toBeUndefined();
    });

    it('the users page disables and re-enables a user; their session ends at once', async () => {
      const user = await newUser();
      const theirs = await signedIn(user.email, user.password);
      const adminSession = await signedIn(ADMIN.email, ADMIN.password);
      const page = await adminSession.get('/users');
      expect(page.html).toContain(`action="/users/${user.id}/access"`);
      const csrf = DashboardSession.csrfOf(page.html);
      const off = await adminSession.post(`/users/${user.id}/access`, {
        _csrf: csrf,
        disabled: 'true',
      });
      expect(off.status).toBe(303);
      expect(off.location).toBe('/users?done=disabled');
      expect((await theirs.get('/account')).status).toBe(303);
      expect((await adminSession.get('/users')).html).toMatch(/Disabled[\s\S]*Enable/);
      await adminSession.post(`/users/${user.id}/access`, { _csrf: csrf, disabled: 'false' });
      expect((await login(user.email, user.password)).status).toBe(200);
    });

    it('admins have an Audit log page in the nav, paginated; officers do not', async () => {
      const adminSession = await signedIn(ADMIN.email, ADMIN.password);
      const home = await adminSession.get('/account');
      expect(home.html).toContain('href="/audit"');
      const audit = await adminSession.get('/audit');
      expect(audit.status).toBe(200);
      expect(audit.html).toContain('<h1>Audit log</h1>');
      expect(audit.html).toContain('sign in');
      const filtered = await adminSession.get('/audit?type=user-disabled');
      expect(filtered.html).toContain('user disabled');
      const user = await newUser();
      const officer = await signedIn(user.email, user.password);
      expect((await officer.get('/account')).html).not.toContain('href="/audit"');
      expect((await officer.get('/audit')).status).toBe(403);
    });
  });
});

describe.each(DATABASES)("OWASP's scrypt cost on %s", (database) => {
  let t: TestApp;

  beforeAll(async () => {
    // The default a deployment runs with: no FOI_SCRYPT_LOG2N floor for speed.
    t = await startTestApp(database, { FOI_SCRYPT_LOG2N: '' });
  }, 60_000);
  afterAll(() => t.close());

  it('a user with an old-cost hash (2^14) signs in and is stored at N=2^17, r=8, p=1', async () => {
    const users = t.app.get(UsersRepository);
    const email = `pre-owasp-${database}@union.example.org`;
    const passwordHash = await hashPassword('from-last-year', 14);
    await users.create({ email, name: 'Old Member', role: 'officer', passwordHash });
    expect(
      (await t.call('POST', '/api/v1/auth/login', { body: { email, password: 'from-last-year' } }))
        .status,
    ).toBe(200);
    expect((await users.findByEmail(email))!.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
  });
});

describe.each(DATABASES)('failed sign-ins of dormant accounts on %s', (database) => {
  let t: TestApp;

  beforeAll(async () => {
    // New hashes (and the dummy one) at 2^16: dearer than the 2^14 an account kept from before.
    t = await startTestApp(database, { FOI_SCRYPT_LOG2N: '16' });
  }, 60_000);
  afterAll(() => t.close());

  it('a wrong password for an account still hashed at the old cost takes as long as an unknown email', async () => {
    const email = `dormant-${database}@union.example.org`;
    const passwordHash = await hashPassword('from-before-the-upgrade', 14);
    await t.app
      .get(UsersRepository)
      .create({ email, name: 'Dormant', role: 'officer', passwordHash });
    const time = async (tried: string) => {
      const started = process.hrtime.bigint();
      const answer = await t.call('POST', '/api/v1/auth/login', {
        body: { email: tried, password: 'wrong-password' },
      });
      expect(answer.status).toBe(401);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const dormant: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      dormant.push(await time(email));
      unknown.push(await time(`nobody-${i}-${database}@union.example.org`));
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[2];
    // Without the top-up the dormant account answered in about a quarter of the time.
    expect(median(dormant)).toBeGreaterThan(median(unknown) * 0.6);
  }, 60_000);
});
