import { DATABASES, startTestApp, TestApp } from './support/test-app';

/**
 * Searching the list by reference or title, on both databases: any case, and the characters
 * LIKE treats as wildcards taken literally. Then "overdue" against "long overdue" with several
 * requests, sorted by due date (the query SQLite answers from the long-stop index).
 */
describe.each(DATABASES)('request search and deadline filters (%s)', (database) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp(database);
    token = await t.login();
    for (const subject of [
      'Contract with HUAWEI',
      'Minutes of council',
      '100% of fees_paid',
      '100 of feesXpaid',
    ])
      expect(
        (
          await t.call('POST', '/api/v1/requests', {
            token,
            body: { authorityId: 1, subject, body: 'Please.', regime: 'foia' },
          })
        ).status,
      ).toBe(201);
  });

  afterAll(() => t?.close());

  const titles = async (query: string) =>
    (await t.call('GET', `/api/v1/requests?${query}`, { token })).body.items.map(
      (i: { title: string }) => i.title,
    );

  it.each([
    ['huawei', ['Contract with HUAWEI']],
    ['FOI-2026-0002', ['Minutes of council']],
    ['foi-2026-0002', ['Minutes of council']],
    ['100%25', ['100% of fees_paid']],
    ['fees_', ['100% of fees_paid']],
    ['nothing like this', []],
  ])('q=%s', async (q, expected) => {
    expect(await titles(`q=${q}&sort=reference`)).toEqual(expected);
  });

  it('overdue and long overdue are told apart, each sorted by due date', async () => {
    // Today is Sun 29 Nov 2026. FOIA: due 20 working days after receipt, long stop 20 after that.
    const sends: [number, string][] = [
      [1, '2026-10-01'], // due Thu 29 Oct, long stop Thu 26 Nov: long overdue
      [2, '2026-10-20'], // due Tue 17 Nov, long stop Wed 16 Dec (30 Nov skipped): overdue
      [3, '2026-10-16'], // due Fri 13 Nov: overdue, and earlier than request 2
      [4, '2026-11-20'], // due Mon 21 Dec: on time
    ];
    for (const [id, sentAt] of sends)
      expect(
        (
          await t.call('POST', `/api/v1/requests/${id}/send`, {
            token,
            body: { method: 'email', sentAt },
          })
        ).status,
      ).toBe(200);
    const list = async (state: string) =>
      (await t.call('GET', `/api/v1/requests?deadlineState=${state}`, { token })).body.items.map(
        (i: { id: number; deadline: { dueDate: string } }) => [i.id, i.deadline.dueDate],
      );
    expect(await list('overdue')).toEqual([
      [3, '2026-11-13'],
      [2, '2026-11-17'],
    ]);
    expect(await list('long-overdue')).toEqual([[1, '2026-10-29']]);
    expect(await titles('deadlineState=overdue&q=council')).toEqual(['Minutes of council']);
  });

  it("q finds the authority's own reference and the authority's name, any case", async () => {
    const { body: council } = await t.call('POST', '/api/v1/authorities', {
      token,
      body: { name: 'Kingston Borough Council', email: 'foi@kingston.example', nation: 'england' },
    });
    expect(council.id).toBeGreaterThan(1);
    const { body: planning } = await t.call('POST', '/api/v1/requests', {
      token,
      body: { authorityId: council.id, subject: 'Planning files', body: 'Please.', regime: 'foia' },
    });
    // Request 2 (sent above) is answered with the university's own reference.
    const answered = await t.call('POST', '/api/v1/requests/2/messages', {
      token,
      body: {
        direction: 'incoming',
        kind: 'response',
        occurredAt: '2026-11-25',
        outcome: 'information-provided',
        authorityReference: 'ICL_FOI/2026-118',
      },
    });
    expect([answered.status, answered.body.message]).toEqual([201, answered.body.message]);
    expect(await titles('q=icl_foi%2F2026-118')).toEqual(['Minutes of council']);
    expect(await titles('q=FOI%2F2026')).toEqual(['Minutes of council']);
    // Every status: a response takes it off Outstanding, not off a search.
    expect(await titles('q=icl_foi&outstanding=true')).toEqual([]);
    expect(await titles('q=borough%20COUNCIL&sort=reference')).toEqual([planning.title]);
    // "council" is in one title and one authority's name: both are found.
    expect(await titles('q=council&sort=reference')).toEqual([
      'Minutes of council',
      'Planning files',
    ]);
    expect(await titles('q=imperial&sort=reference')).toHaveLength(4);
  });
});
