import { DataSource } from 'typeorm';
import { FoiRequestEntity } from '@app/persistence';
import { DashboardSession } from './support/dashboard-session';
import { ADMIN, DATABASES, startTestApp, TestApp } from './support/test-app';

const MANY = 1_200; // more than two of the chunks exports read at a time (500)
const LETTER = 'Under the Freedom of Information Act 2000, please send the records. ';

/**
 * Letters run to 100 KB, so what lists and exports keep in memory must not include them: the
 * queries behind the exports, the list pages (cached) and Action needed never read `body`, and
 * the CSV is written out as its rows arrive.
 */
describe.each(DATABASES)('exports without letters on %s', (database) => {
  let t: TestApp;
  let token: string;
  let sql: string[];

  beforeAll(async () => {
    t = await startTestApp(database);
    token = await t.login();
    t.time.set('2025-05-20T09:00:00Z');
    const dataSource = t.app.get(DataSource);
    const now = new Date('2025-05-14T12:00:00Z');
    for (let first = 1; first <= MANY; first += 200) {
      const rows = Array.from(
        { length: Math.min(200, MANY - first + 1) },
        (_, i): Partial<FoiRequestEntity> => {
          const n = first + i;
          return {
            reference: `FOI-2024-${String(n).padStart(4, '0')}`,
            title: `Records ${n}`,
            regime: 'foia',
            status: n % 3 === 0 ? 'responded' : 'awaiting-response',
            outcome: n % 3 === 0 ? 'information-provided' : null,
            exemptions: null,
            campaign: null,
            authorityId: 1,
            ownerId: 1,
            templateId: null,
            variables: null,
            subject: `Records ${n}`,
            body: LETTER.repeat(20),
            sentAt: now,
            sentVia: 'email',
            receivedOn: '2025-05-14',
            clockEvents: n % 3 === 0 ? [{ kind: 'response', on: '2025-05-16' }] : [],
            dueDate: n % 3 === 0 ? null : '2025-06-12',
            longStopDate: n % 3 === 0 ? null : '2025-07-10',
            withdrawnAt: null,
            createdAt: now,
            updatedAt: now,
            version: 1,
          };
        },
      );
      await dataSource
        .createQueryBuilder()
        .insert()
        .into(FoiRequestEntity)
        .values(rows as never)
        .execute();
    }
    // Every statement the application sends from here on, as the database driver is given it.
    const logger = dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      sql.push(query);
      logQuery(query, parameters, runner);
    };
  }, 60_000);
  afterAll(() => t.close());
  beforeEach(() => (sql = []));

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${t.url}${path}`, {
      headers: { authorization: `Bearer ${token}`, ...headers },
    });
    expect(response.status).toBe(200);
    return response;
  };
  const readsALetter = () => sql.filter((q) => /\bbody\b/i.test(q));

  it('streams the CSV, in order across chunks, without reading a letter', async () => {
    const response = await get('/api/v1/requests.csv?sort=-reference');
    // Written as it is read: chunked, with no length known up front.
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.headers.get('content-length')).toBeNull();
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(MANY + 1);
    expect(lines[1]).toMatch(
      /^FOI-2024-1200,Records 1200,Imperial College London,foia,responded,,Administrator,2025-05-14T12:00:00.000Z,2025-05-14,[\d-]*,met,,information-provided,,Ask for an internal review by$/,
    );
    expect(lines[2]).toMatch(
      /^FOI-2024-1199,Records 1199,.*,awaiting-response,.*,2025-06-12,on-time,16,,,Response due$/,
    );
    const references = lines.slice(1).map((line) => line.split(',')[0]);
    expect(references).toEqual([...references].sort().reverse());
    expect(sql.length).toBeGreaterThan(0);
    expect(readsALetter()).toEqual([]);
  });

  it('streams the calendar of everyone’s deadlines without reading a letter', async () => {
    const response = await get('/api/v1/calendar.ics?all=true');
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    const ics = await response.text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(MANY);
    expect(readsALetter()).toEqual([]);
  });

  it('lists requests, Outstanding, its CSV, Action needed and the secret feed without letters', async () => {
    const list = (await (await get('/api/v1/requests?outstanding=true&sort=reference')).json()) as {
      items: Record<string, unknown>[];
    };
    expect(list.items[0]).not.toHaveProperty('body');
    expect(list.items[0].owner).toEqual({ id: 1, name: 'Administrator', email: ADMIN.email });
    const session = new DashboardSession(t);
    await session.signIn(ADMIN.email, ADMIN.password);
    expect((await session.get('/')).html).toContain('FOI-2024-0001');
    expect((await session.get('/outstanding.csv')).html.trimEnd().split('\r\n')).toHaveLength(
      (MANY * 2) / 3 + 1,
    );
    expect((await session.get('/action-needed')).html).toContain('FOI-2024-1200');
    const csrf = DashboardSession.csrfOf((await session.get('/account')).html);
    const made = await session.follow(await session.post('/account/calendar', { _csrf: csrf }));
    const address = /value="(http[^"]+\.ics)"/.exec(made.html)![1];
    const feed = await new DashboardSession(t).get(new URL(address).pathname);
    expect(feed.html.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThan(MANY / 2);
    expect(sql.length).toBeGreaterThan(0);
    expect(readsALetter()).toEqual([]);
  });
});
