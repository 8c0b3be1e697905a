import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startSmtpServer, TestSmtpServer } from './support/smtp-server';
import { ADMIN, DATABASES, startTestApp, TestApp } from './support/test-app';
import {
  checkedShots,
  launchBrowser,
  newViewportContext,
  signIn,
  textOf,
  viewportRuns,
} from './support/browser';

/**
 * Sending a request from its page in a real Chromium, with a real mail server: emailing it now
 * and recording that it was already sent are two forms, and the page then says which happened.
 * Reload and back show the request as it is now; a new calendar address survives a reload.
 * Today is Sunday 29 November 2026, 10:04 in London (GMT, so 10:04 UTC). On a desktop (both
 * databases) and on a phone 375 px wide.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(viewportRuns(DATABASES))(
  'sending a request and reloading pages, in a browser ($label)',
  ({ database, viewport }) => {
    jest.setTimeout(120_000);
    let smtp: TestSmtpServer;
    let t: TestApp;
    let token: string;
    let context: BrowserContext;
    let page: Page;
    // Every page looked at is checked by axe-core and for sideways scroll; a problem fails the test.
    const shot = checkedShots(
      () => page,
      (name) => `${database}-send-${name}${viewport.suffix}`,
    );

    beforeAll(async () => {
      smtp = await startSmtpServer();
      t = await startTestApp(database, {
        MAIL_TRANSPORT: 'smtp',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Students Union FOI <foi-tracker@union.example.org>',
      });
      t.time.set('2026-11-29T10:04:00Z');
      token = await t.login();
    });

    afterAll(async () => {
      await t?.close();
      await smtp?.close();
    });

    beforeEach(async () => {
      context = await newViewportContext(browser, viewport);
      page = await context.newPage();
      await signIn(page, t.url, ADMIN);
    });

    afterEach(async () => {
      await context.close();
    });

    async function draft(subject: string): Promise<number> {
      const { status, body } = await t.call('POST', '/api/v1/requests', {
        token,
        body: { authorityId: 1, subject, body: 'Please send the records.', regime: 'foia' },
      });
      expect(status).toBe(201);
      return (body as { id: number }).id;
    }
    const show = async (id: number) =>
      (await t.call('GET', `/api/v1/requests/${id}`, { token })).body as {
        status: string;
        sentVia: string;
        receivedOn: string;
      };

    it('"Email it now" emails the letter, asks no date, and says where and when it went', async () => {
      const id = await draft('Due diligence records');
      await page.goto(`${t.url}/requests/${id}`);
      const emailForm = page.locator('#email-form');
      expect(await textOf(page, '#email-form legend')).toBe('Email it to the authority now');
      expect(await textOf(page, '#email-what')).toContain('foi@imperial.ac.uk');
      expect(await emailForm.locator('input:not([type="hidden"])').count()).toBe(0);
      await shot('01-two-ways');
      const before = smtp.received.length;
      await page.getByRole('button', { name: 'Email it now' }).click();
      await page.waitForURL(/done=sent$/);
      expect(smtp.received).toHaveLength(before + 1);
      expect(smtp.received[before].to).toMatchObject({ text: 'foi@imperial.ac.uk' });
      expect(await textOf(page, '.done')).toBe(
        'Emailed to foi@imperial.ac.uk on Sun 29 Nov 2026 at 10:04; the clock has started.',
      );
      expect(await textOf(page, '.status')).toBe('awaiting response');
      expect(await page.locator('#email-form, #send-form').count()).toBe(0);
      await shot('02-emailed');
      expect(await show(id)).toMatchObject({ status: 'awaiting-response', sentVia: 'email' });
    });

    it('"Record as sent" records the typed date and how, emails nothing, and says so', async () => {
      const id = await draft('Partnership contract');
      await page.goto(`${t.url}/requests/${id}`);
      const before = smtp.received.length;
      await page.getByLabel('How it was sent').selectOption('post');
      await page.getByLabel('Sent on').fill('2 11 2026');
      await page.getByRole('button', { name: 'Record as sent' }).click();
      await page.waitForURL(/done=sent$/);
      expect(await textOf(page, '.done')).toBe(
        'Recorded as sent by post on Mon 2 Nov 2026; the clock has started.',
      );
      expect(smtp.received).toHaveLength(before);
      // By post: received on the second working day after posting.
      expect(await textOf(page, '[data-field="receivedOn"]')).toBe('Wed 4 Nov 2026');
      await shot('03-recorded');
      expect(await show(id)).toMatchObject({ sentVia: 'post', receivedOn: '2026-11-04' });
    });

    it('back after sending shows the request as sent, not "Draft saved"', async () => {
      const id = await draft('Ethics committee minutes');
      await page.goto(`${t.url}/requests/${id}?done=created`);
      expect(await textOf(page, '.done')).toBe('Draft saved. Check the letter, then send it.');
      await page.getByRole('button', { name: 'Email it now' }).click();
      await page.waitForURL(/done=sent$/);
      await page.goBack();
      await page.waitForURL(/done=created$/);
      expect(await page.locator('.done').count()).toBe(0);
      expect(await textOf(page, '.status')).toBe('awaiting response');
      expect(await page.locator('#email-form, #send-form').count()).toBe(0);
      await shot('04-back-after-send');
      // And a reload of the confirmation sends nothing again.
      const sent = smtp.received.length;
      await page.goForward();
      await page.reload();
      expect(await textOf(page, '.done')).toContain('Emailed to foi@imperial.ac.uk');
      expect(smtp.received).toHaveLength(sent);
    });

    it('reloading the page that shows a new calendar address keeps that address working', async () => {
      await page.goto(`${t.url}/account`);
      await page.getByRole('button', { name: 'Make a secret address' }).click();
      await page.waitForURL(/\/account\?calendar=/);
      const address = await page.locator('#calendar-url').inputValue();
      expect(page.url()).not.toContain(new URL(address).pathname.slice('/calendar/'.length, -4));
      await shot('05-calendar-new');
      await page.reload();
      expect(await page.locator('#calendar-url').count()).toBe(0);
      expect(await textOf(page, '#calendar-shown')).toContain('works until you make another');
      await shot('06-calendar-reloaded');
      const feed = await fetch(`${t.url}${new URL(address).pathname}`);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    });
  },
);
