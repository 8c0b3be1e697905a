import type { Browser, Page } from 'playwright-core';
import { ADMIN, startTestApp, TestApp } from './support/test-app';
import {
  checkedShots,
  launchBrowser,
  newViewportContext,
  signIn,
  textOf,
  VIEWPORTS,
} from './support/browser';

/**
 * In a real Chromium, on a desktop and on a phone: a form sent with problems lists every one of
 * them at once in an error summary at the top ("There is a problem"), each a link to its field,
 * and each field says its problem beside it, in the words of its label.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(VIEWPORTS)('every problem of a form at once ($name)', (viewport) => {
  jest.setTimeout(120_000);
  let t: TestApp;
  let page: Page;
  // Every page looked at is checked by axe-core and for sideways scroll; a problem fails the test.
  const shot = checkedShots(
    () => page,
    (name) => `form-errors-${name}${viewport.suffix}`,
  );
  let requestId: number;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    const token = await t.login();
    const created = await t.call('POST', '/api/v1/requests', {
      token,
      body: { authorityId: 1, regime: 'foia', subject: 'Contract', body: 'Please send it.' },
    });
    requestId = created.body.id;
    const sent = await t.call('POST', `/api/v1/requests/${requestId}/send`, {
      token,
      body: { sentAt: '2026-11-02', method: 'email' },
    });
    expect(sent.status).toBe(200);
    const context = await newViewportContext(browser, viewport);
    page = await context.newPage();
    await signIn(page, t.url, ADMIN);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** The summary's links, and for each the field it points to and the message beside it. */
  async function summary(): Promise<Array<{ text: string; href: string; beside: string }>> {
    expect(await textOf(page, '.error-summary h2')).toBe('There is a problem');
    const links = page.locator('.error-summary a');
    const found = [];
    for (let i = 0; i < (await links.count()); i++) {
      const link = links.nth(i);
      const href = (await link.getAttribute('href')) ?? '';
      const id = href.slice(1);
      const field = page.locator(`[id="${id}"]`);
      expect(await field.count()).toBe(1);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.getAttribute('aria-describedby')).toBe(`${id}-error`);
      found.push({
        text: ((await link.textContent()) ?? '').trim(),
        href,
        beside: await textOf(page, `[id="${id}-error"]`),
      });
    }
    return found;
  }

  it('the empty new-request form lists the authority and every missing detail of the letter together', async () => {
    await page.goto(`${t.url}/requests/new?template=resolve1-due-diligence`);
    await page.getByLabel('Requester name').fill('');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.waitForSelector('.error-summary');
    const found = await summary();
    expect(found.map(({ text, href }) => [href, text])).toEqual([
      ['#authorityId', 'Choose the authority'],
      ['#var-requesterName', 'Enter the requester name'],
      ['#var-partnerName', 'Enter the partner name'],
    ]);
    for (const { text, beside } of found) expect(beside).toBe(text);
    await shot('new-request');
    // Each link goes to its field.
    await page.locator('.error-summary a', { hasText: 'Enter the partner name' }).click();
    await page.waitForURL(/#var-partnerName$/);
    const box = await page.locator('#var-partnerName').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(viewport.height);
  });

  it('a response logged with no outcome says to choose it, beside the field and in the summary', async () => {
    await page.goto(`${t.url}/requests/${requestId}?log=response#log`);
    await page.getByRole('button', { name: 'Log it' }).click();
    await page.waitForSelector('.error-summary');
    const found = await summary();
    expect(found).toEqual([
      {
        href: '#log-outcome',
        text: 'Choose the outcome of the response',
        beside: 'Choose the outcome of the response',
      },
    ]);
    await shot('log');
  });
});
