import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN, DATABASES, startTestApp, TestApp } from './support/test-app';
import {
  checkedShots,
  launchBrowser,
  newViewportContext,
  openFilters,
  textOf,
  viewportRuns,
} from './support/browser';

/**
 * The dashboard in a real Chromium: an officer files the Resolve 1 due-diligence request from its
 * template, sends it, logs an extension and then a refusal, and watches it move between lists.
 * Today is Sunday 29 November 2026 (the test clock). Dates worked by hand:
 * - received Mon 2 Nov 2026 by email; day 1 is Tue 3 Nov; Mon 30 Nov is St Andrew's Day, a
 *   Scottish bank holiday, which FOIA skips (s.10(6): any part of the UK), so day 20 is Tue 1 Dec;
 *   today is day 19 of 20: due soon.
 * - an extension to Tue 15 Dec 2026: on time, originally due Tue 1 Dec.
 * - refused on Wed 25 Nov 2026: ask for an internal review within 40 working days of the
 *   response, which is Wed 27 Jan 2027 (25, 28 Dec and 1 Jan are holidays, 2 Jan in Scotland).
 * On a desktop (both databases) and on a phone 375 px wide, where the lists' filters are folded
 * under "Filter and search" and the tables stack.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(viewportRuns(DATABASES))(
  'dashboard in a browser ($label)',
  ({ database, viewport }) => {
    jest.setTimeout(120_000);
    let t: TestApp;
    let context: BrowserContext;
    let page: Page;
    const officer = {
      email: 'ada@union.example.org',
      password: 'officer-password-1',
      name: 'Ada Officer',
    };
    const viewer = {
      email: 'vic@union.example.org',
      password: 'viewer-password-1',
      name: 'Vic Viewer',
    };
    // Every page looked at is checked by axe-core and for sideways scroll; a problem fails the test.
    const shot = checkedShots(
      () => page,
      (name) => `${database}-${name}${viewport.suffix}`,
    );

    beforeAll(async () => {
      t = await startTestApp(database);
      const admin = await t.login();
      for (const [user, role] of [
        [officer, 'officer'],
        [viewer, 'viewer'],
      ] as const) {
        const created = await t.call('POST', '/api/v1/users', {
          token: admin,
          body: { ...user, role },
        });
        expect(created.status).toBe(201);
      }
    });

    afterAll(async () => {
      await t?.close();
    });

    // Console errors (a stylesheet the CSP blocked, a missing asset) fail the test that caused them.
    let consoleErrors: string[];
    const watch = (p: Page) =>
      p.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));

    beforeEach(async () => {
      consoleErrors = [];
      context = await newViewportContext(browser, viewport);
      page = await context.newPage();
      watch(page);
    });

    afterEach(async () => {
      await context.close();
      // Pages answering a bad form with 400, 401, 403, 404 or 409 are meant; Chromium logs those too.
      expect(consoleErrors.filter((e) => !/responded with a status of 4\d\d/.test(e))).toEqual([]);
    });

    async function signIn(user: { email: string; password: string }): Promise<void> {
      await page.goto(`${t.url}/`);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await page.getByLabel('Email address').fill(user.email);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${t.url}/`);
    }

    const rowOf = (reference: string) => page.locator(`tr[data-reference="${reference}"]`);

    it('an officer files, sends, extends and logs a refusal, and the request moves between lists', async () => {
      await page.goto(`${t.url}/`);
      await shot('01-sign-in');
      await signIn(officer);
      await shot('02-outstanding-empty');
      expect(await textOf(page, '#outstanding tbody')).toContain('Nothing outstanding');

      // New request from the Resolve 1 template: a missing variable is shown beside its field.
      await page.getByRole('link', { name: 'New request' }).click();
      await page.getByRole('link', { name: /ethical due-diligence records/ }).click();
      await page.getByLabel('Authority').selectOption({ label: 'Imperial College London' });
      await page.getByLabel('Campaign').fill('Huawei partnership — Resolve 1');
      await page.getByRole('button', { name: 'Save as draft' }).click();
      expect(await textOf(page, '#var-partnerName-error')).toBe('Enter the partner name');
      await expect(page.getByLabel('Campaign').inputValue()).resolves.toBe(
        'Huawei partnership — Resolve 1',
      );
      await expect(page.getByLabel('Requester name').inputValue()).resolves.toBe(officer.name);
      await shot('03-new-request-errors');

      await page.getByLabel('Partner name').fill('Huawei');
      await page.getByRole('button', { name: 'Preview the letter' }).click();
      expect(await textOf(page, '#preview-subject')).toContain('Huawei');
      expect(await textOf(page, '#preview-body')).toContain('Relationship Review Policy');
      await shot('04-new-request-preview');
      await page.getByRole('button', { name: 'Save as draft' }).click();
      await page.waitForURL(/\/requests\/\d+\?done=created$/);
      expect(await textOf(page, '.reference')).toBe('FOI-2026-0001');
      expect(await textOf(page, '.status')).toBe('draft');
      await shot('05-request-draft');

      // Send it: received Mon 2 Nov, due Tue 1 Dec (St Andrew's Day skipped), day 19 of 20.
      await page.getByLabel('How it was sent').selectOption('email');
      await page.getByLabel('Sent on').fill('2026-11-02');
      await page.getByRole('button', { name: 'Record as sent' }).click();
      await page.waitForURL(/done=sent$/);
      expect(await textOf(page, '[data-field="receivedOn"]')).toBe('Mon 2 Nov 2026');
      expect(await textOf(page, '[data-field="headline"]')).toBe('Tue 1 Dec 2026 day 19 of 20');
      expect(await textOf(page, '#deadline .explanation')).toContain('St Andrew');
      expect(await textOf(page, 'hgroup .badge')).toBe('due soon');
      await shot('06-request-sent');

      await page.getByRole('link', { name: 'Outstanding' }).click();
      expect(await textOf(page, '[data-total]')).toBe('1');
      expect(await textOf(page, `tr[data-reference="FOI-2026-0001"] .due`)).toBe('Tue 1 Dec 2026');
      expect(await rowOf('FOI-2026-0001').locator('.badge').textContent()).toBe('due soon');
      expect(await textOf(page, `tr[data-reference="FOI-2026-0001"] .day-count`)).toBe(
        'day 19 of 20',
      );
      await shot('07-outstanding-due-soon');

      // Filters are a plain GET form: by campaign and search it stays, by "overdue" it goes. On a
      // phone they are folded under "Filter and search", opened first as a person would.
      await openFilters(page);
      await page.getByLabel('Campaign').selectOption('Huawei partnership — Resolve 1');
      await page.getByLabel('Search').fill('due-diligence');
      await page.getByRole('button', { name: 'Filter' }).click();
      expect(await rowOf('FOI-2026-0001').count()).toBe(1);
      await openFilters(page);
      await page.getByLabel('Deadline').selectOption('overdue');
      await page.getByRole('button', { name: 'Filter' }).click();
      expect(await textOf(page, '#outstanding tbody')).toBe(
        'Nothing outstanding matches these filters.',
      );
      await openFilters(page);
      await page.getByRole('button', { name: 'Clear' }).click();

      // An extension to Tue 15 Dec: on time again, the original date kept.
      await rowOf('FOI-2026-0001').getByRole('link').click();
      await page
        .getByLabel('Log a message')
        .selectOption({ label: 'The authority extended the time' });
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2026-11-20');
      await page.getByLabel(/Extended to/).fill('2026-12-15');
      await page.getByRole('button', { name: 'Log it' }).click();
      await page.waitForURL(/done=logged$/);
      expect(await textOf(page, '.status')).toBe('extended');
      expect(await textOf(page, '[data-field="headline"]')).toMatch(/^Tue 15 Dec 2026/);
      expect(await textOf(page, '[data-field="originalDueDate"]')).toBe('Tue 1 Dec 2026');
      expect(await textOf(page, 'hgroup .badge')).toBe('on time');
      await page.getByRole('link', { name: 'Outstanding' }).click();
      expect(await textOf(page, `tr[data-reference="FOI-2026-0001"] .due`)).toBe('Tue 15 Dec 2026');
      expect(await rowOf('FOI-2026-0001').locator('.badge').textContent()).toBe('on time');

      // A refusal: a response without an outcome is refused beside the field, with what was typed kept.
      await rowOf('FOI-2026-0001').getByRole('link').click();
      await page.getByLabel('Log a message').selectOption({ label: 'Response from the authority' });
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2026-11-25');
      await page.getByLabel('Exemptions cited').fill('s43(2), s41');
      await page.getByRole('button', { name: 'Log it' }).click();
      expect(await textOf(page, '#log-outcome-error')).toBe('Choose the outcome of the response');
      await expect(page.getByLabel('Exemptions cited').inputValue()).resolves.toBe('s43(2), s41');
      await shot('08-response-missing-outcome');
      await page.getByRole('combobox', { name: /^Outcome/ }).selectOption('refused');
      await page.getByRole('button', { name: 'Log it' }).click();
      await page.waitForURL(/done=logged$/);
      expect(await textOf(page, '.status')).toBe('responded');
      expect(await textOf(page, '[data-field="headlineLabel"]')).toBe(
        'Ask for an internal review by',
      );
      expect(await textOf(page, '[data-field="headline"]')).toBe('Wed 27 Jan 2027');
      expect(await textOf(page, '#deadline-history [data-field="dueDate"]')).toBe(
        'Tue 15 Dec 2026',
      );
      expect(await textOf(page, '#timeline')).toContain('refused (s43(2), s41)');
      await shot('09-request-refused');

      // Off the Outstanding list, onto Action needed with the review deadline.
      await page.getByRole('link', { name: 'Outstanding' }).click();
      expect(await textOf(page, '[data-total]')).toBe('0');
      await page.getByRole('link', { name: 'Action needed' }).click();
      const row = page.locator('#review-window tr[data-reference="FOI-2026-0001"]');
      expect(((await row.textContent()) ?? '').replace(/\s+/g, ' ')).toContain('Wed 27 Jan 2027');
      await shot('10-action-needed');

      // The internal-review letter comes filled in from the request; the grounds are ours to write.
      await row.getByRole('link', { name: 'Internal review letter' }).click();
      await expect(
        page.getByRole('textbox', { name: 'Exemptions cited', exact: true }).inputValue(),
      ).resolves.toBe('s43(2)\ns41');
      await expect(page.getByRole('textbox', { name: 'Response date' }).inputValue()).resolves.toBe(
        '25 11 2026',
      );
      await page
        .getByLabel('Grounds')
        .fill('The public interest in disclosure outweighs the commercial interests claimed.');
      await page.getByRole('button', { name: 'Preview' }).click();
      expect(await textOf(page, '#letter-preview')).toContain('The public interest in disclosure');
      await shot('11-internal-review-letter');
      await page.getByRole('button', { name: 'Log as sent' }).click();
      await page.waitForURL(/done=logged$/);
      expect(await textOf(page, '.status')).toBe('internal review');

      await page.getByRole('link', { name: 'Statistics' }).click();
      const stats = page.locator('[data-authority="Imperial College London"]');
      expect(await stats.locator('[data-stat="answered"]').textContent()).toBe('1');
      expect(await stats.locator('[data-stat="on-time"]').textContent()).toBe('100%');
      // Answered on Wed 25 Nov: working day 17 of the request's clock (now in review, whose own
      // clock is at day 0, which must not count).
      expect(await stats.locator('[data-stat="median"]').textContent()).toBe('17');
      expect(await stats.locator('[data-exemption="s43(2)"]').textContent()).toBe('1');
      await shot('12-statistics');

      for (const [path, name] of [
        ['/authorities', '13-authorities'],
        ['/authorities/1', '13b-authority'],
        ['/requests/new', '13c-new-request-choose'],
        ['/templates', '14-templates'],
        ['/templates/chaser', '15-template'],
        ['/account', '16-account'],
        ['/requests/99999', '17-not-found'],
      ]) {
        await page.goto(`${t.url}${path}`);
        await shot(name);
      }
    });

    it('one headline date per request, earlier dates under a history, and an extension beyond guidance on its badge', async () => {
      // Received Mon 2 Nov 2026: due Tue 1 Dec, long stop Thu 31 Dec (St Andrew's Day, Christmas
      // and Boxing Day's substitute skipped). Extended on 20 Nov to Fri 15 Jan 2027, past the long
      // stop. Today, Sun 29 Nov, is day 19 of 49 working days to the stated date: on time.
      const admin = await t.login();
      const { body: created } = await t.call('POST', '/api/v1/requests', {
        token: admin,
        body: {
          authorityId: 1,
          subject: 'Partnership contract',
          body: 'Please.',
          regime: 'foia',
        },
      });
      const call = (path: string, body: Record<string, unknown>) =>
        t.call('POST', `/api/v1/requests/${created.id}${path}`, { token: admin, body });
      expect((await call('/send', { sentAt: '2026-11-02', method: 'email' })).status).toBe(200);
      const extended = await call('/messages', {
        direction: 'incoming',
        kind: 'extension',
        occurredAt: '2026-11-20',
        extendedTo: '2027-01-15',
      });
      expect(extended.status).toBe(201);
      await signIn(officer);
      await page.goto(`${t.url}/requests/${created.id}`);
      expect(await textOf(page, '[data-field="headlineLabel"]')).toBe('Response due');
      expect(await textOf(page, '[data-field="headline"]')).toBe('Fri 15 Jan 2027 day 19 of 49');
      // The one date that matters is on the first screen, on a phone too, with its badges.
      for (const selector of ['[data-field="headline"]', 'hgroup .badge >> nth=1']) {
        const box = (await page.locator(selector).boundingBox())!;
        expect([selector, box.x >= 0, box.x + box.width <= viewport.width]).toEqual([
          selector,
          true,
          true,
        ]);
        expect([selector, box.y + box.height <= viewport.height]).toEqual([selector, true]);
      }
      expect(await page.locator('hgroup .badge').allTextContents()).toEqual([
        'on time',
        'extended beyond guidance',
      ]);
      expect(await textOf(page, '[data-field="extensionBeyondGuidance"]')).toContain(
        'may complain to the Commissioner now',
      );
      expect(await textOf(page, '#deadline .explanation')).toContain(
        'may complain to the Information Commissioner now',
      );
      expect(await textOf(page, '#deadline-history [data-field="longStopDate"]')).toBe(
        'Thu 31 Dec 2026',
      );
      await shot('22-extension-beyond-guidance');
      await page.getByRole('link', { name: 'Outstanding' }).click();
      expect(await rowOf(created.reference).locator('.badge').allTextContents()).toEqual([
        'on time',
        'extended beyond guidance',
      ]);
      expect(await textOf(page, `tr[data-reference="${created.reference}"] .due`)).toBe(
        'Fri 15 Jan 2027',
      );

      // Answered Wed 25 Nov; a review asked for Fri 27 Nov is due 20 working days on: Wed 30 Dec
      // (30 Nov, 25 and 28 Dec skipped). That is the one date now, day 0 of 20 of the review; the
      // response's date of 15 Jan moves under the history, and the badge no longer says beyond.
      for (const message of [
        { direction: 'incoming', kind: 'response', occurredAt: '2026-11-25', outcome: 'refused' },
        { direction: 'outgoing', kind: 'internal-review-request', occurredAt: '2026-11-27' },
      ])
        expect((await call('/messages', message)).status).toBe(201);
      await page.goto(`${t.url}/requests/${created.id}`);
      expect(await page.locator('#deadline tr.headline').count()).toBe(1);
      expect(await textOf(page, '[data-field="headlineLabel"]')).toBe('Internal review due');
      expect(await textOf(page, '[data-field="headline"]')).toBe('Wed 30 Dec 2026 day 0 of 20');
      expect(await page.locator('#deadline-history').getAttribute('open')).toBeNull();
      expect(await textOf(page, '#deadline-history [data-field="dueDate"]')).toBe(
        'Fri 15 Jan 2027',
      );
      expect(await page.locator('#deadline-history [data-field="reviewDueDate"]').count()).toBe(0);
      expect(await page.locator('hgroup .badge').allTextContents()).toEqual(['on time']);
      await shot('23-internal-review-headline');
      await page.getByRole('link', { name: 'Outstanding' }).click();
      expect(await textOf(page, `tr[data-reference="${created.reference}"] .due`)).toBe(
        'Wed 30 Dec 2026',
      );
      expect(await textOf(page, `tr[data-reference="${created.reference}"] .day-count`)).toBe(
        'day 0 of 20',
      );
    });

    it('a viewer sees no forms, and a write made anyway is refused with nothing changed', async () => {
      const admin = await t.login();
      const { body: own } = await t.call('POST', '/api/v1/requests', {
        token: admin,
        body: {
          authorityId: 1,
          subject: 'Minutes of the partnership board',
          body: 'Please.',
          regime: 'foia',
        },
      });
      await signIn(viewer);
      expect(await page.getByRole('link', { name: 'New request' }).count()).toBe(0);
      await page.goto(`${t.url}/requests/${own.id}`);
      expect(await page.locator('main form[method="post"]').count()).toBe(0);
      expect(await textOf(page, '#actions')).toContain('You can read this request');
      await shot('18-viewer-request');
      const before = await t.call('GET', `/api/v1/requests/${own.id}`, { token: admin });

      // The viewer's own CSRF token (from the sign-out form) does not make a write allowed.
      const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
      const response = await page.request.post(`${t.url}/requests/${own.id}/withdraw`, {
        form: { _csrf: csrf, confirm: 'yes' },
      });
      expect(response.status()).toBe(403);
      expect(await response.text()).toContain('viewers can read but not change anything');
      const after = await t.call('GET', `/api/v1/requests/${own.id}`, { token: admin });
      expect(after.body.status).toBe(before.body.status);
      expect(after.body.events).toHaveLength(before.body.events.length);
    });

    it('an admin adds a user: a bad email is shown beside it, the name kept; then the user can sign in', async () => {
      await signIn(ADMIN);
      await page.getByRole('link', { name: 'Users' }).click();
      await page.getByText('Add a user').click();
      await page.getByLabel('Name').fill('Sam Steward');
      await page.getByLabel('Email').fill('not-an-email');
      await page.getByLabel(/First password/).fill('steward-password-1');
      await page.getByRole('button', { name: 'Add' }).click();
      expect(await textOf(page, '#user-email-error')).toBe('email must be an email');
      await expect(page.getByLabel('Name').inputValue()).resolves.toBe('Sam Steward');
      await shot('20-users-bad-email');
      await page.getByLabel('Email').fill('sam@union.example.org');
      await page.getByLabel(/First password/).fill('steward-password-1');
      await page.getByRole('button', { name: 'Add' }).click();
      await page.waitForURL(/\/users\?done=added$/);
      expect(await textOf(page, 'main table')).toContain('sam@union.example.org');
      expect(
        (
          await t.call('POST', '/api/v1/auth/login', {
            body: { email: 'sam@union.example.org', password: 'steward-password-1' },
          })
        ).status,
      ).toBe(200);
    });

    it('works from the keyboard and fits a phone screen', async () => {
      await context.close();
      context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
      page = await context.newPage();
      watch(page);
      await page.goto(`${t.url}/sign-in`);
      // Skip link, then the site's name, then the email field: reached with Tab alone.
      const focused: string[] = [];
      while (focused.length < 6 && focused[focused.length - 1] !== 'email') {
        await page.keyboard.press('Tab');
        focused.push(
          // A string runs in the page (this file is compiled without the DOM's types).
          await page.evaluate<string>(
            'document.activeElement.id || document.activeElement.textContent.trim()',
          ),
        );
      }
      expect(focused).toEqual(['Skip to the content', 'FOI Tracker', 'email']);
      await page.keyboard.type(officer.email);
      await page.keyboard.press('Tab');
      await page.keyboard.type(officer.password);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${t.url}/`);
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await shot('19-phone-outstanding');
    });
  },
);
