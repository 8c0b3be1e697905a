import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DATABASES, startTestApp, TestApp } from './support/test-app';
import { launchBrowser, screenshot, textOf } from './support/browser';

/**
 * Dates typed into the dashboard's forms are never guessed, and every request can be found again.
 * Today is Sunday 29 November 2026 (the test clock).
 */
describe.each(DATABASES)('dashboard: dates and finding requests (%s)', (database) => {
  jest.setTimeout(120_000);
  let t: TestApp;
  let admin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const officer = {
    email: 'ada@union.example.org',
    password: 'officer-password-1',
    name: 'Ada Officer',
  };
  const shot = (name: string) => screenshot(page, `${database}-find-${name}`);

  beforeAll(async () => {
    t = await startTestApp(database);
    admin = await t.login();
    const created = await t.call('POST', '/api/v1/users', {
      token: admin,
      body: { ...officer, role: 'officer' },
    });
    expect(created.status).toBe(201);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${t.url}/sign-in`);
    await page.getByLabel('Email address').fill(officer.email);
    await page.getByLabel('Password').fill(officer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${t.url}/`);
  });

  afterEach(() => context.close());

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
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    expect(await textOf(page, '#send-sentAt-error')).toBe(
      'Sent on must be a real date, for example 27 11 2026 (day, month, year).',
    );
    await expect(page.getByLabel('Sent on').inputValue()).resolves.toBe('31/11/2026');
    expect(await textOf(page, '.error-summary, [role="alert"]')).toContain('need correcting');
    await shot('01-impossible-date');
    expect((await history(id)).status).toBe('draft');

    await page.getByLabel('Sent on').fill('');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    expect(await textOf(page, '#send-sentAt-error')).toBe(
      'Enter the date it was sent, for example 27 11 2026.',
    );
    await expect(page.getByLabel('Sent on').inputValue()).resolves.toBe('');
    expect((await history(id)).status).toBe('draft');

    // Day, month and year as people write them: sent by post on Mon 2 Nov, received Wed 4 Nov.
    await page.getByLabel('Sent on').fill('2/11/2026');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
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
});
