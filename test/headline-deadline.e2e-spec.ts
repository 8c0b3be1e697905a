import { DATABASES, startTestApp, TestApp } from './support/test-app';

/**
 * One headline deadline per request (RULES.md "The headline deadline"), over the API on both
 * databases: through a FOIA request's life, in the list's order by due date, and in the CSV.
 * Dates worked by hand:
 * - received Mon 2 Nov 2026; day 1 Tue 3 Nov; St Andrew's Day (Mon 30 Nov, Scotland) stops the
 *   FOIA clock, so day 20 is Tue 1 Dec. The long stop, 20 working days on past Christmas (Fri 25
 *   Dec) and Boxing Day's substitute (Mon 28 Dec), is Thu 31 Dec.
 * - extended on Fri 20 Nov to Fri 15 Jan 2027: past the long stop, beyond guidance. The first
 *   working day after the long stop is Tue 5 Jan (1 Jan, weekend, Mon 4 Jan Scotland's substitute
 *   for 2 Jan skipped): the beyond-guidance reminder, instead of long overdue.
 * - answered Tue 12 Jan: ask for a review within 40 working days, by Tue 9 Mar.
 * - review asked Thu 14 Jan: due 20 working days on, Thu 11 Feb.
 * - review answered Fri 5 Feb: complain within six weeks, by Fri 19 Mar.
 */
describe.each(DATABASES)('the headline deadline (%s)', (database) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp(database, { FOI_TOKEN_DAYS: '3650' });
    token = await t.login();
  }, 60_000);
  afterAll(() => t?.close());

  const post = (path: string, body: unknown) => t.call('POST', path, { token, body });
  async function create(subject: string): Promise<number> {
    const { status, body } = await post('/api/v1/requests', {
      authorityId: 1,
      subject,
      body: 'Please.',
      regime: 'foia',
    });
    expect(status).toBe(201);
    return body.id;
  }
  async function log(id: number, message: Record<string, unknown>) {
    const { status, body } = await post(`/api/v1/requests/${id}/messages`, message);
    expect({ status, problem: status === 201 ? null : body.message }).toEqual({
      status: 201,
      problem: null,
    });
    return body;
  }

  it('walks sent → extended → responded → internal review → review answered with one headline each', async () => {
    const id = await create('Partnership contract');
    t.time.set('2026-11-16T09:00:00Z');
    const sent = await post(`/api/v1/requests/${id}/send`, {
      sentAt: '2026-11-02',
      method: 'email',
    });
    expect(sent.status).toBe(200);
    expect(sent.body.deadline).toMatchObject({
      headline: {
        stage: 'response',
        date: '2026-12-01',
        label: 'Response due',
        workingDaysElapsed: 10,
        workingDaysRemaining: 10,
      },
      extensionBeyondGuidance: false,
    });

    t.time.set('2026-12-01T09:00:00Z');
    const extended = await log(id, {
      direction: 'incoming',
      kind: 'extension',
      occurredAt: '2026-11-20',
      extendedTo: '2027-01-15',
    });
    expect(extended.deadline).toMatchObject({
      dueDate: '2027-01-15',
      longStopDate: '2026-12-31',
      state: 'on-time',
      extensionBeyondGuidance: true,
      headline: {
        stage: 'response',
        date: '2027-01-15',
        workingDaysElapsed: 20,
        workingDaysRemaining: 29,
      },
    });
    expect(extended.deadline.explanation.join('\n')).toMatch(
      /later than the long stop, Thu 31 Dec 2026: the ICO's guidance on time limits .* may complain to the Information Commissioner now/,
    );
    const full = await t.call('GET', `/api/v1/requests/${id}`, { token });
    const open = full.body.reminders
      .filter((r: { status: string }) => r.status !== 'cancelled')
      .map((r: { kind: string; fireAt: string }) => `${r.kind} ${r.fireAt.slice(0, 10)}`)
      .sort();
    expect(open).toEqual([
      'due-soon 2027-01-08',
      'due-today 2027-01-15',
      'extension-beyond-guidance 2027-01-05',
      'overdue 2027-01-18',
    ]);

    // On Mon 4 Jan, past the long stop and before the stated date: on time, not long overdue.
    t.time.set('2027-01-04T09:00:00Z');
    const meanwhile = await t.call('GET', `/api/v1/requests/${id}`, { token });
    expect(meanwhile.body.deadline).toMatchObject({ state: 'on-time' });
    const longOverdue = await t.call('GET', '/api/v1/requests?deadlineState=long-overdue', {
      token,
    });
    expect(longOverdue.body.items.map((i: { id: number }) => i.id)).not.toContain(id);

    t.time.set('2027-01-13T09:00:00Z');
    const answered = await log(id, {
      direction: 'incoming',
      kind: 'response',
      occurredAt: '2027-01-12',
      outcome: 'refused',
      exemptions: ['s43(2)'],
    });
    expect(answered.deadline.headline).toEqual({
      stage: 'review-request',
      date: '2027-03-09',
      label: 'Ask for an internal review by',
      workingDaysElapsed: null,
      workingDaysRemaining: null,
    });

    t.time.set('2027-01-14T09:00:00Z');
    const review = await log(id, {
      direction: 'outgoing',
      kind: 'internal-review-request',
      occurredAt: '2027-01-14',
    });
    expect(review.deadline).toMatchObject({
      dueDate: '2027-01-15',
      headline: {
        stage: 'review',
        date: '2027-02-11',
        label: 'Internal review due',
        workingDaysElapsed: 0,
        workingDaysRemaining: 20,
      },
    });

    t.time.set('2027-02-08T09:00:00Z');
    const reviewed = await log(id, {
      direction: 'incoming',
      kind: 'internal-review-response',
      occurredAt: '2027-02-05',
      outcome: 'upheld',
    });
    expect(reviewed.deadline.headline).toEqual({
      stage: 'complaint',
      date: '2027-03-19',
      label: 'Complain to the Commissioner by',
      workingDaysElapsed: null,
      workingDaysRemaining: null,
    });

    // Complained: nothing is awaited by a date any more.
    const complained = await log(id, {
      direction: 'outgoing',
      kind: 'ico-complaint',
      occurredAt: '2027-02-09',
    });
    expect(complained.deadline.headline).toBeNull();
  });

  it('sorts by the headline date, whatever the stage, and the CSV shows it', async () => {
    t.time.set('2027-01-14T09:00:00Z');
    // In review: response due Fri 15 Jan 2027, review due Thu 11 Feb (as above).
    const inReview = await create('Sorted: in review');
    // Received Mon 4 Jan 2027 (Scotland's substitute holiday: still day 0); due Mon 1 Feb.
    const running = await create('Sorted: running');
    // Answered Wed 25 Nov 2026: ask for a review by Wed 27 Jan 2027.
    const answered = await create('Sorted: answered');
    for (const [id, sentAt] of [
      [inReview, '2026-11-02'],
      [running, '2027-01-04'],
      [answered, '2026-11-02'],
    ] as const)
      expect((await post(`/api/v1/requests/${id}/send`, { sentAt, method: 'email' })).status).toBe(
        200,
      );
    await log(inReview, {
      direction: 'incoming',
      kind: 'extension',
      occurredAt: '2026-11-20',
      extendedTo: '2027-01-15',
    });
    await log(inReview, {
      direction: 'incoming',
      kind: 'response',
      occurredAt: '2027-01-12',
      outcome: 'refused',
    });
    await log(inReview, {
      direction: 'outgoing',
      kind: 'internal-review-request',
      occurredAt: '2027-01-14',
    });
    await log(answered, {
      direction: 'incoming',
      kind: 'response',
      occurredAt: '2026-11-25',
      outcome: 'information-provided',
    });

    const list = await t.call('GET', '/api/v1/requests?q=Sorted&sort=dueDate', { token });
    expect(
      list.body.items.map(
        (i: { title: string; deadline: { headline: { date: string } } }) =>
          `${i.title} ${i.deadline.headline.date}`,
      ),
    ).toEqual([
      'Sorted: answered 2027-01-27',
      'Sorted: running 2027-02-01',
      'Sorted: in review 2027-02-11',
    ]);
    const descending = await t.call('GET', '/api/v1/requests?q=Sorted&sort=-dueDate', { token });
    expect(descending.body.items.map((i: { title: string }) => i.title)).toEqual([
      'Sorted: in review',
      'Sorted: running',
      'Sorted: answered',
    ]);

    const csv = await fetch(`${t.url}/api/v1/requests.csv?q=Sorted&sort=dueDate`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const rows = (await csv.text())
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    const header = rows[0];
    const column = (name: string) => rows.slice(1).map((r) => r[header.indexOf(name)]);
    expect(column('title')).toEqual(['Sorted: answered', 'Sorted: running', 'Sorted: in review']);
    expect(column('dueDate')).toEqual(['2027-01-27', '2027-02-01', '2027-02-11']);
    // Day counts of the headline's own stage: none for the window to ask for a review; 12 of the
    // response's 20 left (day 8); all 20 of the review's.
    expect(column('workingDaysRemaining')).toEqual(['', '12', '20']);
    expect(column('dueWhat')).toEqual([
      'Ask for an internal review by',
      'Response due',
      'Internal review due',
    ]);
  });
});
