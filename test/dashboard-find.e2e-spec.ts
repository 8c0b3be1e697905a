import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DATABASES, startTestApp, TestApp } from './support/test-app';
import {
  checkedShots,
  launchBrowser,
  newViewportContext,
  openFilters,
  signIn,
  textOf,
  viewportRuns,
} from './support/browser';

/**
 * Dates typed into the dashboard's forms are never guessed, and every request can be found again.
 * Each on a desktop (both databases) and on a phone 375 px wide, where the lists' filters are
 * folded under "Filter and search" and the tables stack.
 * Today is Sunday 29 November 2026 (the test clock).
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(viewportRuns(DATABASES))(
  'dashboard: dates and finding requests ($label)',
  ({ database, viewport }) => {
    jest.setTimeout(120_000);
    let t: TestApp;
    let admin: string;
    let context: BrowserContext;
    let page: Page;
    const officer = {
      email: 'ada@union.example.org',
      password: 'officer-password-1',
      name: 'Ada Officer',
    };
    // Every page looked at is checked by axe-core and for sideways scroll; a problem fails the test.
    const shot = checkedShots(
      () => page,
      (name) => `${database}-find-${name}${viewport.suffix}`,
    );

    beforeAll(async () => {
      t = await startTestApp(database);
      admin = await t.login();
      const created = await t.call('POST', '/api/v1/users', {
        token: admin,
        body: { ...officer, role: 'officer' },
      });
      expect(created.status).toBe(201);
    });

    afterAll(async () => {
      await t?.close();
    });

    beforeEach(async () => {
      context = await newViewportContext(browser, viewport);
      page = await context.newPage();
      await signIn(page, t.url, officer);
    });

    afterEach(async () => {
      await context.close();
    });

    const draft = async (subject: string): Promise<{ id: number; reference: string }> => {
      const { status, body } = await t.call('POST', '/api/v1/requests', {
        token: admin,
        body: { authorityId: 1, subject, body: 'Please.', regime: 'foia' },
      });
      expect(status).toBe(201);
      return body;
    };
    const history = async (id: number) =>
      (await t.call('GET', `/api/v1/requests/${id}`, { token: admin })).body;

    it('an impossible or empty date is refused beside its field, with what was typed kept; nothing is recorded', async () => {
      const { id } = await draft('Minutes of the partnership board');
      await page.goto(`${t.url}/requests/${id}`);
      // Today, filled in before the officer sends: what the form will record is on the screen.
      await expect(page.getByLabel('Sent on').inputValue()).resolves.toBe('29 11 2026');
      await page.getByLabel('How it was sent').selectOption('post');
      await page.getByLabel('Sent on').fill('31/11/2026');
      await page.getByRole('button', { name: 'Record as sent' }).click();
      expect(await textOf(page, '#send-sentAt-error')).toBe(
        'Sent on must be a real date, for example 27 11 2026 (day, month, year).',
      );
      await expect(page.getByLabel('Sent on').inputValue()).resolves.toBe('31/11/2026');
      // The summary at the top names the problem itself and links to the field.
      expect(await textOf(page, '.error-summary')).toContain('Sent on must be a real date');
      expect(await page.locator('.error-summary a').first().getAttribute('href')).toBe(
        '#send-sentAt',
      );
      await shot('01-impossible-date');
      expect((await history(id)).status).toBe('draft');

      await page.getByLabel('Sent on').fill('');
      await page.getByRole('button', { name: 'Record as sent' }).click();
      expect(await textOf(page, '#send-sentAt-error')).toBe(
        'Enter the date it was sent, for example 27 11 2026.',
      );
      await expect(page.getByLabel('Sent on').inputValue()).resolves.toBe('');
      expect((await history(id)).status).toBe('draft');

      // Day, month and year as people write them: sent by post on Mon 2 Nov, received Wed 4 Nov.
      await page.getByLabel('Sent on').fill('2/11/2026');
      await page.getByRole('button', { name: 'Record as sent' }).click();
      await page.waitForURL(/done=sent$/);
      expect(await textOf(page, '[data-field="receivedOn"]')).toBe('Wed 4 Nov 2026');

      // Logging a message: the date is today until changed; an impossible one logs nothing.
      const logged = async () => (await history(id)).messages.length;
      const before = await logged();
      await page
        .getByLabel('Log a message')
        .selectOption({ label: 'The authority extended the time' });
      await page.getByRole('button', { name: 'Next' }).click();
      const date = page.getByRole('textbox', { name: 'Date', exact: true });
      await expect(date.inputValue()).resolves.toBe('29 11 2026');
      await date.fill('30 2 2026');
      await page.getByLabel(/Extended to/).fill('32 12 2026');
      await page.getByRole('button', { name: 'Log it' }).click();
      expect(await textOf(page, '#log-occurredAt-error')).toBe(
        'Date must be a real date, for example 27 11 2026 (day, month, year).',
      );
      expect(await textOf(page, '#log-extendedTo-error')).toBe(
        'Extended to must be a real date, for example 27 11 2026 (day, month, year).',
      );
      await expect(page.getByLabel(/Extended to/).inputValue()).resolves.toBe('32 12 2026');
      expect(await logged()).toBe(before);
      await shot('02-impossible-message-date');

      // A letter logged as sent with its date left empty is not logged as sent today.
      await page.goto(`${t.url}/requests/${id}?letter=chaser`);
      await page.getByLabel('Sent on (when you log it)').fill('');
      await page.getByRole('button', { name: 'Log as sent' }).click();
      expect(await textOf(page, '#letter-occurredAt-error')).toBe(
        'Enter the date the letter was sent, for example 27 11 2026.',
      );
      expect(await logged()).toBe(before);
    });
  },
);

describe.each(viewportRuns(DATABASES))(
  'dashboard: finding every request ($label)',
  ({ database, viewport }) => {
    jest.setTimeout(120_000);
    let t: TestApp;
    let admin: string;
    let context: BrowserContext;
    let page: Page;
    const officer = {
      email: 'bo@union.example.org',
      password: 'officer-password-2',
      name: 'Bo Officer',
    };
    // Every page looked at is checked by axe-core and for sideways scroll; a problem fails the test.
    const shot = checkedShots(
      () => page,
      (name) => `${database}-find-${name}${viewport.suffix}`,
    );

    beforeAll(async () => {
      t = await startTestApp(database);
      admin = await t.login();
      expect(
        (
          await t.call('POST', '/api/v1/users', {
            token: admin,
            body: { ...officer, role: 'officer' },
          })
        ).status,
      ).toBe(201);
      context = await newViewportContext(browser, viewport);
      page = await context.newPage();
      await signIn(page, t.url, officer);
    });

    afterAll(async () => {
      await t?.close();
    });

    it('Save as draft sent again from the back button goes to the draft it made, not a second one', async () => {
      await page.getByRole('link', { name: 'New request' }).click();
      await page.getByRole('link', { name: /ethical due-diligence records/ }).click();
      await page.getByLabel('Authority').selectOption({ label: 'Imperial College London' });
      await page.getByLabel('Partner name').fill('Huawei');
      await page.getByRole('button', { name: 'Save as draft' }).click();
      await page.waitForURL(/\/requests\/\d+\?done=created$/);
      const first = new URL(page.url()).pathname;

      await page.goBack();
      expect(new URL(page.url()).pathname).toBe('/requests/new');
      // Whether the browser kept what was typed or not, the same form is sent again.
      await page.getByLabel('Authority').selectOption({ label: 'Imperial College London' });
      await page.getByLabel('Partner name').fill('Huawei');
      await page.getByRole('button', { name: 'Save as draft' }).click();
      await page.waitForURL(/done=already-created$/);
      expect(new URL(page.url()).pathname).toBe(first);
      expect(await textOf(page, '[role="status"], .done, main')).toContain('saved already');
      const drafts = await t.call('GET', '/api/v1/requests?status=draft', { token: admin });
      expect(drafts.body.total).toBe(1);

      // The home page lists the officer's drafts, newest first, each linked.
      await page.getByRole('link', { name: 'Outstanding' }).click();
      const yours = page.locator('#your-drafts li');
      expect(await yours.count()).toBe(1);
      expect(await textOf(page, '#your-drafts')).toContain('FOI-2026-0001');
      await yours.getByRole('link').click();
      expect(new URL(page.url()).pathname).toBe(first);
    });

    it('All requests lists drafts and closed ones; the search finds a draft by its reference, and by the authority', async () => {
      // A request taken all the way to the Commissioner's decision: closed.
      const { body: closed } = await t.call('POST', '/api/v1/requests', {
        token: admin,
        body: {
          authorityId: 1,
          subject: 'Minutes of the partnership board',
          body: 'Please.',
          regime: 'foia',
        },
      });
      for (const [path, body] of [
        ['send', { method: 'email', sentAt: '2026-06-01' }],
        [
          'messages',
          {
            direction: 'incoming',
            kind: 'response',
            occurredAt: '2026-06-20',
            outcome: 'refused',
            authorityReference: 'IMP-FOI-7731',
          },
        ],
        [
          'messages',
          { direction: 'outgoing', kind: 'internal-review-request', occurredAt: '2026-06-22' },
        ],
        [
          'messages',
          {
            direction: 'incoming',
            kind: 'internal-review-response',
            occurredAt: '2026-07-10',
            outcome: 'upheld',
          },
        ],
        ['messages', { direction: 'outgoing', kind: 'ico-complaint', occurredAt: '2026-07-15' }],
        ['messages', { direction: 'incoming', kind: 'ico-decision', occurredAt: '2026-10-15' }],
      ] as const) {
        const answer = await t.call('POST', `/api/v1/requests/${closed.id}/${path}`, {
          token: admin,
          body,
        });
        expect([path, answer.status < 300, answer.body.message]).toEqual([
          path,
          true,
          answer.body.message,
        ]);
      }
      expect(
        (await t.call('GET', `/api/v1/requests/${closed.id}`, { token: admin })).body.status,
      ).toBe('closed');

      await page.getByRole('link', { name: 'All requests' }).click();
      expect(new URL(page.url()).pathname).toBe('/requests');
      const row = (reference: string) =>
        page.locator(`#all-requests tr[data-reference="${reference}"]`);
      expect(await row('FOI-2026-0001').count()).toBe(1);
      expect(await textOf(page, '#all-requests tr[data-reference="FOI-2026-0001"]')).toContain(
        'draft',
      );
      expect(
        await textOf(page, `#all-requests tr[data-reference="${closed.reference}"]`),
      ).toContain('closed');
      await shot('03-all-requests');

      // The draft by its reference: found here, where Outstanding would not show it. On a phone
      // the filters are folded under "Filter and search": opened first, as a person would.
      expect(await page.getByLabel('Search').isVisible()).toBe(viewport.name === 'desktop');
      await openFilters(page);
      await page.getByLabel('Search').fill('foi-2026-0001');
      await page.getByRole('button', { name: 'Filter' }).click();
      expect(await page.locator('#all-requests tbody tr').count()).toBe(1);
      expect(await row('FOI-2026-0001').count()).toBe(1);
      await shot('04-found-draft');
      // By the authority's own reference, and by the status filter.
      await openFilters(page);
      await page.getByLabel('Search').fill('imp-foi-7731');
      await page.getByRole('button', { name: 'Filter' }).click();
      expect(await page.locator('#all-requests tbody tr').count()).toBe(1);
      expect(await row(closed.reference).count()).toBe(1);
      await openFilters(page);
      await page.getByLabel('Search').fill('');
      await page.getByLabel('Status').selectOption('closed');
      await page.getByRole('button', { name: 'Filter' }).click();
      expect(await page.locator('#all-requests tbody tr').count()).toBe(1);
      expect(await row(closed.reference).count()).toBe(1);
    });
  },
);
