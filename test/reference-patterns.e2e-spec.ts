import { DATABASES, startTestApp, TestApp } from './support/test-app';

/**
 * An authority's reference pattern is typed by a person and run against what officers log: it
 * runs on RE2 (linear time), only admins may set it, and a pattern RE2 cannot run is refused.
 */
describe.each(DATABASES)('reference patterns on %s', (database) => {
  let t: TestApp;
  let admin: string;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp(database);
    admin = await t.login();
    const created = await t.call('POST', '/api/v1/users', {
      token: admin,
      body: {
        email: 'officer@union.example.org',
        name: 'Officer',
        role: 'officer',
        password: 'officer-password',
      },
    });
    expect(created.status).toBe(201);
    officer = await t.login('officer@union.example.org', 'officer-password');
  }, 60_000);
  afterAll(() => t?.close());

  async function sentRequest(authorityId: number): Promise<number> {
    const created = await t.call('POST', '/api/v1/requests', {
      token: officer,
      body: { authorityId, subject: 'Contract', body: 'Please send the contract.', regime: 'foia' },
    });
    expect(created.status).toBe(201);
    const sent = await t.call('POST', `/api/v1/requests/${created.body.id}/send`, {
      token: officer,
      body: { method: 'email', sentAt: '2026-10-01' },
    });
    expect(sent.status).toBe(200);
    return created.body.id as number;
  }

  /** Polls /health until stopped; each answer's time in ms (an unanswered poll times out). */
  function pollHealth(): { stop: () => Promise<number[]> } {
    const times: number[] = [];
    let running = true;
    const loop = (async () => {
      while (running) {
        const started = Date.now();
        const response = await fetch(`${t.url}/health`, { signal: AbortSignal.timeout(5_000) });
        expect(response.status).toBe(200);
        await response.text();
        times.push(Date.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    return {
      stop: async () => {
        running = false;
        await loop;
        return times;
      },
    };
  }

  it('a catastrophic pattern answers at once while /health keeps answering', async () => {
    const authority = await t.call('POST', '/api/v1/authorities', {
      token: admin,
      body: {
        name: 'Backtrack Council',
        email: 'foi@backtrack.example.org',
        nation: 'england',
        referencePattern: '^(a+)+$',
      },
    });
    expect(authority.status).toBe(201);
    const id = await sentRequest(authority.body.id);
    const health = pollHealth();
    await new Promise((resolve) => setTimeout(resolve, 100));

    const started = Date.now();
    const logged = await t.call('POST', `/api/v1/requests/${id}/messages`, {
      token: officer,
      body: {
        direction: 'incoming',
        kind: 'acknowledgement',
        occurredAt: '2026-10-03',
        authorityReference: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!',
      },
    });
    const took = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const times = await health.stop();

    expect(logged.status).toBe(400);
    expect(Object.keys(logged.body.errors)).toEqual(['authorityReference']);
    expect(took).toBeLessThan(1_000);
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...times)).toBeLessThan(1_000);
    // A reference that fits is logged.
    const fits = await t.call('POST', `/api/v1/requests/${id}/messages`, {
      token: officer,
      body: {
        direction: 'incoming',
        kind: 'acknowledgement',
        occurredAt: '2026-10-03',
        authorityReference: 'aaaa',
      },
    });
    expect(fits.status).toBe(201);
  });

  it.each([
    ['a backreference', '^(F)\\1\\d+$'],
    ['a lookahead', '^(?=F)F\\d+$'],
  ])('a pattern RE2 cannot run (%s) is a 400 naming referencePattern', async (_name, pattern) => {
    const refused = await t.call('PATCH', '/api/v1/authorities/1', {
      token: admin,
      body: { referencePattern: pattern },
    });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.errors)).toEqual(['referencePattern']);
    expect(
      (await t.call('GET', '/api/v1/authorities/1', { token: admin })).body.referencePattern,
    ).toBeNull();
  });

  it('an officer may add and edit authorities but not set or change the pattern: 403 naming it', async () => {
    const body = { name: 'Pattern Council', email: 'foi@pattern.example.org', nation: 'wales' };
    const withPattern = await t.call('POST', '/api/v1/authorities', {
      token: officer,
      body: { ...body, referencePattern: '^PC\\d+$' },
    });
    expect(withPattern.status).toBe(403);
    expect(Object.keys(withPattern.body.errors)).toEqual(['referencePattern']);
    expect(
      (await t.call('GET', '/api/v1/authorities', { token: officer })).body.map(
        (a: { name: string }) => a.name,
      ),
    ).not.toContain('Pattern Council');

    const created = await t.call('POST', '/api/v1/authorities', { token: officer, body });
    expect(created.status).toBe(201);
    const path = `/api/v1/authorities/${created.body.id}`;
    const set = await t.call('PATCH', path, {
      token: admin,
      body: { referencePattern: '^PC\\d+$' },
    });
    expect(set.status).toBe(200);

    const change = await t.call('PATCH', path, {
      token: officer,
      body: { referencePattern: '^X' },
    });
    expect(change.status).toBe(403);
    expect(Object.keys(change.body.errors)).toEqual(['referencePattern']);
    const clear = await t.call('PATCH', path, { token: officer, body: { referencePattern: null } });
    expect(clear.status).toBe(403);
    // The record echoed back with another field changed is fine.
    const renamed = await t.call('PATCH', path, {
      token: officer,
      body: { name: 'Pattern County Council', referencePattern: '^PC\\d+$' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      name: 'Pattern County Council',
      referencePattern: '^PC\\d+$',
    });
  });
});
