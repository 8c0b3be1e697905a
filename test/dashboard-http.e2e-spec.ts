import { RemindersRepository } from '@app/persistence';
import { DashboardSession } from './support/dashboard-session';
import { ADMIN, startTestApp, TestApp } from './support/test-app';

/**
 * The dashboard's sessions, CSRF tokens, roles and feeds, over plain HTTP (the browser suite
 * covers the pages themselves). Every refused write is checked against the database afterwards.
 */
describe('dashboard sessions and forms', () => {
  let t: TestApp;
  let admin: string;
  let requestId: number;
  const officer = {
    email: 'olu@union.example.org',
    password: 'officer-password-2',
    name: 'Olu Officer',
  };
  const viewer = {
    email: 'val@union.example.org',
    password: 'viewer-password-2',
    name: 'Val Viewer',
  };

  // Sign-in is limited to ten a minute per address, so most tests share these sessions.
  let asOfficer: DashboardSession;
  let asAdmin: DashboardSession;
  let asViewer: DashboardSession;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    admin = await t.login();
    for (const [user, role] of [
      [officer, 'officer'],
      [viewer, 'viewer'],
    ] as const)
      expect(
        (await t.call('POST', '/api/v1/users', { token: admin, body: { ...user, role } })).status,
      ).toBe(201);
    const created = await t.call('POST', '/api/v1/requests', {
      token: admin,
      body: {
        authorityId: 1,
        subject: 'Contract terms',
        body: 'Please send the contract.',
        regime: 'foia',
      },
    });
    requestId = created.body.id;
    asOfficer = new DashboardSession(t);
    await asOfficer.signIn(officer.email, officer.password);
    asAdmin = new DashboardSession(t);
    await asAdmin.signIn(ADMIN.email, ADMIN.password);
    asViewer = new DashboardSession(t);
    await asViewer.signIn(viewer.email, viewer.password);
  });

  afterAll(() => t?.close());

  const statusOf = async () =>
    (await t.call('GET', `/api/v1/requests/${requestId}`, { token: admin })).body;

  it('sends a visitor without a session to sign in, and back to the page afterwards', async () => {
    const s = new DashboardSession(t);
    const page = await s.get(`/requests/${requestId}?log=extension`);
    expect(page.status).toBe(303);
    expect(page.location).toBe(
      `/sign-in?next=${encodeURIComponent(`/requests/${requestId}?log=extension`)}`,
    );
    const form = await s.get(page.location!);
    const next = /name="next" value="([^"]*)"/.exec(form.html)![1].replace(/&#x3D;/g, '=');
    expect(next).toBe(`/requests/${requestId}?log=extension`);
    const signedIn = await s.post('/sign-in', {
      _csrf: DashboardSession.csrfOf(form.html),
      email: officer.email,
      password: officer.password,
      next,
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe(`/requests/${requestId}?log=extension`);
  });

  it('sets an httpOnly, SameSite session cookie, and never redirects off the site', async () => {
    const s = new DashboardSession(t);
    const form = await s.get('/sign-in');
    const page = await s.post('/sign-in', {
      _csrf: DashboardSession.csrfOf(form.html),
      email: officer.email,
      password: officer.password,
      next: '//evil.example/phish',
    });
    expect(page.location).toBe('/');
    const session = page.setCookie.find((c) => c.startsWith('foi_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Path=\//);
    expect(session).toMatch(/Max-Age=43200/);
  });

  it('a session ends after 12 hours; an API token does not', async () => {
    const s = new DashboardSession(t);
    await s.signIn(officer.email, officer.password); // at 10:00 by the test clock
    const token = s.cookie('foi_session')!;
    const apiToken = await t.login();
    t.time.set('2026-11-29T21:59:00Z');
    expect((await s.get('/')).status).toBe(200);
    t.time.set('2026-11-29T22:00:01Z');
    try {
      expect((await s.get('/')).status).toBe(303);
      expect((await t.call('GET', '/api/v1/me', { token })).status).toBe(401);
      expect((await t.call('GET', '/api/v1/me', { token: apiToken })).status).toBe(200);
    } finally {
      t.time.set('2026-11-29T10:00:00Z');
    }
  });

  it('a mistyped address is a 404 page for a browser and JSON for anything else', async () => {
    const page = await fetch(`${t.url}/outstandin`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<h1>404 Not Found</h1>');
    const api = await fetch(`${t.url}/api/v1/nothing`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(((await api.json()) as { statusCode: number }).statusCode).toBe(404);
  });

  it('forbids scripts and framing on its pages, error pages included', async () => {
    for (const path of ['/', '/requests/99999']) {
      const response = await fetch(`${t.url}${path}`, {
        headers: { cookie: `foi_session=${asViewer.cookie('foi_session')}` },
      });
      expect(response.headers.get('content-security-policy')).toMatch(
        /default-src 'none'.*frame-ancestors 'none'/,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('refuses a sign-in form that did not come from the sign-in page', async () => {
    const s = new DashboardSession(t);
    const page = await s.post('/sign-in', { email: officer.email, password: officer.password });
    expect(page.status).toBe(403);
    expect(page.html).toContain('This form had expired');
    expect(s.cookie('foi_session')).toBeUndefined();
  });

  it('shows a wrong password on the page, keeps the email, and starts no session', async () => {
    const s = new DashboardSession(t);
    const page = await s.signIn(officer.email, 'not the password');
    expect(page.status).toBe(401);
    expect(page.html).toContain('email or password is wrong');
    expect(page.html).toContain(`value="${officer.email}"`);
    expect(s.cookie('foi_session')).toBeUndefined();
  });

  it('refuses a write without the CSRF token, or with another session’s, and changes nothing', async () => {
    const s = asOfficer;
    const other = asAdmin;
    const otherToken = DashboardSession.csrfOf((await other.get('/')).html);
    for (const form of [{ confirm: 'yes' }, { confirm: 'yes', _csrf: otherToken }] as Record<
      string,
      string
    >[]) {
      const page = await s.post(`/requests/${requestId}/withdraw`, form);
      expect(page.status).toBe(403);
      expect(page.html).toContain('this form has expired or did not come from this site');
    }
    expect((await statusOf()).status).toBe('draft');
  });

  it('lets scripts use the API with a session, with the token in a header for writes', async () => {
    const s = asOfficer;
    const me = await s.request('GET', '/api/v1/me');
    expect(JSON.parse(me.html)).toMatchObject({ email: officer.email, role: 'officer' });
    const body = JSON.stringify({
      authorityId: 1,
      subject: 'Minutes',
      body: 'Please send the minutes.',
      regime: 'foia',
    });
    const json = { 'content-type': 'application/json' };
    expect((await s.request('POST', '/api/v1/requests', body, json)).status).toBe(403);
    const token = DashboardSession.csrfOf((await s.get('/')).html);
    const created = await s.request('POST', '/api/v1/requests', body, {
      ...json,
      'x-csrf-token': token,
    });
    expect(created.status).toBe(201);
  });

  it('signing out revokes the session: the old cookie and its token are worthless', async () => {
    const s = new DashboardSession(t);
    await s.signIn(officer.email, officer.password);
    const token = s.cookie('foi_session')!;
    const csrf = DashboardSession.csrfOf((await s.get('/')).html);
    const out = await s.post('/sign-out', { _csrf: csrf });
    expect(out.location).toBe('/sign-in');
    const stale = new DashboardSession(t);
    const page = await stale.request('GET', '/', undefined, { cookie: `foi_session=${token}` });
    expect(page.status).toBe(303);
    expect((await t.call('GET', '/api/v1/me', { token })).status).toBe(401);
  });

  it('keeps viewers and officers to their own pages', async () => {
    const v = asViewer;
    const csrf = DashboardSession.csrfOf((await v.get('/')).html);
    const add = await v.post('/authorities', {
      _csrf: csrf,
      name: 'Viewer Council',
      email: 'foi@vc.example',
      nation: 'england',
    });
    expect(add.status).toBe(403);
    expect(
      (await t.call('GET', '/api/v1/authorities', { token: admin })).body.map(
        (a: { name: string }) => a.name,
      ),
    ).not.toContain('Viewer Council');
    expect((await asOfficer.get('/users')).status).toBe(403);
    expect((await asViewer.get('/requests/new')).status).toBe(403);
    // The follow-up letters are for officers: no links to them on Action needed for a viewer.
    expect((await asViewer.get('/action-needed')).html).not.toContain('?letter=');
  });

  it('an edit form can clear a field: the reference pattern goes, a blank name is refused', async () => {
    const csrf = DashboardSession.csrfOf((await asAdmin.get('/authorities/1')).html);
    const base = {
      _csrf: csrf,
      name: 'Imperial College London',
      email: 'foi@imperial.ac.uk',
      nation: 'england',
    };
    await asAdmin.post('/authorities/1', { ...base, referencePattern: '^FOI-\\d+$' });
    expect(
      (await t.call('GET', '/api/v1/authorities/1', { token: admin })).body.referencePattern,
    ).toBe('^FOI-\\d+$');
    expect((await asAdmin.post('/authorities/1', { ...base, referencePattern: '' })).status).toBe(
      303,
    );
    expect(
      (await t.call('GET', '/api/v1/authorities/1', { token: admin })).body.referencePattern,
    ).toBeNull();
    const blank = await asAdmin.post('/authorities/1', { ...base, name: '' });
    expect(blank.status).toBe(400);
    expect(blank.html).toContain('id="name-error">Enter the name<');
    expect((await t.call('GET', '/api/v1/authorities/1', { token: admin })).body.name).toBe(
      'Imperial College London',
    );
  });

  it('an officer edits an authority but only sees its reference pattern; a forged one is refused', async () => {
    const pattern = '^FOI-\\d+$';
    const set = await t.call('PATCH', '/api/v1/authorities/1', {
      token: admin,
      body: { referencePattern: pattern },
    });
    expect(set.status).toBe(200);
    const page = await asOfficer.get('/authorities/1');
    expect(page.html).not.toContain('name="referencePattern"');
    expect(page.html).toContain('<code>^FOI-\\d+$</code>. Only an admin can set or change it.');
    expect((await asOfficer.get('/authorities')).html).not.toContain('name="referencePattern"');
    expect((await asAdmin.get('/authorities/1')).html).toContain('name="referencePattern"');
    const base = {
      _csrf: DashboardSession.csrfOf(page.html),
      name: 'Imperial College London',
      email: 'foi-office@imperial.ac.uk',
      nation: 'england',
    };
    // The officer's form has no pattern field: saving it keeps the pattern.
    expect((await asOfficer.post('/authorities/1', base)).status).toBe(303);
    const kept = (await t.call('GET', '/api/v1/authorities/1', { token: admin })).body;
    expect(kept).toMatchObject({ email: 'foi-office@imperial.ac.uk', referencePattern: pattern });
    const forged = await asOfficer.post('/authorities/1', { ...base, referencePattern: '^(a+)+$' });
    expect(forged.status).toBe(403);
    expect(forged.html).toContain('only an admin may set or change');
    const added = await asOfficer.post('/authorities', {
      ...base,
      name: 'Forged Pattern Council',
      referencePattern: '^X',
    });
    expect(added.status).toBe(403);
    const after = (await t.call('GET', '/api/v1/authorities', { token: admin })).body;
    expect(after.map((a: { name: string }) => a.name)).not.toContain('Forged Pattern Council');
    expect(after.find((a: { id: number }) => a.id === 1).referencePattern).toBe(pattern);
    await t.call('PATCH', '/api/v1/authorities/1', {
      token: admin,
      body: { email: 'foi@imperial.ac.uk', referencePattern: null },
    });
  });

  it.each([
    ['/?due=week&status=awaiting-clarification', 200],
    ['/?due=week&deadlineState=paused', 200],
    ['/?due=week&deadlineState=overdue', 200],
    ['/outstanding.csv?due=week&status=awaiting-fee', 200],
    ['/?authorityId=abc', 400],
  ])('%s answers %s without a server error', async (path, status) => {
    const page = await asViewer.get(path);
    expect(page.status).toBe(status);
    if (status === 400) expect(page.html).toContain('id="authorityId-error"');
  });

  it('a second click on Send is refused with a sentence, and the request is sent once', async () => {
    const s = asOfficer;
    const csrf = DashboardSession.csrfOf((await s.get(`/requests/${requestId}`)).html);
    const form = { _csrf: csrf, method: 'email', sentAt: '2026-11-02' };
    const [first, second] = [
      await s.post(`/requests/${requestId}/send`, form),
      await s.post(`/requests/${requestId}/send`, form),
    ];
    expect(first.status).toBe(303);
    expect(second.status).toBe(409);
    expect(second.html).toContain('a request is sent once, from a draft');
    const after = await statusOf();
    expect(after.status).toBe('awaiting-response');
    expect(after.messages.filter((m: { kind: string }) => m.kind === 'request')).toHaveLength(1);
  });

  it('lists a reminder that failed for good on Action needed, with its last error', async () => {
    const { reminders } = await statusOf();
    const reminder = reminders.find((r: { status: string }) => r.status !== 'skipped');
    // What the worker records after Bull's last attempt (test/reminders.e2e-spec.ts does it for real).
    await t.app
      .get(RemindersRepository)
      .recordFailure(reminder.id, '554 5.7.1 relay access denied', true);
    const page = await asViewer.get('/action-needed');
    const row = new RegExp(`data-reminder-id="${reminder.id}"[\\s\\S]*?</tr>`).exec(page.html)![0];
    expect(row).toContain(`/requests/${requestId}`);
    expect(row).toContain('554 5.7.1 relay access denied');
    const request = await asViewer.get(`/requests/${requestId}`);
    expect(request.html).toContain('554 5.7.1 relay access denied');
  });

  it('downloads the list as shown as CSV, with the same filters', async () => {
    const all = await asViewer.get('/outstanding.csv');
    expect(all.status).toBe(200);
    const lines = all.html.trim().split('\n');
    expect(lines[0]).toMatch(/^reference,title,authority/);
    // Sent on Mon 2 Nov 2026; St Andrew's Day skipped, so due Tue 1 Dec; today is day 19 of 20.
    expect(lines.find((l) => l.startsWith('FOI-2026-0001'))).toContain('2026-12-01,due-soon,1');
    const overdue = await asViewer.get('/outstanding.csv?deadlineState=overdue');
    expect(overdue.html.trim().split('\n')).toHaveLength(1);
    expect((await asViewer.get('/outstanding.csv?authorityId=abc')).status).toBe(400);
  });

  it('anyone, a viewer too, changes their own password with the current one', async () => {
    const csrf = DashboardSession.csrfOf((await asViewer.get('/account')).html);
    const wrong = await asViewer.post('/account/password', {
      _csrf: csrf,
      current: 'not it',
      password: 'short',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain('id="current-error">That is not your current password.');
    expect(wrong.html).toContain('id="password-error">A password needs 10 to 200 characters.');
    const right = await asViewer.post('/account/password', {
      _csrf: csrf,
      current: viewer.password,
      password: 'a-new-viewer-password',
    });
    // POST, redirect, GET: a reload of the page shown does not send the password again.
    expect(right.status).toBe(303);
    expect(right.location).toBe('/account?done=password');
    expect((await asViewer.follow(right)).html).toContain('Your password is changed.');
    const login = (password: string) =>
      t.call('POST', '/api/v1/auth/login', { body: { email: viewer.email, password } });
    expect((await login(viewer.password)).status).toBe(401);
    expect((await login('a-new-viewer-password')).status).toBe(200);
  });

  it('without a mail server, offers only recording, says why, and refuses to "email" a letter', async () => {
    const { body: draft } = await t.call('POST', '/api/v1/requests', {
      token: admin,
      body: { authorityId: 1, subject: 'Board papers', body: 'Please send them.', regime: 'foia' },
    });
    const page = await asOfficer.get(`/requests/${draft.id}`);
    expect(page.html).not.toContain('id="email-form"');
    expect(page.html).toContain('Emailing from here is not set up on this server');
    expect(page.html).toContain('Record that it was already sent');
    const csrf = DashboardSession.csrfOf(page.html);
    const refused = await asOfficer.post(`/requests/${draft.id}/send`, {
      _csrf: csrf,
      action: 'email',
    });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('Emailing is not set up on this server, so nothing was sent');
    const after = (await t.call('GET', `/api/v1/requests/${draft.id}`, { token: admin })).body;
    expect(after.status).toBe('draft');
  });

  it('recording a send says how and when it was sent, from the request itself; a stale flag claims nothing', async () => {
    const { body: draft } = await t.call('POST', '/api/v1/requests', {
      token: admin,
      body: { authorityId: 1, subject: 'Audit minutes', body: 'Please send them.', regime: 'foia' },
    });
    const before = await asOfficer.get(`/requests/${draft.id}?done=sent`);
    expect(before.html).not.toContain('the clock has started');
    const csrf = DashboardSession.csrfOf(before.html);
    const sent = await asOfficer.post(`/requests/${draft.id}/send`, {
      _csrf: csrf,
      action: 'record',
      method: 'post',
      sentAt: '2 11 2026',
    });
    expect(sent.location).toBe(`/requests/${draft.id}?done=sent`);
    const shown = await asOfficer.follow(sent);
    expect(shown.html).toContain(
      'Recorded as sent by post on Mon 2 Nov 2026; the clock has started.',
    );
    const after = (await t.call('GET', `/api/v1/requests/${draft.id}`, { token: admin })).body;
    expect(after.messages[0]).toMatchObject({ kind: 'request', messageId: null });
    // Back to the page that said "Draft saved" (?done=created): the request is sent now.
    const back = await asOfficer.get(`/requests/${draft.id}?done=created`);
    expect(back.html).not.toContain('Draft saved');
    expect(back.html).not.toContain('id="send-form"');
  });

  it('refuses a huge form before reading it, and shows a page for an unknown template', async () => {
    const s = asOfficer;
    const csrf = DashboardSession.csrfOf((await s.get('/')).html);
    const huge = await s.post(`/requests/${requestId}/messages`, {
      _csrf: csrf,
      log: 'note',
      occurredAt: '2026-11-20',
      body: 'x'.repeat(300_000),
    });
    expect(huge.status).toBe(413);
    const unknown = await s.get('/requests/new?template=no-such-letter');
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain('no-such-letter');
  });

  it("serves each officer's deadlines at a secret address, until a new one replaces it", async () => {
    const s = asAdmin;
    const csrf = DashboardSession.csrfOf((await s.get('/account')).html);
    const made = await s.post('/account/calendar', { _csrf: csrf });
    // POST, redirect, GET: the address is not in the URL, only a note to show it once.
    expect(made.status).toBe(303);
    expect(made.location).toMatch(/^\/account\?calendar=[\w-]+#calendar-heading$/);
    const shown = await s.follow(made);
    const first = /value="(http[^"]+\.ics)"/.exec(shown.html)![1];
    expect(made.location).not.toContain(new URL(first).pathname.slice('/calendar/'.length, -4));
    const feedPath = new URL(first).pathname;
    const feed = await new DashboardSession(t).get(feedPath);
    expect(feed.status).toBe(200);
    expect(feed.html).toContain('BEGIN:VCALENDAR');
    // The request sent on 2 Nov 2026 (St Andrew's Day skipped) is due on 1 Dec 2026.
    expect(feed.html).toContain('DTSTART;VALUE=DATE:20261201');
    // A reload shows that it was shown, without the address, and makes no new one.
    const reloaded = await s.get(made.location!);
    expect(reloaded.html).not.toContain(first);
    expect(reloaded.html).toContain('Your new address was shown once');
    expect((await new DashboardSession(t).get(feedPath)).status).toBe(200);
    // A new address replaces it: the old one stops working.
    const again = await s.follow(await s.post('/account/calendar', { _csrf: csrf }));
    expect(again.html).toMatch(/value="http[^"]+\.ics"/);
    expect((await new DashboardSession(t).get(feedPath)).status).toBe(404);
    expect((await new DashboardSession(t).get('/calendar/not-a-key.ics')).status).toBe(404);
  });

  it("another person's note shows them nothing, and leaves it for its owner", async () => {
    const csrf = DashboardSession.csrfOf((await asOfficer.get('/account')).html);
    const made = await asOfficer.post('/account/calendar', { _csrf: csrf });
    const theirs = await asViewer.get(made.location!);
    expect(theirs.html).not.toMatch(/value="http[^"]+\.ics"/);
    expect((await asOfficer.follow(made)).html).toMatch(/value="http[^"]+\.ics"/);
  });
});
