import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); `.ci/run` installs it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');

/** A headless Chromium; without one the suite fails with one line saying how to get it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `The dashboard's browser tests need Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A full-page screenshot under test-output/screenshots, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The text of an element, squeezed: what a reader sees. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's accessibility violations on the page as it is, one line each ("rule: what, where").
 * The dashboard's CSP forbids scripts, so axe is evaluated through the DevTools protocol (which
 * the CSP does not govern), not added as a script tag.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<
    { id: string; help: string; nodes: { target: string[] }[] }[]
  >(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  const path = new URL(page.url()).pathname;
  return violations.map(
    (v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** A screen the dashboard is tested on: a desktop, and a phone 375 px wide. */
export interface Viewport {
  name: 'desktop' | 'phone';
  width: number;
  height: number;
  isMobile: boolean;
  /** Added to screenshot names: `-phone` at 375 px, nothing at desktop size. */
  suffix: string;
}

export const DESKTOP: Viewport = {
  name: 'desktop',
  width: 1280,
  height: 900,
  isMobile: false,
  suffix: '',
};
export const PHONE: Viewport = {
  name: 'phone',
  width: 375,
  height: 812,
  isMobile: true,
  suffix: '-phone',
};
export const VIEWPORTS: Viewport[] = [DESKTOP, PHONE];

/**
 * The runs of a browser suite over databases: each database at desktop size, and the first
 * (SQLite) at phone size too. The layout does not depend on the database, so the phone needs one.
 */
export function viewportRuns<D extends string>(
  databases: readonly D[],
): Array<{ database: D; viewport: Viewport; label: string }> {
  return [
    ...databases.map((database) => ({ database, viewport: DESKTOP, label: `${database}` })),
    { database: databases[0], viewport: PHONE, label: `${databases[0]}, phone` },
  ];
}

/** A fresh context (cookies, history) at this viewport; a step that cannot happen fails in 15 s. */
export async function newViewportContext(
  browser: Browser,
  viewport: Viewport,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.isMobile,
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * Opens a list's "Filter and search" the way a person on a phone does, by tapping its summary.
 * At desktop size the filters are always shown and the summary hidden, so there is nothing to do.
 */
export async function openFilters(page: Page): Promise<void> {
  const box = page.locator('details.filter-box');
  if ((await box.count()) === 0) return;
  const summary = box.locator('summary');
  if (!(await summary.isVisible()) || (await box.getAttribute('open')) !== null) return;
  await summary.click();
  await page.getByRole('button', { name: 'Filter' }).waitFor({ state: 'visible' });
}

/**
 * Whether the page, or a box in it (a table's wrapper), scrolls sideways: wider than the screen,
 * so a person has to swipe across to read it. Said as problems, one a box, or nothing.
 */
export async function sidewaysScroll(page: Page): Promise<string[]> {
  // A string runs in the page (this file is compiled without the DOM's types).
  const wide = await page.evaluate<string[]>(`(() => {
    const found = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) found.push('the page by ' + (root.scrollWidth - window.innerWidth) + ' px');
    for (const el of document.querySelectorAll('main *')) {
      const overflow = getComputedStyle(el).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1)
        found.push((el.id ? '#' + el.id : el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')) + ' by ' + (el.scrollWidth - el.clientWidth) + ' px');
    }
    return found;
  })()`);
  const path = new URL(page.url()).pathname;
  return wide.map((what) => `${path} scrolls sideways: ${what}`);
}

/** Signs in through the sign-in page, as a person would, and waits for the home page. */
export async function signIn(
  page: Page,
  baseUrl: string,
  user: { email: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}/`);
}

/**
 * `shot(name)`: a screenshot of the page a test is looking at, which is checked by axe-core and
 * for sideways scroll too. Every problem found fails the test that saw it (checked after each).
 */
export function checkedShots(
  page: () => Page,
  fileName: (name: string) => string,
): (name: string) => Promise<void> {
  let problems: string[] = [];
  afterEach(() => {
    const seen = problems;
    problems = [];
    expect(seen).toEqual([]);
  });
  return async (name) => {
    await screenshot(page(), fileName(name));
    problems.push(...(await axeViolations(page())), ...(await sidewaysScroll(page())));
  };
}
