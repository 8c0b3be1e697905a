import { DEADLINE_VECTORS } from './support/deadline-vectors';
import { ADMIN, DATABASES, startTestApp, TestApp } from './support/test-app';

describe.each(DATABASES)('API on %s', (database) => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp(database);
    admin = await t.login();
  }, 60_000);
  afterAll(() => t.close());

  describe('health and access', () => {
    it('GET /health needs no token and reports the database', async () => {
      expect(await t.call('GET', '/health')).toEqual({
        status: 200,
        body: { status: 'ok', db: 'up', queue: 'up' },
      });
    });

    it('every other route needs a token, in the one error shape', async () => {
      const { status, body } = await t.call('GET', '/api/v1/authorities');
      expect(status).toBe(401);
      expect(body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: expect.stringContaining('sign in'),
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
    });

    it('a wrong password is refused without saying which part was wrong', async () => {
      const { status, body } = await t.call('POST', '/api/v1/auth/login', {
        body: { email: ADMIN.email, password: 'nope' },
      });
      expect(status).toBe(401);
      expect(body.message).toBe('email or password is wrong');
    });

    it('/me is the signed-in user; logout revokes the token', async () => {
      const token = await t.login();
      expect((await t.call('GET', '/api/v1/me', { token })).body).toMatchObject({
        email: ADMIN.email,
        role: 'admin',
      });
      expect((await t.call('POST', '/api/v1/auth/logout', { token })).status).toBe(204);
      expect((await t.call('GET', '/api/v1/me', { token })).status).toBe(401);
    });

    it('stores tokens only as hashes', async () => {
      const token = await t.login();
      const { DataSource } = await import('typeorm');
      const dataSource = t.app.get(DataSource);
      const rows: { token_hash: string }[] = await dataSource.query(
        'SELECT token_hash FROM api_tokens',
      );
      expect(rows.map((r) => r.token_hash)).not.toContain(token);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    });
  });

  describe('users and roles', () => {
    it('an admin creates an officer and a viewer; a viewer can read but not write', async () => {
      const officer = await t.call('POST', '/api/v1/users', {
        token: admin,
        body: {
          email: `officer-${database}@union.example.org`,
          name: 'Sam Officer',
          role: 'officer',
          password: 'officer-password',
        },
      });
      expect(officer.status).toBe(201);
      expect(officer.body).toEqual({
        id: expect.any(Number),
        email: `officer-${database}@union.example.org`,
        name: 'Sam Officer',
        role: 'officer',
        disabled: false,
      });
      await t.call('POST', '/api/v1/users', {
        token: admin,
        body: {
          email: 'viewer@union.example.org',
          name: 'Val Viewer',
          role: 'viewer',
          password: 'viewer-password',
        },
      });
      const viewer = await t.login('viewer@union.example.org', 'viewer-password');
      expect((await t.call('GET', '/api/v1/authorities', { token: viewer })).status).toBe(200);
      const write = await t.call('POST', '/api/v1/authorities', {
        token: viewer,
        body: { name: 'Somewhere', email: 'foi@somewhere.example.org', nation: 'wales' },
      });
      expect(write.status).toBe(403);
      const officerToken = await t.login(
        `officer-${database}@union.example.org`,
        'officer-password',
      );
      expect((await t.call('GET', '/api/v1/users', { token: officerToken })).status).toBe(403);
    });

    it('a duplicate email is a 409 naming the field', async () => {
      const { status, body } = await t.call('POST', '/api/v1/users', {
        token: admin,
        body: { email: ADMIN.email, name: 'Again', role: 'officer', password: 'long-enough-1' },
      });
      expect(status).toBe(409);
      expect(body.errors).toEqual({ email: ['already in use'] });
    });

    it('the last admin cannot be demoted', async () => {
      const { status } = await t.call('PATCH', '/api/v1/users/1', {
        token: admin,
        body: { role: 'viewer' },
      });
      expect(status).toBe(409);
    });
  });

  describe('authorities', () => {
    it('are seeded with the university named in the motion', async () => {
      const { body } = await t.call('GET', '/api/v1/authorities', { token: admin });
      expect(body).toContainEqual(
        expect.objectContaining({
          name: 'Imperial College London',
          nation: 'england',
          regime: 'foia',
          referencePattern: null,
        }),
      );
    });

    it('are created, shown and changed; a Scottish authority defaults to FOISA', async () => {
      const created = await t.call('POST', '/api/v1/authorities', {
        token: admin,
        body: {
          name: 'University of Edinburgh',
          email: 'foi@ed.example.ac.uk',
          nation: 'scotland',
        },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        regime: 'foisa',
        referencePattern: null,
        createdAt: expect.any(String),
      });
      const changed = await t.call('PATCH', `/api/v1/authorities/${created.body.id}`, {
        token: admin,
        body: { referencePattern: '^F\\d{4}$' },
      });
      expect(changed.body).toMatchObject({
        name: 'University of Edinburgh',
        referencePattern: '^F\\d{4}$',
      });
      expect(
        (await t.call('GET', `/api/v1/authorities/${created.body.id}`, { token: admin })).body,
      ).toEqual(changed.body);
    });
  });

  it('publishes the OpenAPI document generated from the code', async () => {
    const { status, body } = await t.call('GET', '/api/docs/json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/authorities/{id}',
        '/api/v1/deadlines',
        '/health',
      ]),
    );
  });

  describe('the calculator endpoint', () => {
    it.each(DEADLINE_VECTORS.map((v) => [v.id, v] as const))('vector %s', async (_, v) => {
      const query = new URLSearchParams({ regime: v.regime, receivedAt: v.receivedAt });
      if (v.nation) query.set('nation', v.nation);
      for (const e of v.events)
        query.append('event', `${e.kind}@${e.on}${e.until ? `:${e.until}` : ''}`);
      const { status, body } = await t.call('GET', `/api/v1/deadlines?${query}`, { token: admin });
      expect(status).toBe(200);
      expect(body).toMatchObject(v.expect);
    });
  });
});
