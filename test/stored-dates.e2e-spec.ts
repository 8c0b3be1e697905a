import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { StoredDatesService } from '../apps/api/src/requests/stored-dates.service';
import { DATABASES, startTestApp, TestApp } from './support/test-app';

/**
 * Rows written by an earlier release (or before a change to the holiday calendar) hold stored
 * dates that no longer follow from their history. On start the API works them out again. Dates
 * worked by hand (as in headline-deadline.e2e-spec.ts), all FOIA, received Mon 2 Nov 2026:
 * - awaiting a response: day 20 is Tue 1 Dec (St Andrew's Day stops the clock), long stop Thu
 *   31 Dec;
 * - extended on Fri 20 Nov to Fri 15 Jan 2027, past the long stop: the stated date, no long stop;
 * - answered Tue 12 Jan 2027: the headline is the last day to ask for a review, Tue 9 Mar.
 */
describe.each(DATABASES)('stored dates worked out again on start (%s)', (database) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp(database, { FOI_TOKEN_DAYS: '3650' });
    t.time.set('2027-01-13T09:00:00Z');
    token = await t.login();
  }, 60_000);
  afterAll(() => t?.close());

  const post = (path: string, body: unknown) => t.call('POST', path, { token, body });
  async function sent(subject: string): Promise<number> {
    const created = await post('/api/v1/requests', {
      authorityId: 1,
      subject,
      body: 'Please.',
      regime: 'foia',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    const send = await post(`/api/v1/requests/${id}/send`, {
      sentAt: '2026-11-02',
      method: 'email',
    });
    expect(send.status).toBe(200);
    return id;
  }
  async function log(id: number, message: Record<string, unknown>): Promise<void> {
    const { status, body } = await post(`/api/v1/requests/${id}/messages`, message);
    expect({ status, problem: status === 201 ? null : body.message }).toEqual({
      status: 201,
      problem: null,
    });
  }

  interface Row {
    id: number;
    due_date: string;
    long_stop_date: string | null;
    version: number;
    updated_at: unknown;
  }
  async function rows(app: TestApp): Promise<Map<number, Row>> {
    const found: Row[] = await app.app
      .get(DataSource)
      .query('SELECT id, due_date, long_stop_date, version, updated_at FROM requests ORDER BY id');
    return new Map(found.map((row) => [Number(row.id), { ...row, version: Number(row.version) }]));
  }
  const eventCount = async (app: TestApp) =>
    Number((await app.app.get(DataSource).query('SELECT COUNT(*) AS n FROM request_events'))[0].n);

  it('puts back the headline dates of rows an earlier release wrote, leaving right rows, versions and history alone', async () => {
    const responded = await sent('Answered');
    await log(responded, {
      direction: 'incoming',
      kind: 'response',
      occurredAt: '2027-01-12',
      outcome: 'refused',
      exemptions: ['s43(2)'],
    });
    const beyond = await sent('Extended beyond guidance');
    await log(beyond, {
      direction: 'incoming',
      kind: 'extension',
      occurredAt: '2026-11-20',
      extendedTo: '2027-01-15',
    });
    const wrong = await sent('Awaiting, wrong date');
    const right = await sent('Awaiting, right date');

    // As an earlier release left them: no date once answered, the long stop kept beyond
    // guidance, and a due date a holiday calendar since changed no longer gives.
    const p = (n: number) => (database === 'postgres' ? `$${n}` : '?');
    const stale = `UPDATE requests SET due_date = ${p(1)}, long_stop_date = ${p(2)} WHERE id = ${p(3)}`;
    const db = t.app.get(DataSource);
    await db.query(stale, ['9999-12-31', null, responded]);
    await db.query(stale, ['2027-01-15', '2026-12-31', beyond]);
    await db.query(stale, ['2027-06-01', '2026-12-31', wrong]);
    const before = await rows(t);
    const events = await eventCount(t);
    expect(before.get(right)).toMatchObject({
      due_date: '2026-12-01',
      long_stop_date: '2026-12-31',
    });

    t = await t.reopen();
    t.time.set('2027-01-13T09:00:00Z');
    token = await t.login();
    const done = t.app.get(StoredDatesService).finished();
    expect(done).not.toBeNull();
    expect(await done).toMatchObject({ checked: 4, changed: 3, refused: 0 });

    const after = await rows(t);
    expect(
      [responded, beyond, wrong, right].map((id) => ({
        due: after.get(id)?.due_date,
        longStop: after.get(id)?.long_stop_date,
      })),
    ).toEqual([
      { due: '2027-03-09', longStop: null },
      { due: '2027-01-15', longStop: null },
      { due: '2026-12-01', longStop: '2026-12-31' },
      { due: '2026-12-01', longStop: '2026-12-31' },
    ]);
    // Not a change to any request: versions, updated_at and the history stay as they were.
    for (const id of [responded, beyond, wrong, right]) {
      expect(after.get(id)?.version).toBe(before.get(id)?.version);
      expect(String(after.get(id)?.updated_at)).toBe(String(before.get(id)?.updated_at));
    }
    expect(await eventCount(t)).toBe(events);

    // The list sorts by the dates now stored, and the filters read them.
    const list = await t.call('GET', '/api/v1/requests?sort=dueDate', { token });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: number }) => i.id)).toEqual([
      wrong,
      right,
      beyond,
      responded,
    ]);
    const longOverdue = await t.call('GET', '/api/v1/requests?deadlineState=long-overdue', {
      token,
    });
    expect(longOverdue.body.items.map((i: { id: number }) => i.id).sort()).toEqual(
      [wrong, right].sort(),
    );

    // A second start (or a second API process) finds nothing to write.
    t = await t.reopen();
    t.time.set('2027-01-13T09:00:00Z');
    expect(await t.app.get(StoredDatesService).finished()).toMatchObject({
      checked: 4,
      changed: 0,
    });
  }, 90_000);
  it('moves the stored dates when the holiday calendar changes, with no change to any request', async () => {
    const id = await sent('Awaiting, before a proclaimed holiday');
    const before = (await rows(t)).get(id);
    expect(before).toMatchObject({ due_date: '2026-12-01', long_stop_date: '2026-12-31' });

    // A bank holiday proclaimed for Mon 16 Nov 2026 (in Scotland: under FOIA it stops the clock
    // for every UK authority) moves day 20 to Wed 2 Dec, and the long stop to Tue 5 Jan 2027
    // (past New Year's Day, the weekend and Mon 4 Jan, Scotland's substitute for 2 Jan).
    const dir = mkdtempSync(join(tmpdir(), 'foi-holidays-'));
    const file = join(dir, 'overrides.json');
    writeFileSync(
      file,
      JSON.stringify({
        overrides: [{ date: '2026-11-16', division: 'scotland', name: 'A proclaimed holiday' }],
      }),
    );
    try {
      t = await t.reopen({ FOI_HOLIDAYS_FILE: file });
      t.time.set('2027-01-13T09:00:00Z');
      token = await t.login();
      await t.app.get(StoredDatesService).finished();
      const after = (await rows(t)).get(id);
      const shown = await t.call('GET', `/api/v1/requests/${id}`, { token });
      expect({
        due: after?.due_date,
        longStop: after?.long_stop_date,
        version: after?.version,
        shown: [shown.body.deadline.dueDate, shown.body.deadline.longStopDate],
      }).toEqual({
        due: shown.body.deadline.dueDate,
        longStop: shown.body.deadline.longStopDate,
        version: before?.version,
        shown: ['2026-12-02', '2027-01-05'],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
