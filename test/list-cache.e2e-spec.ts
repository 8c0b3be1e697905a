import { Database, DATABASES, startTestApp, TestApp } from './support/test-app';
import { ServiceProcess, startApiProcess } from './support/worker-process';

/**
 * Lists and counters are cached in each process until that process writes, and for at most 2 s:
 * a write shows at once on the process that made it and within 2 s on every other.
 */
const STALE_AT_MOST_MS = 2000;

describe.each(DATABASES)('the list cache across processes on %s', (database: Database) => {
  let here: TestApp;
  let there: ServiceProcess & { url: string };
  let token: string;

  beforeAll(async () => {
    here = await startTestApp(database);
    there = await startApiProcess({
      DATA_DIR: process.env.DATA_DIR!,
      DATABASE_URL: process.env.DATABASE_URL!,
      FOI_QUEUE_PREFIX: process.env.FOI_QUEUE_PREFIX!,
      FOI_ADMIN_EMAIL: process.env.FOI_ADMIN_EMAIL!,
      FOI_ADMIN_PASSWORD: process.env.FOI_ADMIN_PASSWORD!,
    });
    token = await here.login();
  }, 90_000);

  afterAll(async () => {
    there?.child.kill('SIGKILL');
    await there?.exited;
    await here.close();
  });

  const LIST = '/api/v1/requests?outstanding=true&sort=dueDate';

  async function list(base: string): Promise<{ total: number; ids: number[] }> {
    const response = await fetch(`${base}${LIST}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number; items: { id: number }[] };
    return { total: body.total, ids: body.items.map((item) => item.id) };
  }

  async function createAndSend(base: string): Promise<number> {
    const call = async (path: string, body: unknown) => {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBeLessThan(300);
      return (await response.json()) as { id: number };
    };
    const { id } = await call('/api/v1/requests', {
      authorityId: 1,
      subject: 'Due-diligence records',
      body: 'Please send them.',
      regime: 'foia',
    });
    await call(`/api/v1/requests/${id}/send`, { sentAt: '2026-11-20', method: 'email' });
    return id;
  }

  /** How long until `base` lists `id`, polling every 50 ms; null if not within 5 s. */
  async function msUntilListed(base: string, id: number): Promise<number | null> {
    const start = Date.now();
    while (Date.now() - start < 5000) {
      if ((await list(base)).ids.includes(id)) return Date.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return null;
  }

  it.each([
    ['this test process', 'the API process'],
    ['the API process', 'this test process'],
  ])(
    'a request sent through %s is listed there at once and by %s within 2 s',
    async (writer) => {
      const [writing, reading] =
        writer === 'this test process' ? [here.url, there.url] : [there.url, here.url];
      // Both processes have the list cached before the write.
      const before = [await list(writing), await list(reading)];
      const id = await createAndSend(writing);
      const after = await list(writing);
      expect(after.ids).toContain(id);
      expect(after.total).toBe(before[0].total + 1);
      const lag = await msUntilListed(reading, id);
      expect(lag).not.toBeNull();
      expect(lag!).toBeLessThanOrEqual(STALE_AT_MOST_MS + 1000);
      expect((await list(reading)).total).toBe(before[1].total + 1);
    },
    30_000,
  );
});
