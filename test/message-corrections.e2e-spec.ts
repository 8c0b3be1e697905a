import { DATABASES, startTestApp, TestApp } from './support/test-app';

interface Reminder {
  kind: string;
  fireAt: string;
  status: string;
}
interface Message {
  id: number;
  kind: string;
  occurredAt: string;
  [field: string]: unknown;
}

const OPEN = new Set(['pending', 'queued']);

/** The open reminders as `kind@London date`, sorted; none may be there twice. */
function openReminders(reminders: Reminder[]): string[] {
  return reminders
    .filter((r) => OPEN.has(r.status))
    .map((r) => `${r.kind}@${r.fireAt.slice(0, 10)}`)
    .sort();
}

/**
 * Correcting and removing logged messages: the whole clock replayed from the corrected history,
 * reminders replanned, the change audited; dates worked out with the calculator
 * (`npm run -s deadline`) and checked by hand in the comments.
 */
describe.each(DATABASES)('correcting the history on %s', (database) => {
  let t: TestApp;
  let officer: string;
  let viewer: string;

  beforeAll(async () => {
    t = await startTestApp(database);
    const admin = await t.login();
    for (const role of ['officer', 'viewer']) {
      const made = await t.call('POST', '/api/v1/users', {
        token: admin,
        body: {
          email: `${role}@union.example.org`,
          name: `A ${role}`,
          role,
          password: `${role}-password`,
        },
      });
      expect(made.status).toBe(201);
    }
    officer = await t.login('officer@union.example.org', 'officer-password');
    viewer = await t.login('viewer@union.example.org', 'viewer-password');
    t.time.set('2025-02-10T09:00:00Z');
  }, 60_000);
  afterAll(() => t.close());

  const call = (method: string, path: string, body?: unknown, token = officer) =>
    t.call(method, path, { token, body });

  /** A request sent on Mon 3 Feb 2025 (due Mon 3 Mar: no holidays between). */
  async function sentRequest(method = 'email', sentAt = '2025-02-03'): Promise<number> {
    const created = await call('POST', '/api/v1/requests', {
      authorityId: 1,
      regime: 'foia',
      subject: 'Due-diligence records',
      body: 'Please send the due-diligence records.',
    });
    expect(created.status).toBe(201);
    const sent = await call('POST', `/api/v1/requests/${created.body.id}/send`, {
      sentAt,
      method,
    });
    expect(sent.status).toBe(200);
    return created.body.id as number;
  }

  async function log(id: number, message: Record<string, unknown>): Promise<Message> {
    const { status, body } = await call('POST', `/api/v1/requests/${id}/messages`, message);
    expect({ status, problem: status === 201 ? null : body.message }).toEqual({
      status: 201,
      problem: null,
    });
    return body.messages[body.messages.length - 1] as Message;
  }

  const show = async (id: number) => (await call('GET', `/api/v1/requests/${id}`)).body;
  const sentLetter = async (id: number): Promise<Message> =>
    (await show(id)).messages.find((m: Message) => m.kind === 'request');

  it('corrects the sent date: sentAt, receipt, every date and the reminders move', async () => {
    const id = await sentRequest();
    const before = await show(id);
    // Day 40 is Tue 1 Apr: St Patrick's Day (17 Mar) is a UK bank holiday, so FOIA skips it.
    expect(before.deadline).toMatchObject({ dueDate: '2025-03-03', longStopDate: '2025-04-01' });
    expect(openReminders(before.reminders)).toEqual([
      'due-soon@2025-02-24',
      'due-today@2025-03-03',
      'long-overdue@2025-04-02',
      'overdue@2025-03-04',
    ]);
    const letter = await sentLetter(id);

    const { status, body } = await call('PATCH', `/api/v1/requests/${id}/messages/${letter.id}`, {
      occurredAt: '2025-02-05T16:30:00Z',
    });
    expect(status).toBe(200);
    // Received Wed 5 Feb: day 20 is Wed 5 Mar, day 40 Thu 3 Apr (17 Mar skipped).
    expect(body).toMatchObject({
      id,
      status: 'awaiting-response',
      sentAt: '2025-02-05T16:30:00.000Z',
      receivedOn: '2025-02-05',
      deadline: { dueDate: '2025-03-05', longStopDate: '2025-04-03', workingDaysElapsed: 3 },
    });
    expect(body.messages.find((m: Message) => m.id === letter.id).occurredAt).toBe(
      '2025-02-05T16:30:00Z',
    );
    expect(openReminders(body.reminders)).toEqual([
      'due-soon@2025-02-26',
      'due-today@2025-03-05',
      'long-overdue@2025-04-04',
      'overdue@2025-03-06',
    ]);
    // The old plan's rows are cancelled, not left to fire.
    expect(
      body.reminders
        .filter((r: Reminder) => r.status === 'cancelled')
        .map((r: Reminder) => `${r.kind}@${r.fireAt.slice(0, 10)}`)
        .sort(),
    ).toEqual([
      'due-soon@2025-02-24',
      'due-today@2025-03-03',
      'long-overdue@2025-04-02',
      'overdue@2025-03-04',
    ]);
    const event = body.events[body.events.length - 1];
    expect(event).toMatchObject({
      type: 'message-corrected',
      actor: { name: 'A officer' },
      before: {
        status: 'awaiting-response',
        dueDate: '2025-03-03',
        receivedOn: '2025-02-03',
        message: { id: letter.id, kind: 'request', occurredAt: '2025-02-03' },
      },
      after: {
        status: 'awaiting-response',
        dueDate: '2025-03-05',
        receivedOn: '2025-02-05',
        message: { id: letter.id, kind: 'request', occurredAt: '2025-02-05T16:30:00Z' },
      },
    });
    // The list's stored due date moved too.
    const list = await call('GET', `/api/v1/requests?status=awaiting-response&pageSize=100`);
    expect(list.body.items.find((r: { id: number }) => r.id === id).deadline.dueDate).toBe(
      '2025-03-05',
    );
  });

  it('a posted request keeps the post rule: received the second working day after', async () => {
    const id = await sentRequest('post');
    expect((await show(id)).receivedOn).toBe('2025-02-05');
    const letter = await sentLetter(id);
    const { status, body } = await call('PATCH', `/api/v1/requests/${id}/messages/${letter.id}`, {
      occurredAt: '2025-02-05',
    });
    expect(status).toBe(200);
    // Posted Wed 5 Feb, received Fri 7 Feb; day 20 Fri 7 Mar.
    expect(body).toMatchObject({ receivedOn: '2025-02-07', deadline: { dueDate: '2025-03-07' } });
  });

  it("corrects an extension's dates: the new due date is the one stated", async () => {
    const id = await sentRequest();
    const extension = await log(id, {
      direction: 'incoming',
      kind: 'extension',
      occurredAt: '2025-02-07',
      extendedTo: '2025-03-20',
    });
    expect((await show(id)).deadline.dueDate).toBe('2025-03-20');
    const { status, body } = await call(
      'PATCH',
      `/api/v1/requests/${id}/messages/${extension.id}`,
      { occurredAt: '2025-02-06', extendedTo: '2025-03-27' },
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'extended',
      deadline: { dueDate: '2025-03-27', originalDueDate: '2025-03-03' },
    });
    expect(body.messages.find((m: Message) => m.id === extension.id)).toMatchObject({
      occurredAt: '2025-02-06',
      extendedTo: '2025-03-27',
    });
    expect(openReminders(body.reminders)).toContain('due-today@2025-03-27');
    expect(openReminders(body.reminders)).not.toContain('due-today@2025-03-20');
    // Cleared, the extension runs 20 working days past the original due date: Tue 1 Apr.
    const cleared = await call('PATCH', `/api/v1/requests/${id}/messages/${extension.id}`, {
      extendedTo: null,
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.deadline.dueDate).toBe('2025-04-01');
  });

  it("changes a response's outcome and exemptions", async () => {
    const id = await sentRequest();
    const response = await log(id, {
      direction: 'incoming',
      kind: 'response',
      occurredAt: '2025-02-07',
      outcome: 'refused',
      exemptions: ['s43(2)'],
    });
    const { status, body } = await call('PATCH', `/api/v1/requests/${id}/messages/${response.id}`, {
      outcome: 'partly-provided',
      exemptions: ['s41', 's43(2)'],
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'responded',
      outcome: 'partly-provided',
      exemptions: ['s41', 's43(2)'],
    });
    expect(body.events[body.events.length - 1]).toMatchObject({
      type: 'message-corrected',
      before: { outcome: 'refused', message: { outcome: 'refused', exemptions: ['s43(2)'] } },
      after: {
        outcome: 'partly-provided',
        message: { outcome: 'partly-provided', exemptions: ['s41', 's43(2)'] },
      },
    });
    // A second click sends the same correction again: nothing left to change.
    const again = await call('PATCH', `/api/v1/requests/${id}/messages/${response.id}`, {
      outcome: 'partly-provided',
      exemptions: ['s41', 's43(2)'],
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already says this \(a second click\?\)/);
    expect((await show(id)).events).toHaveLength(body.events.length);
    // Not a response after all, but an acknowledgement: the outcome goes with the kind.
    const kind = await call('PATCH', `/api/v1/requests/${id}/messages/${response.id}`, {
      kind: 'acknowledgement',
    });
    expect(kind.status).toBe(200);
    expect(kind.body).toMatchObject({
      status: 'awaiting-response',
      outcome: null,
      exemptions: null,
      deadline: { dueDate: '2025-03-03' },
    });
    expect(kind.body.messages.find((m: Message) => m.id === response.id)).toMatchObject({
      kind: 'acknowledgement',
      direction: 'incoming',
      outcome: null,
      exemptions: null,
    });
  });

  it('removes an acknowledgement logged in error, with an event', async () => {
    const id = await sentRequest();
    const ack = await log(id, {
      direction: 'incoming',
      kind: 'acknowledgement',
      occurredAt: '2025-02-04',
      authorityReference: 'FOI/2025/001',
    });
    const { status, body } = await call('DELETE', `/api/v1/requests/${id}/messages/${ack.id}`);
    expect(status).toBe(200);
    expect(body.messages.map((m: Message) => m.kind)).toEqual(['request']);
    expect(body.deadline.dueDate).toBe('2025-03-03');
    expect(body.events[body.events.length - 1]).toMatchObject({
      type: 'message-removed',
      before: {
        status: 'awaiting-response',
        message: { id: ack.id, kind: 'acknowledgement', authorityReference: 'FOI/2025/001' },
      },
      after: { status: 'awaiting-response', dueDate: '2025-03-03' },
    });
    const again = await call('DELETE', `/api/v1/requests/${id}/messages/${ack.id}`);
    expect(again.status).toBe(404);
    expect(again.body.errors).toEqual({ messageId: [`no message with id ${ack.id}`] });
  });

  it('removing a clarification request restarts nothing: the clock runs from the send', async () => {
    const id = await sentRequest();
    const asked = await log(id, {
      direction: 'incoming',
      kind: 'clarification-request',
      occurredAt: '2025-02-05',
    });
    expect((await show(id)).status).toBe('awaiting-clarification');
    const { status, body } = await call('DELETE', `/api/v1/requests/${id}/messages/${asked.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'awaiting-response',
      deadline: { dueDate: '2025-03-03' },
    });
    expect(openReminders(body.reminders)).toContain('due-today@2025-03-03');
    expect(openReminders(body.reminders).some((r) => r.startsWith('clarification-nudge'))).toBe(
      false,
    );
  });

  describe('refusals leave everything as it was', () => {
    let id: number;
    let letter: Message;
    let asked: Message;
    let answered: Message;
    let snapshot: unknown;

    beforeAll(async () => {
      id = await sentRequest();
      asked = await log(id, {
        direction: 'incoming',
        kind: 'clarification-request',
        occurredAt: '2025-02-05',
      });
      answered = await log(id, {
        direction: 'outgoing',
        kind: 'clarification',
        occurredAt: '2025-02-07',
      });
      letter = await sentLetter(id);
      snapshot = await show(id);
    });
    afterEach(async () => {
      expect(await show(id)).toEqual(snapshot);
    });

    it.each([
      [
        'a clarification request moved after its answer',
        () => [`messages/${asked.id}`, { occurredAt: '2025-02-08' }],
        409,
        'kind',
        /A clarification cannot be logged while the request is waiting for a response/,
      ],
      [
        'the sent date moved after the answer came',
        () => [`messages/${letter.id}`, { occurredAt: '2025-02-06' }],
        409,
        'occurredAt',
        /would come before the request was sent \(2025-02-06\)/,
      ],
      [
        'the sent letter turned into something else',
        () => [`messages/${letter.id}`, { kind: 'chaser' }],
        409,
        'kind',
        /stays the request: correct its date instead, or withdraw it/,
      ],
      [
        'a message turned into the request',
        () => [`messages/${answered.id}`, { kind: 'request' }],
        409,
        'kind',
        /logged by sending it/,
      ],
      [
        'an outcome on a clarification',
        () => [`messages/${answered.id}`, { outcome: 'refused' }],
        400,
        'outcome',
        /belongs to a response/,
      ],
      [
        'a response with no outcome',
        () => [`messages/${answered.id}`, { kind: 'response' }],
        400,
        'outcome',
        /Choose the outcome of the/,
      ],
      [
        'a date in the future',
        () => [`messages/${answered.id}`, { occurredAt: '2025-03-01' }],
        400,
        'occurredAt',
        /in the future/,
      ],
      [
        'an impossible date',
        () => [`messages/${answered.id}`, { occurredAt: '2025-02-30' }],
        400,
        'occurredAt',
        /a real date/,
      ],
      ['a kind of null', () => [`messages/${answered.id}`, { kind: null }], 400, 'kind', /kind/],
      [
        'a field not in the contract',
        () => [`messages/${answered.id}`, { direction: 'incoming' }],
        400,
        'direction',
        /should not exist/,
      ],
      [
        'an unknown message',
        () => ['messages/999999', { occurredAt: '2025-02-06' }],
        404,
        'messageId',
        /no message with id 999999/,
      ],
      [
        'a message id that is not a number',
        () => ['messages/first', { occurredAt: '2025-02-06' }],
        400,
        'messageId',
        /messageId must be a whole number/,
      ],
    ])('PATCH: %s', async (_, target, status, field, reason) => {
      const [path, patch] = target() as [string, unknown];
      const answer = await call('PATCH', `/api/v1/requests/${id}/${path}`, patch);
      expect({ status: answer.status, fields: Object.keys(answer.body.errors ?? {}) }).toEqual({
        status,
        fields: [field],
      });
      expect(answer.body.errors[field][0]).toMatch(reason);
      expect(answer.body).toMatchObject({ statusCode: status, requestId: expect.any(String) });
    });

    it('PATCH with nothing to correct is a 400', async () => {
      const answer = await call('PATCH', `/api/v1/requests/${id}/messages/${asked.id}`, {});
      expect(answer.status).toBe(400);
      expect(answer.body.message).toMatch(/nothing to correct/);
    });

    it('DELETE of the sent letter is refused: correct its date, or withdraw', async () => {
      const answer = await call('DELETE', `/api/v1/requests/${id}/messages/${letter.id}`);
      expect(answer.status).toBe(409);
      expect(answer.body.errors.messageId[0]).toMatch(
        /cannot be removed: correct its date instead, or withdraw the request/,
      );
    });

    it('DELETE of a clarification request that was answered leaves an answer to nothing: 409', async () => {
      const answer = await call('DELETE', `/api/v1/requests/${id}/messages/${asked.id}`);
      expect(answer.status).toBe(409);
      expect(answer.body.message).toMatch(/there is none open/);
    });

    it('a message of another request is not found on this one', async () => {
      const other = await sentRequest();
      const theirs = await sentLetter(other);
      for (const [method, body] of [
        ['PATCH', { occurredAt: '2025-02-04' }],
        ['DELETE', undefined],
      ] as const) {
        const answer = await call(method, `/api/v1/requests/${id}/messages/${theirs.id}`, body);
        expect(answer.status).toBe(404);
        expect(answer.body.errors).toEqual({ messageId: [`no message with id ${theirs.id}`] });
      }
      const missing = await call('PATCH', `/api/v1/requests/999999/messages/${theirs.id}`, {
        occurredAt: '2025-02-04',
      });
      expect(missing.status).toBe(404);
    });

    it('a viewer can read but not correct or remove: 403', async () => {
      const patch = await call(
        'PATCH',
        `/api/v1/requests/${id}/messages/${answered.id}`,
        { occurredAt: '2025-02-06' },
        viewer,
      );
      const remove = await call(
        'DELETE',
        `/api/v1/requests/${id}/messages/${answered.id}`,
        undefined,
        viewer,
      );
      expect([patch.status, remove.status]).toEqual([403, 403]);
      expect(patch.body.message).toBe('viewers can read but not change anything');
    });
  });

  it('two corrections at once: one is made, the other is refused with 409', async () => {
    const id = await sentRequest();
    const ack = await log(id, {
      direction: 'incoming',
      kind: 'acknowledgement',
      occurredAt: '2025-02-04',
    });
    const answers = await Promise.all(
      [1, 2].map(() =>
        call('PATCH', `/api/v1/requests/${id}/messages/${ack.id}`, { occurredAt: '2025-02-05' }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const events = (await show(id)).events.filter(
      (e: { type: string }) => e.type === 'message-corrected',
    );
    expect(events).toHaveLength(1);
  });
});
