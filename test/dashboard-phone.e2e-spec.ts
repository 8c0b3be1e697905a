import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, TestApp } from './support/test-app';
import { axeViolations, launchBrowser, screenshot, textOf } from './support/browser';

/**
 * The dashboard on a phone (375 px wide, in Chromium): every page fits without sideways scroll,
 * every stacked table cell says what it is, the first request comes before the filters push it off
 * the screen, and the request page's next step is near the top. Today is Sunday 29 November 2026
 * (the test clock). One database is enough: the layout does not depend on it.
 */
describe('dashboard on a phone', () => {
  jest.setTimeout(120_000);
  let t: TestApp;
  let admin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let violations: string[] = [];
  const ids: Record<string, number> = {};

  const call = async (method: string, path: string, body?: unknown) => {
    const answer = await t.call(method, path, { token: admin, body });
    if (answer.status >= 300) throw new Error(`${path}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  /** A request sent on `sentAt` with these messages logged after it. */
  const request = async (name: string, sentAt: string | null, messages: object[] = []) => {
    const created = await call('POST', '/api/v1/requests', {
      authorityId: 1,
      subject: `The ${name} records of the partnership`,
      body: 'Please.',
      regime: 'foia',
      campaign: 'Resolve 1',
    });
    if (sentAt)
      await call('POST', `/api/v1/requests/${created.id}/send`, { method: 'email', sentAt });
    for (const message of messages)
      await call('POST', `/api/v1/requests/${created.id}/messages`, message);
    ids[name] = created.id;
  };

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    admin = await t.login();
    await request('draft', null);
    await request('awaited', '2026-11-02');
    await request('overdue', '2026-09-01');
    await request('refused', '2026-10-01', [
      {
        direction: 'incoming',
        kind: 'response',
        occurredAt: '2026-10-20',
        outcome: 'refused',
        exemptions: ['s43(2)'],
      },
    ]);
    await request('clarification', '2026-11-10', [
      { direction: 'incoming', kind: 'clarification-request', occurredAt: '2026-11-12' },
    ]);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
    page = await context.newPage();
    await page.goto(`${t.url}/sign-in`);
    await page.getByLabel('Email address').fill('admin@union.example.org');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${t.url}/`);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  afterEach(() => {
    const seen = violations;
    violations = [];
    expect(seen).toEqual([]);
  });

  /** Opens a page, checks the width and axe-core, and keeps a screenshot. */
  async function visit(path: string, name: string): Promise<void> {
    const response = await page.goto(`${t.url}${path}`);
    expect([path, response?.status()]).toEqual([path, 200]);
    const scrollWidth = await page.evaluate<number>('document.scrollingElement.scrollWidth');
    expect([path, scrollWidth]).toEqual([path, expect.any(Number)]);
    expect({ path, scrollWidth: scrollWidth <= 375 }).toEqual({ path, scrollWidth: true });
    await screenshot(page, `phone-${name}`);
    violations.push(...(await axeViolations(page)));
  }

  /**
   * Every visible cell of the stacked tables, with its label: its `data-label`, counted only when
   * its ::before shows it (the column headers are hidden once the table stacks).
   */
  const cellLabels = () =>
    page.evaluate<{ table: string; text: string; label: string }[]>(`
      [...document.querySelectorAll('main table.responsive tbody td')]
        .filter((td) => td.getClientRects().length > 0)
        .map((td) => {
          const before = getComputedStyle(td, '::before');
          const shown = before.content !== 'none' && before.content !== 'normal' && before.display !== 'none';
          return {
            table: td.closest('table').id || td.closest('section')?.id || '',
            text: td.textContent.replace(/\\s+/g, ' ').trim(),
            label: shown ? (td.dataset.label ?? '') : '',
          };
        })`);

  /** The top of an element from the top of the page, in CSS pixels. */
  const topOf = (selector: string) =>
    page.evaluate<number>(
      `document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect().top + window.scrollY`,
    );

  it.each([
    ['/', 'outstanding', '#outstanding'],
    ['/requests', 'all-requests', '#all-requests'],
  ])(
    '%s fits, labels every cell and shows the first request within a screen and a half',
    async (path, name, table) => {
      await visit(path, name);
      const cells = await cellLabels();
      expect(cells.length).toBeGreaterThan(7);
      expect(cells.filter((c) => c.label === '')).toEqual([]);
      expect(cells.map((c) => c.label)).toEqual(
        expect.arrayContaining(['Reference', 'Title', 'Deadline']),
      );
      expect(await topOf(`${table} tbody tr`)).toBeLessThan(1000);
    },
  );

  it('the filters are folded under "Filter and search", which names the filters in use', async () => {
    await visit('/', 'outstanding-folded');
    await expect(page.getByLabel('Search').isVisible()).resolves.toBe(false);
    await page.getByText('Filter and search').click();
    await page.getByLabel('Search').fill('overdue');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/q=overdue/);
    expect(await textOf(page, '.filter-box summary')).toContain('“overdue”');
    expect(await page.locator('#outstanding tbody tr').count()).toBe(1);
    await screenshot(page, 'phone-outstanding-filtered');
  });

  it('Action needed labels every cell of its tables', async () => {
    await visit('/action-needed', 'action-needed');
    const cells = await cellLabels();
    expect(cells.map((c) => c.table)).toEqual(
      expect.arrayContaining(['review-window', 'clarification']),
    );
    expect(cells.filter((c) => c.label === '')).toEqual([]);
    expect(cells.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Ask for a review by', 'Next step']),
    );
  });

  it.each([
    ['draft', 'Send the request', '#send-form'],
    ['awaited', "Log the authority's response", '#log'],
    ['overdue', 'Send a chaser', '#letter'],
    ['refused', 'Ask for an internal review', '#letter'],
    ['clarification', 'Send the clarification', '#letter'],
  ])(
    'the %s request page shows its next step near the top, linking to its form',
    async (name, step, form) => {
      await visit(`/requests/${ids[name]}`, `request-${name}`);
      expect(await topOf('#next-step')).toBeLessThan(700);
      const link = page.locator('#next-step a').first();
      expect(((await link.textContent()) ?? '').trim()).toBe(step);
      expect(await cellLabels().then((cells) => cells.filter((c) => c.label === ''))).toEqual([]);
      await link.click();
      await expect(page.locator(form).isVisible()).resolves.toBe(true);
      const scrollWidth = await page.evaluate<number>('document.scrollingElement.scrollWidth');
      expect(scrollWidth).toBeLessThanOrEqual(375);
    },
  );

  it('the request page labels every reminder', async () => {
    await visit(`/requests/${ids.awaited}`, 'request-reminders');
    const cells = (await cellLabels()).filter((c) => c.table === 'reminders');
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.label === '')).toEqual([]);
    expect(cells.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Reminder', 'Goes at', 'Attempts']),
    );
  });

  it.each([
    ['/authorities', 'authorities', ['Name', 'FOI email', 'Nation', 'Law']],
    ['/templates', 'templates', ['Template', 'Kind', 'Law', 'Variables']],
    ['/users', 'users', ['Name', 'Email', 'Role', 'Access']],
    ['/audit', 'audit', ['When', 'What', 'Who', 'About']],
    ['/account', 'account', ['Kind', 'Made', 'Ends', 'Last used', 'Action']],
  ])('%s fits and labels every stacked cell', async (path, name, labels) => {
    await visit(path, name);
    const cells = await cellLabels();
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.label === '')).toEqual([]);
    expect(cells.map((c) => c.label)).toEqual(expect.arrayContaining(labels));
  });

  it('statistics fit', async () => {
    await visit('/statistics', 'statistics');
    expect(await textOf(page, 'main')).toContain('Imperial College London');
  });
});
