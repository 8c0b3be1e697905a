import { DashboardSession } from './support/dashboard-session';
import { ADMIN, startTestApp, TestApp } from './support/test-app';

/** Handlebars escapes these in attribute values; the browser reads them back. */
function unescapeHtml(text: string): string {
  return text
    .replace(/&#x3D;/g, '=')
    .replace(/&#x27;/g, "'")
    .replace(/&#x60;/g, '`')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A path on this site: resolved against it, the address stays here, and no browser reads it as a host. */
function expectPathHere(location: string, base: string): void {
  expect(location).toMatch(/^\/(?![/\\])/);
  expect(new URL(location, base).origin).toBe(new URL(base).origin);
}

/**
 * The whole sign-in over HTTP with `next` values that try to leave the site: the page's form
 * carries a safe `next` itself (not only after the POST checks it again), and the redirect after
 * signing in is a path here.
 */
describe('signing in with a tricky next', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
  }, 60_000);
  afterAll(() => t?.close());

  // Sign-in allows ten tries a minute per address: this table stays below that.
  it.each([
    ['/..//evil.example', '/'],
    ['/./..//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/%2f%2fevil.example', '/%2f%2fevil.example'],
    ['/%5cevil.example', '/%5cevil.example'],
    ['/\t/evil.example', '/'],
    ['/\n/evil.example', '/'],
    ['///evil.example', '/'],
    ['/%2e%2e//evil.example', '/'],
  ])('next=%j ends on %s', async (next, expected) => {
    const s = new DashboardSession(t);
    const form = await s.get(`/sign-in?next=${encodeURIComponent(next)}`);
    expect(form.status).toBe(200);
    const carried = unescapeHtml(/name="next" value="([^"]*)"/.exec(form.html)![1]);
    expectPathHere(carried, t.url);
    const signedIn = await s.post('/sign-in', {
      _csrf: DashboardSession.csrfOf(form.html),
      email: ADMIN.email,
      password: ADMIN.password,
      next: carried,
    });
    expect(signedIn.status).toBe(303);
    expectPathHere(signedIn.location!, t.url);
    expect(signedIn.location).toBe(expected);
    expect(s.cookie('foi_session')).toBeDefined();
  });
});

/**
 * Login CSRF: another site's form can make a browser post our sign-in form with the attacker's
 * email and password. Without the nonce cookie the sign-in page set, nothing matches and the
 * visitor must not be signed in to anyone's account.
 */
describe('a sign-in form from another site', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
  }, 60_000);
  afterAll(() => t?.close());

  it.each([
    ['the placeholder nonce "-"', '-'],
    ['a nonce the attacker got from their own visit', 'own'],
    ['an empty nonce', ''],
  ])('with %s and no nonce cookie is refused, and no session starts', async (_what, kind) => {
    let nonce = kind;
    if (kind === 'own') {
      const attacker = new DashboardSession(t);
      nonce = DashboardSession.csrfOf((await attacker.get('/sign-in')).html);
    }
    const victim = new DashboardSession(t);
    const page = await victim.post('/sign-in', {
      _csrf: nonce,
      email: ADMIN.email,
      password: ADMIN.password,
      next: '/',
    });
    expect(page.status).toBe(403);
    expect(page.html).toContain('did not come from this site');
    expect(page.html).toContain('Please sign in again on this page.');
    // Nobody's address is put on the victim's page.
    expect(page.html).not.toContain(ADMIN.email);
    expect(page.setCookie.some((c) => c.startsWith('foi_session='))).toBe(false);
    expect(victim.cookie('foi_session')).toBeUndefined();
    // The page it shows is a fresh sign-in form that works.
    const again = await victim.post('/sign-in', {
      _csrf: DashboardSession.csrfOf(page.html),
      email: ADMIN.email,
      password: ADMIN.password,
      next: '/',
    });
    expect(again.status).toBe(303);
    expect(victim.cookie('foi_session')).toBeDefined();
  });
});
