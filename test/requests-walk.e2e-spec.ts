import { DataSource } from 'typeorm';
import { DEADLINE_VECTORS, DeadlineVector } from './support/deadline-vectors';
import { DATABASES, startTestApp, TestApp } from './support/test-app';

type Step = [
  string,
  { direction: string; kind: string; occurredAt: string; [field: string]: unknown },
  Record<string, unknown>,
];

/**
 * Resolve 1 from draft to a complaint to the regulator, and an EIR and a FOISA request, each
 * date worked out by hand from the rules (working days named in the comments).
 */
describe.each(DATABASES)('request lifecycle on %s', (database) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    // The clock jumps from 2025 to 2031 here, and a token ends FOI_TOKEN_DAYS after it was
    // made by that clock: one token that outlives the jumps.
    t = await startTestApp(database, { FOI_TOKEN_DAYS: '3650' });
    token = await t.login();
  }, 60_000);
  afterAll(() => t.close());

  const post = (path: string, body: unknown) => t.call('POST', path, { token, body });

  async function walk(id: number, steps: Step[]): Promise<void> {
    for (const [name, message, expected] of steps) {
      const { status, body } = await post(`/api/v1/requests/${id}/messages`, message);
      expect({ step: name, status, problem: status === 201 ? null : body.message }).toEqual({
        step: name,
        status: 201,
        problem: null,
      });
      expect({ step: name, ...pick(body, expected) }).toEqual({ step: name, ...expected });
    }
  }

  it('carries Resolve 1 (FOIA) from draft to an ICO complaint with every date right', async () => {
    const created = await post('/api/v1/requests', {
      authorityId: 1,
      templateId: 'resolve1-due-diligence',
      variables: { requesterName: 'Sam Officer', partnerName: 'Huawei' },
      campaign: 'Huawei partnership — Resolve 1',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      reference: expect.stringMatching(/^FOI-2026-\d{4}$/),
      status: 'draft',
      regime: 'foia',
      authority: { id: 1, name: 'Imperial College London' },
      templateId: 'resolve1-due-diligence',
      deadline: { state: 'not-started', dueDate: null },
    });
    expect(created.body.body).toContain('Relationship Review Policy');
    expect(created.body.subject).toContain(created.body.reference);
    const id = created.body.id;

    t.time.set('2025-02-04T09:00:00Z');
    const sent = await post(`/api/v1/requests/${id}/send`, {
      sentAt: '2025-02-03T09:30:00Z',
      method: 'email',
    });
    expect(sent.status).toBe(200);
    // Day 1 Tue 4 Feb; day 20 Mon 3 Mar.
    expect(pick(sent.body, { status: 0, receivedOn: 0, sentVia: 0 })).toEqual({
      status: 'awaiting-response',
      receivedOn: '2025-02-03',
      sentVia: 'email',
    });
    expect(sent.body.deadline).toMatchObject({
      dueDate: '2025-03-03',
      state: 'on-time',
      workingDaysElapsed: 1,
      workingDaysRemaining: 19,
    });

    t.time.set('2025-07-01T12:00:00Z');
    await walk(id, [
      [
        'clarification asked',
        { direction: 'incoming', kind: 'clarification-request', occurredAt: '2025-02-05' },
        { status: 'awaiting-clarification', 'deadline.dueDate': null, 'deadline.state': 'paused' },
      ],
      // Fresh 20 working days from Fri 7 Mar; St Patrick's Day (17 Mar) skipped: Mon 7 Apr.
      [
        'clarification given',
        { direction: 'outgoing', kind: 'clarification', occurredAt: '2025-03-07' },
        { status: 'awaiting-response', 'deadline.dueDate': '2025-04-07' },
      ],
      [
        'fees notice',
        { direction: 'incoming', kind: 'fee-notice', occurredAt: '2025-03-14' },
        { status: 'awaiting-fee', 'deadline.state': 'paused' },
      ],
      // 4 working days used (10–13 Mar); 16 left from Mon 24 Mar: Tue 15 Apr.
      [
        'fee paid',
        { direction: 'outgoing', kind: 'fee-paid', occurredAt: '2025-03-24' },
        { status: 'awaiting-response', 'deadline.dueDate': '2025-04-15' },
      ],
      // +20 working days after 15 Apr, skipping Good Friday, Easter Monday and 5 May: Fri 16 May.
      [
        'extension',
        { direction: 'incoming', kind: 'extension', occurredAt: '2025-04-10' },
        {
          status: 'extended',
          'deadline.originalDueDate': '2025-04-15',
          'deadline.dueDate': '2025-05-16',
          'deadline.longStopDate': '2025-05-16',
        },
      ],
      // 40 working days after Fri 9 May (26 May skipped): Mon 7 Jul.
      [
        'refusal citing s43(2)',
        {
          direction: 'incoming',
          kind: 'response',
          occurredAt: '2025-05-09',
          outcome: 'refused',
          exemptions: ['s43(2)'],
          authorityReference: 'FOI-2025-123',
        },
        {
          status: 'responded',
          outcome: 'refused',
          exemptions: ['s43(2)'],
          'deadline.reviewRequestBy': '2025-07-07',
          'deadline.state': 'met',
        },
      ],
      // 20 working days after Tue 20 May: Wed 18 Jun; 40 (Boyne day 14 Jul skipped): Thu 17 Jul.
      [
        'internal review asked',
        { direction: 'outgoing', kind: 'internal-review-request', occurredAt: '2025-05-20' },
        {
          status: 'internal-review',
          'deadline.reviewDueDate': '2025-06-18',
          'deadline.reviewLongStopDate': '2025-07-17',
        },
      ],
      // Six calendar weeks after Mon 16 Jun: Mon 28 Jul.
      [
        'review upheld',
        {
          direction: 'incoming',
          kind: 'internal-review-response',
          occurredAt: '2025-06-16',
          outcome: 'upheld',
        },
        {
          status: 'review-responded',
          outcome: 'upheld',
          exemptions: ['s43(2)'],
          'deadline.complaintBy': '2025-07-28',
        },
      ],
      [
        'ICO complaint',
        { direction: 'outgoing', kind: 'ico-complaint', occurredAt: '2025-07-01' },
        { status: 'ico-complaint' },
      ],
    ]);

    const full = await t.call('GET', `/api/v1/requests/${id}`, { token });
    expect(full.body.messages.map((m: { kind: string }) => m.kind)).toEqual([
      'request',
      'clarification-request',
      'clarification',
      'fee-notice',
      'fee-paid',
      'extension',
      'response',
      'internal-review-request',
      'internal-review-response',
      'ico-complaint',
    ]);
    expect(full.body.events.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'sent',
      ...Array(9).fill('message-logged'),
    ]);
    expect(full.body.events[1]).toMatchObject({
      actor: { name: 'Administrator' },
      before: { status: 'draft' },
      after: { status: 'awaiting-response', dueDate: '2025-03-03' },
    });
    expect(full.body.deadline.explanation.join('\n')).toContain(
      'Clarification requested Wed 5 Feb 2025',
    );
    const outstanding = await t.call(
      'GET',
      '/api/v1/requests?outstanding=true&campaign=' +
        encodeURIComponent('Huawei partnership — Resolve 1'),
      { token },
    );
    expect(outstanding.body.items.map((r: { id: number }) => r.id)).toContain(id);
  });

  it('a message logged late lands where it happened', async () => {
    const { body } = await post('/api/v1/requests', {
      authorityId: 1,
      subject: 'Late logging',
      body: 'Please send…',
      regime: 'foia',
    });
    t.time.set('2025-07-01T12:00:00Z');
    await post(`/api/v1/requests/${body.id}/send`, { sentAt: '2025-02-03', method: 'email' });
    await post(`/api/v1/requests/${body.id}/messages`, {
      direction: 'outgoing',
      kind: 'clarification',
      occurredAt: '2025-03-07',
    }).then((r) => expect(r.status).toBe(409));
    // The clarification request, logged afterwards but dated earlier, makes the history whole.
    const late = await walkOne(body.id, {
      direction: 'incoming',
      kind: 'clarification-request',
      occurredAt: '2025-02-05',
    });
    expect(late.status).toBe('awaiting-clarification');
    const answered = await walkOne(body.id, {
      direction: 'outgoing',
      kind: 'clarification',
      occurredAt: '2025-03-07',
    });
    expect(answered.deadline.dueDate).toBe('2025-04-07');
  });

  async function walkOne(id: number, message: Record<string, unknown>) {
    const { status, body } = await post(`/api/v1/requests/${id}/messages`, message);
    expect(status).toBe(201);
    return body;
  }

  it('an EIR request: reg 7 extension past 40 working days flagged beyond guidance, reconsideration in 40', async () => {
    const { body } = await post('/api/v1/requests', {
      authorityId: 1,
      templateId: 'general-eir-request',
      variables: {
        requesterName: 'Sam Officer',
        topic: 'air quality',
        information: ['monitoring data'],
      },
    });
    expect(body).toMatchObject({ regime: 'eir', status: 'draft' });
    t.time.set('2025-11-01T12:00:00Z');
    const sent = await post(`/api/v1/requests/${body.id}/send`, {
      sentAt: '2025-07-02',
      method: 'web-form',
    });
    expect(sent.body.deadline.dueDate).toBe('2025-07-31');
    await walk(body.id, [
      // Receipt + 40 working days (14 Jul NI, 4 Aug Scotland, 25 Aug E&W skipped): Mon 1 Sep,
      // reg 7(1)'s maximum. The stated Tue 30 Sep stands, flagged beyond guidance (RULES.md).
      [
        'extension beyond the cap',
        {
          direction: 'incoming',
          kind: 'extension',
          occurredAt: '2025-07-25',
          extendedTo: '2025-09-30',
        },
        {
          'deadline.dueDate': '2025-09-30',
          'deadline.longStopDate': '2025-09-01',
          'deadline.extensionBeyondGuidance': true,
        },
      ],
      [
        'response',
        {
          direction: 'incoming',
          kind: 'response',
          occurredAt: '2025-08-29',
          outcome: 'partly-provided',
          exemptions: ['reg 12(5)(e)'],
        },
        { 'deadline.reviewRequestBy': '2025-10-24' },
      ],
      [
        'representations',
        { direction: 'outgoing', kind: 'internal-review-request', occurredAt: '2025-09-10' },
        {
          'deadline.reviewDueDate': '2025-11-05',
          'deadline.reviewLongStopDate': null,
          'deadline.state': 'due-soon',
        },
      ],
    ]);
  });

  it('a FOISA request posted to a Scottish authority: Scottish working days, s.20(5) review window', async () => {
    const authority = await post('/api/v1/authorities', {
      name: `University of Edinburgh (${database})`,
      email: 'foi@ed.example.ac.uk',
      nation: 'scotland',
    });
    expect(authority.body).toMatchObject({ regime: 'foisa' });
    const { body } = await post('/api/v1/requests', {
      authorityId: authority.body.id,
      subject: 'Research partnerships',
      body: 'Under FOISA s.1…',
    });
    expect(body.regime).toBe('foisa');
    t.time.set('2025-06-02T09:00:00Z');
    // Posted Tue 15 Apr: received the second working day after, Thu 17 Apr. Easter Monday counts
    // in Scotland, Good Friday and 5 May do not: due Mon 19 May.
    const sent = await post(`/api/v1/requests/${body.id}/send`, {
      sentAt: '2025-04-15T17:00:00+01:00',
      method: 'post',
    });
    expect(sent.body).toMatchObject({
      receivedOn: '2025-04-17',
      deadline: {
        dueDate: '2025-05-19',
        longStopDate: null,
        state: 'overdue',
        reviewRequestBy: '2025-07-15',
      },
    });
    const overdue = await t.call(
      'GET',
      '/api/v1/requests?deadlineState=overdue&authorityId=' + authority.body.id,
      { token },
    );
    expect(overdue.body.items.map((r: { id: number }) => r.id)).toEqual([body.id]);
    t.time.set('2025-07-01T09:00:00Z');
    await walk(body.id, [
      // No answer: a review can be required anyway; 20 Scottish working days from Mon 2 Jun: Mon 30 Jun.
      [
        'review for no response',
        { direction: 'outgoing', kind: 'internal-review-request', occurredAt: '2025-06-02' },
        { status: 'internal-review', 'deadline.reviewDueDate': '2025-06-30' },
      ],
      // Appeal to the Scottish Information Commissioner within six months: Sat 27 Dec.
      [
        'review answered',
        {
          direction: 'incoming',
          kind: 'internal-review-response',
          occurredAt: '2025-06-27',
          outcome: 'partly-overturned',
        },
        { status: 'review-responded', 'deadline.complaintBy': '2025-12-27' },
      ],
    ]);
  });

  it('reminders are planned as rows when the clock starts, and replanned when it moves', async () => {
    const { body } = await post('/api/v1/requests', {
      authorityId: 1,
      subject: 'Reminders',
      body: 'x',
      regime: 'foia',
    });
    t.time.set('2025-05-15T09:00:00Z');
    const sent = await post(`/api/v1/requests/${body.id}/send`, {
      sentAt: '2025-05-14',
      method: 'email',
    });
    // Waiting to go is `pending`, or `queued` once its Bull job exists: the API puts the jobs on
    // the queue after the commit without waiting, so a reply may show either.
    const waiting = (status: string) =>
      status === 'pending' || status === 'queued' ? 'waiting' : status;
    // Due Thu 12 Jun 2025, 08:00 BST = 07:00 UTC; long stop Thu 10 Jul.
    expect(
      sent.body.reminders.map(
        (r: { kind: string; fireAt: string; status: string }) =>
          `${r.kind} ${r.fireAt} ${waiting(r.status)}`,
      ),
    ).toEqual([
      'due-soon 2025-06-05T07:00:00.000Z waiting',
      'due-today 2025-06-12T07:00:00.000Z waiting',
      'overdue 2025-06-13T07:00:00.000Z waiting',
      'long-overdue 2025-07-11T07:00:00.000Z waiting',
    ]);
    t.time.set('2025-06-10T09:00:00Z');
    const extended = await walkOne(body.id, {
      direction: 'incoming',
      kind: 'extension',
      occurredAt: '2025-06-10',
      extendedTo: '2025-07-01',
    });
    const statuses = extended.reminders.map(
      (r: { kind: string; fireAt: string; status: string }) =>
        `${r.kind} ${r.fireAt.slice(0, 10)} ${waiting(r.status)}`,
    );
    expect(statuses).toEqual([
      // No worker ran here, so the first was still waiting: the moved clock cancels all three.
      'due-soon 2025-06-05 cancelled',
      'due-today 2025-06-12 cancelled',
      'overdue 2025-06-13 cancelled',
      'due-soon 2025-06-24 waiting',
      'due-today 2025-07-01 waiting',
      'overdue 2025-07-02 waiting',
      'long-overdue 2025-07-11 waiting',
    ]);
  });

  it('withdrawal ends the clock and leaves the outstanding list', async () => {
    const { body } = await post('/api/v1/requests', {
      authorityId: 1,
      subject: 'To withdraw',
      body: 'x',
      regime: 'foia',
    });
    t.time.set('2025-03-10T09:00:00Z');
    await post(`/api/v1/requests/${body.id}/send`, { sentAt: '2025-03-03', method: 'email' });
    const withdrawn = await post(`/api/v1/requests/${body.id}/withdraw`, {});
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', deadline: { state: 'closed' } });
    const outstanding = await t.call('GET', '/api/v1/requests?outstanding=true&pageSize=100', {
      token,
    });
    expect(outstanding.body.items.map((r: { id: number }) => r.id)).not.toContain(body.id);
  });

  describe('dates of events given as instants: their London date counts', () => {
    const draft = async (subject: string) =>
      (await post('/api/v1/requests', { authorityId: 1, subject, body: 'x', regime: 'foia' })).body
        .id as number;

    it.each([
      // 22:30 UTC on Fri 3 Oct 2025: 3 Oct in London. Day 1 Mon 6 Oct; day 20 Fri 31 Oct.
      ['a BST evening with its offset', '2025-10-03T23:30:00+01:00', '2025-10-03', '2025-10-31'],
      // GMT: 23:30 UTC on Wed 18 Mar 2026 is 18 Mar. Good Friday 3 Apr and Easter Monday 6 Apr
      // skipped: day 20 Fri 17 Apr.
      ['a GMT evening in UTC', '2026-03-18T23:30:00Z', '2026-03-18', '2026-04-17'],
      // BST: 23:30 UTC on Tue 30 Jun 2026 is 00:30 on Wed 1 Jul. The NI Boyne holiday Mon 13 Jul
      // skipped: day 20 Thu 30 Jul.
      ['a BST night in UTC', '2026-06-30T23:30:00Z', '2026-07-01', '2026-07-30'],
    ])('send takes receivedAt as %s', async (_, receivedAt, receivedOn, dueDate) => {
      t.time.set('2026-07-02T09:00:00Z');
      const id = await draft(`receivedAt ${receivedAt}`);
      const sent = await post(`/api/v1/requests/${id}/send`, {
        sentAt: receivedAt,
        method: 'email',
        receivedAt,
      });
      expect({ status: sent.status, problem: sent.body.message }).toEqual({
        status: 200,
        problem: undefined,
      });
      expect(sent.body).toMatchObject({ receivedOn, deadline: { dueDate } });
    });

    it('a message at an instant lands on its London day; the same instant refused as a bare time', async () => {
      t.time.set('2026-07-22T09:00:00Z');
      const id = await draft('messages at instants');
      const sent = await post(`/api/v1/requests/${id}/send`, {
        sentAt: '2026-06-30T23:30:00Z',
        method: 'email',
      });
      expect(sent.body).toMatchObject({ receivedOn: '2026-07-01' });
      // 23:30 BST on 30 Jun is before the request went (00:30 BST on 1 Jul).
      const early = await post(`/api/v1/requests/${id}/messages`, {
        direction: 'incoming',
        kind: 'acknowledgement',
        occurredAt: '2026-07-01T00:30:00+02:00',
      });
      expect({ status: early.status, fields: Object.keys(early.body.errors) }).toEqual({
        status: 409,
        fields: ['occurredAt'],
      });
      const bare = await post(`/api/v1/requests/${id}/messages`, {
        direction: 'incoming',
        kind: 'response',
        outcome: 'information-provided',
        occurredAt: '2026-07-20T23:30:00',
      });
      expect({ status: bare.status, errors: bare.body.errors }).toEqual({
        status: 400,
        errors: {
          occurredAt: [
            'occurredAt must be a real date (YYYY-MM-DD) or an instant with a time zone (RFC 3339, e.g. 2025-10-03T23:30:00+01:00)',
          ],
        },
      });
      // 23:30 UTC on Mon 20 Jul is Tue 21 Jul in London: the review window runs 40 working days
      // from then (3 Aug, Scotland, and 31 Aug, England and Wales, skipped): Thu 17 Sep. RFC 3339
      // allows a lower-case t and z; the history keeps the upper-case form.
      const answered = await walkOne(id, {
        direction: 'incoming',
        kind: 'response',
        outcome: 'information-provided',
        occurredAt: '2026-07-20t23:30:00z',
      });
      expect(answered).toMatchObject({
        status: 'responded',
        deadline: { dueDate: '2026-07-30', reviewRequestBy: '2026-09-17' },
      });
      expect(answered.messages.map((m: { occurredAt: string }) => m.occurredAt)).toContain(
        '2026-07-20T23:30:00Z',
      );
      // The dashboard's page of the request shows the answer on its London day.
      const page = await t.call('GET', `/requests/${id}`, { token });
      expect(page.status).toBe(200);
      expect(page.body).toContain('21 Jul 2026');
    });

    it('the calculator takes instants for receipt and events, and dates stay YYYY-MM-DD', async () => {
      const query = new URLSearchParams({
        regime: 'foia',
        receivedAt: '2026-06-30T23:30:00Z',
        event: 'response@2026-07-20T23:30:00Z',
        today: '2026-07-22',
      });
      const { status, body } = await t.call('GET', `/api/v1/deadlines?${query}`, { token });
      expect(status).toBe(200);
      expect(body).toMatchObject({
        dueDate: '2026-07-30',
        reviewRequestBy: '2026-09-17',
        state: 'met',
      });
    });

    it('a plain date still works, as the dashboard posts it', async () => {
      t.time.set('2025-10-06T09:00:00Z');
      const id = await draft('plain date');
      const sent = await post(`/api/v1/requests/${id}/send`, {
        sentAt: '2025-10-03',
        method: 'email',
        receivedAt: '2025-10-03',
      });
      expect(sent.body).toMatchObject({
        receivedOn: '2025-10-03',
        deadline: { dueDate: '2025-10-31' },
      });
    });
  });

  describe('the supported years, 2005–2060', () => {
    const calculate = (receivedAt: string) =>
      t.call('GET', `/api/v1/deadlines?regime=foia&receivedAt=${receivedAt}&today=2026-11-29`, {
        token,
      });

    it('the calculator takes the first and last supported days and refuses the days beyond', async () => {
      // Sat 1 Jan 2005 and Fri 31 Dec 2060: New Year substitutes (3 Jan, and 4 Jan in Scotland)
      // skipped, day 20 Tue 1 Feb of the next year.
      expect((await calculate('2005-01-01')).body).toMatchObject({ dueDate: '2005-02-01' });
      expect((await calculate('2060-12-31')).body).toMatchObject({ dueDate: '2061-02-01' });
      for (const receivedAt of ['2004-12-31', '2061-01-01']) {
        const { status, body } = await calculate(receivedAt);
        expect({ status, errors: body.errors }).toEqual({
          status: 400,
          errors: {
            receivedAt: [
              "receivedAt must fall in 2005–2060, the years the tracker's holiday calendar covers",
            ],
          },
        });
      }
    });

    it('a request sent in 2005 is tracked across Christmas 2005', async () => {
      t.time.set('2026-11-29T12:00:00Z');
      const { body } = await post('/api/v1/requests', {
        authorityId: 1,
        subject: 'An old request',
        body: 'x',
        regime: 'foia',
      });
      const sent = await post(`/api/v1/requests/${body.id}/send`, {
        sentAt: '2005-12-06T16:00:00Z',
        method: 'email',
      });
      // Boxing Day, 27 Dec, 2 Jan and (Scotland) 3 Jan skipped: day 20 Mon 9 Jan 2006.
      expect(sent.body).toMatchObject({
        receivedOn: '2005-12-06',
        deadline: { dueDate: '2006-01-09', longStopDate: '2006-02-06', state: 'long-overdue' },
      });
    });
  });

  describe('every worked vector through the API (send + messages)', () => {
    const MESSAGE_OF: Record<string, { direction: string; kind: string; outcome?: string }> = {
      'clarification-requested': { direction: 'incoming', kind: 'clarification-request' },
      'clarification-received': { direction: 'outgoing', kind: 'clarification' },
      'identity-requested': { direction: 'incoming', kind: 'clarification-request' },
      'identity-received': { direction: 'outgoing', kind: 'clarification' },
      'fee-notice': { direction: 'incoming', kind: 'fee-notice' },
      'fee-paid': { direction: 'outgoing', kind: 'fee-paid' },
      extension: { direction: 'incoming', kind: 'extension' },
      response: { direction: 'incoming', kind: 'response', outcome: 'information-provided' },
      'internal-review-requested': { direction: 'outgoing', kind: 'internal-review-request' },
      'internal-review-response': {
        direction: 'incoming',
        kind: 'internal-review-response',
        outcome: 'upheld',
      },
    };

    it.each(DEADLINE_VECTORS.map((v) => [v.id, v] as const))('%s', async (_, v: DeadlineVector) => {
      t.time.set('2031-01-01T12:00:00Z');
      const { body } = await post('/api/v1/requests', {
        authorityId: 1,
        subject: v.id,
        body: v.why,
        regime: v.regime,
      });
      expect(
        (await post(`/api/v1/requests/${body.id}/send`, { sentAt: v.receivedAt, method: 'email' }))
          .status,
      ).toBe(200);
      let last = body;
      for (const e of v.events) {
        const message = {
          ...MESSAGE_OF[e.kind],
          occurredAt: e.on,
          ...(e.until ? { extendedTo: e.until } : {}),
        };
        last = await walkOne(body.id, message);
      }
      const shown = await t.call('GET', `/api/v1/requests/${body.id}`, { token });
      expect(shown.body.deadline).toMatchObject(v.expect);
      expect(last.id).toBe(body.id);
    });
  });

  describe('subject access requests from before UK GDPR (25 May 2018)', () => {
    it('sending one is refused naming receivedAt: the Data Protection Act 1998 set 40 days', async () => {
      t.time.set('2026-11-27T12:00:00Z');
      const { body } = await post('/api/v1/requests', {
        authorityId: 1,
        subject: 'My records',
        body: 'Please send me my data.',
        regime: 'sar',
      });
      const sent = await post(`/api/v1/requests/${body.id}/send`, {
        sentAt: '2017-03-01',
        method: 'email',
      });
      expect(sent.status).toBe(400);
      expect(Object.keys(sent.body.errors)).toEqual(['receivedAt']);
      expect(sent.body.message).toMatch(/Data Protection Act 1998/);
      expect((await t.call('GET', `/api/v1/requests/${body.id}`, { token })).body.status).toBe(
        'draft',
      );
    });

    it('one stored by an earlier release shows no deadline and says why; lists and exports still answer', async () => {
      t.time.set('2026-11-27T12:00:00Z');
      const { body } = await post('/api/v1/requests', {
        authorityId: 1,
        subject: 'Old records',
        body: 'Please send me my data.',
        regime: 'sar',
      });
      await post(`/api/v1/requests/${body.id}/send`, { sentAt: '2019-03-01', method: 'email' });
      // What a release that computed SARs from 2010 could have stored.
      await t.app
        .get(DataSource)
        .query(`UPDATE requests SET received_on = '2017-03-01' WHERE id = ${Number(body.id)}`);
      const shown = await t.call('GET', `/api/v1/requests/${body.id}`, { token });
      expect(shown.status).toBe(200);
      expect(shown.body.deadline.dueDate).toBeNull();
      expect(shown.body.deadline.explanation.join(' ')).toMatch(/Data Protection Act 1998/);
      for (const path of [
        '/api/v1/requests?pageSize=100',
        '/api/v1/requests?outstanding=true',
        '/api/v1/requests.csv',
        '/api/v1/calendar.ics?all=true',
      ])
        expect({ path, status: (await t.call('GET', path, { token })).status }).toEqual({
          path,
          status: 200,
        });
    });
  });
});

/** The fields of `expected` (dotted paths allowed) read from `body`. */
function pick(
  body: Record<string, unknown>,
  expected: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(expected).map((path) => [
      path,
      path
        .split('.')
        .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], body),
    ]),
  );
}
