import { DataSource } from 'typeorm';
import { WorkingDayCalendar } from '@app/domain';
import { BENCH_ADMIN, createBenchApp, REQUESTS, run, seed } from './api.bench';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Signs in through the dashboard's own form and returns the session cookie. */
async function signIn(url: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${url}/sign-in`);
  const nonce = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1];
  const signInCookie = form.headers.getSetCookie()[0].split(';')[0];
  const response = await fetch(`${url}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: signInCookie },
    body: new URLSearchParams({ _csrf: nonce, email, password, next: '/' }).toString(),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('foi_session='));
  if (!session) throw new Error(`dashboard sign-in failed: ${response.status}`);
  return session.split(';')[0];
}

/**
 * The Outstanding page's server time (Fastify's own measure, from the request's arrival to the
 * reply's end) with 100,000 requests seeded: pages one at a time, cached and not, then under load.
 */
export async function benchDashboard(): Promise<Record<string, string>> {
  const { app, close } = await createBenchApp();
  const serverMs: number[] = [];
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      if (request.url === '/' || request.url.startsWith('/?')) serverMs.push(reply.elapsedTime);
      done();
    });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const taken = () => serverMs.splice(0).sort((a, b) => a - b);
  const summary = (ms: number[]) =>
    `p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, max ${ms[ms.length - 1].toFixed(1)} ms (${ms.length} pages)`;
  try {
    await seed(app.get(DataSource), app.get(WorkingDayCalendar), '2026-11-29');
    const cookie = await signIn(url, BENCH_ADMIN.email, BENCH_ADMIN.password);
    const get = async (path: string) => {
      const response = await fetch(`${url}${path}`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      await response.text();
    };

    // Every page a different query, each a cache miss: the worst a reader meets.
    const views = [
      '/',
      '/?deadlineState=overdue',
      '/?deadlineState=due-soon',
      '/?status=internal-review',
      '/?q=request%2012',
      '/?authorityId=2',
      '/?due=week',
    ];
    const byView: Record<string, number[]> = {};
    for (let page = 1; page <= 30; page++)
      for (const view of views) {
        await get(`${view}${view.includes('?') ? '&' : '?'}page=${page}`);
        (byView[view] ??= []).push(serverMs[serverMs.length - 1]);
      }
    const cold = taken();
    if (process.env.BENCH_DETAIL)
      for (const [view, ms] of Object.entries(byView))
        console.log(view, summary(ms.sort((a, b) => a - b)));

    // The home page again and again, as officers reload it: served from the page cache.
    for (let i = 0; i < 300; i++) await get('/');
    const warm = taken();

    const load = await run({ url: `${url}/`, connections: 20, duration: 10, headers: { cookie } });
    const loaded = taken();
    return {
      'seeded (SQLite)': `${REQUESTS.toLocaleString('en-GB')} requests`,
      'Outstanding page, each a different query or page (not cached), one at a time': summary(cold),
      'Outstanding page, reloaded (cached), one at a time': summary(warm),
      'Outstanding page, 20 connections for 10 s': `${Math.round(load.requests.average).toLocaleString('en-GB')} pages/s; server time ${summary(loaded)}; errors ${load.errors + load.non2xx}`,
    };
  } finally {
    await close();
  }
}
