import { DashboardSession } from './support/dashboard-session';
import { ADMIN, DATABASES, startTestApp, TestApp } from './support/test-app';

/**
 * Smaller points of an officer's day, over HTTP on both databases: exemptions typed any way
 * are saved in one spelling each; letters and the "log a message" menu follow the request's
 * state; the internal-review letter names what the request was about; a reply address is checked;
 * the nav, the authority form and the favicon say and serve what they should.
 */
describe.each(DATABASES)('an officer day, smaller points (%s)', (database) => {
  jest.setTimeout(60_000);
  let t: TestApp;
  let admin: string;
  let s: DashboardSession;

  beforeAll(async () => {
    t = await startTestApp(database);
    admin = await t.login();
    s = new DashboardSession(t);
    expect((await s.signIn(ADMIN.email, ADMIN.password)).status).toBe(303);
  });
  afterAll(() => t?.close());

  async function draft(extra: Record<string, unknown> = {}): Promise<number> {
    const created = await t.call('POST', '/api/v1/requests', {
      token: admin,
      body: {
        authorityId: 1,
        regime: 'foia',
        subject: 'Contract terms',
        body: 'Please send the contract.',
        ...extra,
      },
    });
    expect(created.status).toBe(201);
    return created.body.id as number;
  }

  async function sent(extra: Record<string, unknown> = {}): Promise<number> {
    const id = await draft(extra);
    const send = await t.call('POST', `/api/v1/requests/${id}/send`, {
      token: admin,
      body: { sentAt: '2026-11-02', method: 'email' },
    });
    expect(send.status).toBe(200);
    return id;
  }

  async function log(id: number, body: Record<string, unknown>) {
    return t.call('POST', `/api/v1/requests/${id}/messages`, { token: admin, body });
  }

  const response = (exemptions: string[]) => ({
    direction: 'incoming',
    kind: 'response',
    occurredAt: '2026-11-20',
    outcome: 'partly-provided',
    exemptions,
  });

  describe('exemptions', () => {
    it('POST splits, normalises and de-duplicates them; an unrecognisable one stays as typed', async () => {
      const id = await sent();
      const logged = await log(
        id,
        response(['section 43(2); s.41 ; S43(2)', 'regulation 12(5)(e)', ' commercial interests ']),
      );
      expect(logged.status).toBe(201);
      const shown = (await t.call('GET', `/api/v1/requests/${id}`, { token: admin })).body;
      const message = shown.messages.find((m: { kind: string }) => m.kind === 'response');
      expect(message.exemptions).toEqual(['s43(2)', 's41', 'reg12(5)(e)', 'commercial interests']);
      expect(shown.exemptions).toEqual(['s43(2)', 's41', 'reg12(5)(e)', 'commercial interests']);
    });

    it('PATCH normalises them too, and the same correction in other spellings is no change', async () => {
      const id = await sent();
      expect((await log(id, response(['s43(2)']))).status).toBe(201);
      const shown = (await t.call('GET', `/api/v1/requests/${id}`, { token: admin })).body;
      const messageId = shown.messages.find((m: { kind: string }) => m.kind === 'response').id;
      const path = `/api/v1/requests/${id}/messages/${messageId}`;
      const corrected = await t.call('PATCH', path, {
        token: admin,
        body: { exemptions: ['S 43 (2), reg. 12(5)(e)'] },
      });
      expect(corrected.status).toBe(200);
      const after = (await t.call('GET', `/api/v1/requests/${id}`, { token: admin })).body;
      expect(after.messages.find((m: { id: number }) => m.id === messageId).exemptions).toEqual([
        's43(2)',
        'reg12(5)(e)',
      ]);
      const again = await t.call('PATCH', path, {
        token: admin,
        body: { exemptions: ['section 43(2)', 'regulation 12(5)(e)'] },
      });
      expect(again.status).toBe(409);
    });

    it('the dashboard form saves them normalised, and Statistics counts one exemption once', async () => {
      const id = await sent();
      const page = await s.get(`/requests/${id}?log=response`);
      const posted = await s.post(`/requests/${id}/messages`, {
        _csrf: DashboardSession.csrfOf(page.html),
        log: 'response',
        occurredAt: '20 11 2026',
        outcome: 'refused',
        exemptions: 'section 40(2); s.40(2), S 40 (2)',
      });
      expect(posted.status).toBe(303);
      const shown = (await t.call('GET', `/api/v1/requests/${id}`, { token: admin })).body;
      expect(shown.exemptions).toEqual(['s40(2)']);
      const stats = await s.get('/statistics');
      expect(stats.html).toMatch(/data-exemption="s40\(2\)">1</);
      expect(stats.html).not.toContain('section 40(2)');
    });
  });

  describe('letters and "log a message" follow the state', () => {
    const optionsOf = (html: string) =>
      [
        .../<select id="log-kind"[\s\S]*?<\/select>/.exec(html)![0].matchAll(/value="([^"]+)"/g),
      ].map((m) => m[1]);
    const lettersOf = (html: string) =>
      [...html.matchAll(/\?letter=([a-z0-9-]+)#letter/g)].map((m) => m[1]);

    it('a draft offers no chaser or complaint letter, and refuses one asked for by address', async () => {
      const id = await draft();
      const page = await s.get(`/requests/${id}`);
      expect(lettersOf(page.html)).toEqual([]);
      const chaser = await s.get(`/requests/${id}?letter=chaser`);
      expect(chaser.status).toBe(409);
      expect(chaser.html).toContain('has not been sent yet');
      const posted = await s.post(`/requests/${id}/letters/ico-complaint`, {
        _csrf: DashboardSession.csrfOf(page.html),
        action: 'preview',
      });
      expect(posted.status).toBe(409);
    });

    it('awaiting a response: acknowledgement, response and extension first; a chaser first of the letters', async () => {
      const id = await sent();
      const page = await s.get(`/requests/${id}`);
      expect(optionsOf(page.html).slice(0, 3)).toEqual([
        'acknowledgement',
        'response',
        'extension',
      ]);
      expect(lettersOf(page.html)[0]).toBe('chaser');
      expect(lettersOf(page.html)).not.toContain('clarification-reply');
    });

    it('in internal review: the review response first', async () => {
      const id = await sent();
      expect((await log(id, response(['s43(2)']))).status).toBe(201);
      const page1 = await s.get(`/requests/${id}`);
      expect(optionsOf(page1.html)[0]).toBe('internal-review-request');
      expect(lettersOf(page1.html)[0]).toBe('internal-review-request');
      const review = await log(id, {
        direction: 'outgoing',
        kind: 'internal-review-request',
        occurredAt: '2026-11-23',
      });
      expect(review.status).toBe(201);
      const page2 = await s.get(`/requests/${id}`);
      expect(optionsOf(page2.html)[0]).toBe('internal-review-response');
      expect(optionsOf(page2.html)).toHaveLength(15);
    });
  });

  it('the internal-review letter names what the request was about, from its subject, not its dashboard title', async () => {
    const id = await sent({
      templateId: 'general-foia-request',
      title: 'Fees: our dashboard name',
      subject: undefined,
      body: undefined,
      variables: {
        requesterName: 'Olu Officer',
        topic: 'tuition fee income 2024/25',
        information: 'The income by course.',
      },
    });
    const shown = (await t.call('GET', `/api/v1/requests/${id}`, { token: admin })).body;
    expect(shown.subject).toContain('tuition fee income 2024/25');
    const page = await s.get(`/requests/${id}?letter=internal-review-request`);
    expect(page.status).toBe(200);
    expect(page.html).toMatch(
      /id="letter-requestTitle" name="requestTitle" type="text" value="tuition fee income 2024\/25"/,
    );
  });

  describe('a reply email address is checked', () => {
    it('on a follow-up letter, with the message beside its field', async () => {
      const id = await sent();
      const page = await s.get(`/requests/${id}?letter=chaser`);
      const preview = await s.post(`/requests/${id}/letters/internal-review-request`, {
        _csrf: DashboardSession.csrfOf(page.html),
        action: 'preview',
        requesterName: 'Olu Officer',
        regime: 'foia',
        requestTitle: 'the contract',
        sentDate: '2 11 2026',
        grounds: 'The exemption is not engaged.',
        replyEmail: 'olu at union',
      });
      expect(preview.status).toBe(400);
      expect(preview.html).toMatch(
        /<small class="field-error" id="letter-replyEmail-error">[^<]*must be an email address/,
      );
      expect(preview.html).toContain('value="olu at union"');
    });

    it('by the API on a request made from a template', async () => {
      const created = await t.call('POST', '/api/v1/requests', {
        token: admin,
        body: {
          authorityId: 1,
          templateId: 'general-foia-request',
          variables: {
            requesterName: 'Olu Officer',
            topic: 'fees',
            information: 'The income.',
            replyEmail: 'olu@union',
          },
        },
      });
      expect(created.status).toBe(400);
      expect(created.body.errors['variables.replyEmail'][0]).toMatch(/must be an email address/);
      const good = await t.call('POST', '/api/v1/requests', {
        token: admin,
        body: {
          authorityId: 1,
          templateId: 'general-foia-request',
          variables: {
            requesterName: 'Olu Officer',
            topic: 'fees',
            information: 'The income.',
            replyEmail: 'olu@union.example.org',
          },
        },
      });
      expect(good.status).toBe(201);
    });
  });

  it('the nav says the account link is your account', async () => {
    const page = await s.get('/');
    expect(page.html).toMatch(/<a href="\/account">Your account \(Admin[^)]*\)<\/a>/);
  });

  it('the authority form says what the reference pattern is for, with an example', async () => {
    const page = await s.get('/authorities/1');
    expect(page.html).toContain(
      'The shape of the authority&#x27;s own reference numbers, so a mistyped one is caught',
    );
    expect(page.html).toContain('^FOI-\\d{4}-\\d+$ accepts FOI-2026-123');
  });

  it('serves a favicon, linked from every page', async () => {
    const page = await s.get('/');
    expect(page.html).toContain(
      '<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">',
    );
    const icon = await fetch(`${t.url}/assets/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await icon.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const ico = await fetch(`${t.url}/favicon.ico`, { redirect: 'manual' });
    expect(ico.status).toBe(301);
    expect(ico.headers.get('location')).toBe('/assets/favicon.svg');
  });
});
