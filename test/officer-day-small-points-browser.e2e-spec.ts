import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN, startTestApp, TestApp } from './support/test-app';
import { launchBrowser, screenshot } from './support/browser';

/**
 * In a real Chromium: a letter's preview is where the officer lands after asking for it, and
 * Statistics shows every exemption's label in full, clear of its bar.
 */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  clipped: boolean;
}

describe('an officer day, smaller points, in a browser', () => {
  jest.setTimeout(120_000);
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let requestId: number;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    const admin = await t.login();
    const created = await t.call('POST', '/api/v1/requests', {
      token: admin,
      body: { authorityId: 1, regime: 'foia', subject: 'Contract', body: 'Please send it.' },
    });
    requestId = created.body.id;
    expect(
      (
        await t.call('POST', `/api/v1/requests/${requestId}/send`, {
          token: admin,
          body: { sentAt: '2026-11-02', method: 'email' },
        })
      ).status,
    ).toBe(200);
    const logged = await t.call('POST', `/api/v1/requests/${requestId}/messages`, {
      token: admin,
      body: {
        direction: 'incoming',
        kind: 'response',
        occurredAt: '2026-11-20',
        outcome: 'refused',
        exemptions: ['commercial interests of the partner company', 'reg12(5)(e)', 's43(2)'],
      },
    });
    expect(logged.status).toBe(201);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await page.goto(`${t.url}/sign-in`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${t.url}/`);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  it('Preview takes the officer to the preview, and logging the letter still goes back to the top', async () => {
    await page.goto(`${t.url}/requests/${requestId}?letter=internal-review-request#letter`);
    await page.getByLabel('Grounds').fill('The exemption is not engaged.');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.waitForURL(/#preview$/);
    const preview = await page.locator('#preview').boundingBox();
    expect(preview).not.toBeNull();
    // The preview's top is on screen, at the top of the window rather than below the form.
    expect(preview!.y).toBeGreaterThanOrEqual(-1);
    expect(preview!.y).toBeLessThan(100);
    expect(await page.evaluate<number>('window.scrollY')).toBeGreaterThan(0);
    await screenshot(page, 'small-points-preview');
    await page.getByRole('button', { name: 'Log as sent' }).click();
    await page.waitForURL(/\?done=logged$/);
  });

  it('Statistics shows each exemption label whole, not behind its bar', async () => {
    await page.goto(`${t.url}/statistics`);
    await screenshot(page, 'small-points-statistics');
    const bars = await page.evaluate<Box[]>(
      `[...document.querySelector('[data-authority]').querySelectorAll('.bar')].map((n) => {
        const r = n.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, clipped: false };
      })`,
    );
    const labels = ['commercial interests of the partner company', 'reg12(5)(e)', 's43(2)'];
    // Where each label is drawn (not the table kept for screen readers), and whether it is cut off.
    // A string runs in the page (this file is compiled without the DOM's types).
    const drawn = await page.evaluate<Box[][]>(`(() => {
      const root = document.querySelector('[data-authority]');
      return ${JSON.stringify(labels)}.map((label) =>
        [...root.querySelectorAll('*')]
          .filter((n) => n.children.length === 0 && n.textContent.trim() === label
            && !n.closest('.visually-hidden-table'))
          .map((n) => {
            const r = n.getBoundingClientRect();
            const svg = n.closest('svg')?.getBoundingClientRect();
            const clipped = n instanceof HTMLElement
              ? n.scrollWidth > n.clientWidth + 1
              : svg !== undefined && (r.right > svg.right + 1 || r.left < svg.left - 1);
            return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, clipped };
          }));
    })()`);
    labels.forEach((label, i) => {
      expect({ label, count: drawn[i].length }).toEqual({ label, count: 1 });
      const box = drawn[i][0];
      expect({ label, clipped: box.clipped }).toEqual({ label, clipped: false });
      const overlapped = bars.filter(
        (b) => b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom,
      );
      expect({ label, overlapped }).toEqual({ label, overlapped: [] });
    });
  });
});
