import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DATABASES, startTestApp, TestApp } from './support/test-app';
import {
  checkedShots,
  launchBrowser,
  newViewportContext,
  signIn,
  textOf,
  viewportRuns,
} from './support/browser';

/**
 * Putting mistakes right from the request page, in a real Chromium. Today is Sunday 29 November
 * 2026 (the test clock). Dates worked by hand:
 * - sent and received Mon 2 Nov 2026 by email: day 20 is Tue 1 Dec (Mon 30 Nov, St Andrew's Day,
 *   is a Scottish bank holiday, which FOIA skips);
 * - the sent date corrected to Wed 4 Nov: day 20 is Thu 3 Dec.
 * On a desktop (both databases) and on a phone 375 px wide.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(viewportRuns(DATABASES))(
  'correcting messages in a browser ($label)',
  ({ database, viewport }) => {
    jest.setTimeout(120_000);
    let t: TestApp;
    let context: BrowserContext;
    let page: Page;
    let requestId: number;
    const officer = { email: 'cor@union.example.org', password: 'officer-password-1' };
    const viewer = { email: 'vel@union.example.org', password: 'viewer-password-1' };
    // Every page looked at is checked by axe-core and for sideways scroll; a problem fails the test.
    const shot = checkedShots(
      () => page,
      (name) => `${database}-corrections-${name}${viewport.suffix}`,
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
          body: { ...user, name: `A ${role}`, role },
        });
        expect(created.status).toBe(201);
      }
      const created = await t.call('POST', '/api/v1/requests', {
        token: admin,
        body: { authorityId: 1, regime: 'foia', subject: 'Contract', body: 'Please send it.' },
      });
      requestId = created.body.id;
      const sent = await t.call('POST', `/api/v1/requests/${requestId}/send`, {
        token: admin,
        body: { sentAt: '2026-11-02', method: 'email' },
      });
      expect(sent.status).toBe(200);
      const ack = await t.call('POST', `/api/v1/requests/${requestId}/messages`, {
        token: admin,
        body: {
          direction: 'incoming',
          kind: 'acknowledgement',
          occurredAt: '2026-11-05',
          authorityReference: 'IC-123',
        },
      });
      expect(ack.status).toBe(201);
    });

    afterAll(async () => {
      await t?.close();
    });

    beforeEach(async () => {
      context = await newViewportContext(browser, viewport);
      page = await context.newPage();
    });
    afterEach(async () => {
      await context.close();
    });

    it('an officer corrects the sent date and sees the due date move, then removes a message', async () => {
      await signIn(page, t.url, officer);
      await page.goto(`${t.url}/requests/${requestId}`);
      expect(await textOf(page, '[data-field="headline"]')).toMatch(/^Tue 1 Dec 2026/);

      await page.getByRole('link', { name: 'Correct the request of Mon 2 Nov 2026' }).click();
      await expect(page.getByLabel('Sent on').inputValue()).resolves.toBe('2 11 2026');
      // A date left empty is never guessed: the summary at the top links to the field.
      await page.getByLabel('Sent on').fill('');
      await page.getByRole('button', { name: 'Save the correction' }).click();
      const missing = 'Enter the date the message was sent or received, for example 27 11 2026.';
      expect(await textOf(page, '.error-summary')).toContain(missing);
      expect(await page.locator('.error-summary a').first().getAttribute('href')).toBe(
        '#correct-occurredAt',
      );
      expect(await textOf(page, '#correct-occurredAt-error')).toBe(missing);
      // An impossible one is refused beside the field, as typed.
      await page.getByLabel('Sent on').fill('31 11 2026');
      await page.getByRole('button', { name: 'Save the correction' }).click();
      expect(await textOf(page, '#correct-occurredAt-error')).toMatch(/must be a real date/);
      await expect(page.getByLabel('Sent on').inputValue()).resolves.toBe('31 11 2026');
      await shot('01-correct-error');

      await page.getByLabel('Sent on').fill('4 11 2026');
      await page.getByRole('button', { name: 'Save the correction' }).click();
      await page.waitForURL(/\/requests\/\d+\?done=corrected$/);
      expect(await textOf(page, '[data-field="receivedOn"]')).toBe('Wed 4 Nov 2026');
      expect(await textOf(page, '[data-field="headline"]')).toMatch(/^Thu 3 Dec 2026/);
      // The reminder for the old date is cancelled; the new one is planned.
      const dueToday = (await page.locator('[data-reminder="due-today"]').allTextContents()).map(
        (row) => row.replace(/\s+/g, ' ').trim(),
      );
      expect(dueToday).toHaveLength(2);
      expect(dueToday[0]).toBe('due today1 Dec 2026, 08:00cancelled0');
      // Pending, or queued if the API has put it on Redis already.
      expect(dueToday[1]).toMatch(/^due today3 Dec 2026, 08:00(pending|queued)0$/);
      expect(await textOf(page, '[data-event="message-corrected"]')).toContain('message corrected');
      await shot('02-corrected');

      // Remove the acknowledgement: a confirmation page first, then back to the request.
      await page
        .getByRole('link', { name: 'Remove the acknowledgement of Thu 5 Nov 2026' })
        .click();
      expect(await textOf(page, 'main')).toContain('IC-123');
      await shot('03-remove-confirm');
      const csrf = await page.locator('#remove-form input[name="_csrf"]').inputValue();
      const version = await page.locator('#remove-form input[name="version"]').inputValue();
      const action = await page.locator('#remove-form').getAttribute('action');
      await page.getByRole('button', { name: 'Remove it' }).click();
      await page.waitForURL(/\/requests\/\d+\?done=removed$/);
      expect(await page.locator('li.message[data-kind="acknowledgement"]').count()).toBe(0);
      expect(await page.locator('li.event[data-event="message-removed"]').count()).toBe(1);
      expect(await textOf(page, '[data-field="headline"]')).toMatch(/^Thu 3 Dec 2026/);
      await shot('04-removed');

      // The same form sent again (a second click) is refused with a sentence, not a 404.
      const again = await context.request.post(`${t.url}${action}`, {
        form: { _csrf: csrf, version },
        maxRedirects: 0,
      });
      expect(again.status()).toBe(409);
      expect(await again.text()).toContain('a second click?');
    });

    it('a viewer sees no Correct or Remove, and cannot open the forms', async () => {
      await signIn(page, t.url, viewer);
      await page.goto(`${t.url}/requests/${requestId}`);
      expect(await page.locator('.message-actions').count()).toBe(0);
      const letter = await t.call('GET', `/api/v1/requests/${requestId}`, {
        token: await t.login(viewer.email, viewer.password),
      });
      const answer = await page.goto(
        `${t.url}/requests/${requestId}/messages/${letter.body.messages[0].id}/correct`,
      );
      expect(answer?.status()).toBe(403);
    });
  },
);
