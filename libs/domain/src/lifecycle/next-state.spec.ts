import { createWorkingDayCalendar } from '@app/holidays';
import { computeDeadlines } from '../deadlines/compute-deadlines';
import { DeadlineInputError } from '../deadlines/deadline.types';
import {
  ChangeRefusal,
  InvalidMessageError,
  LifecycleConflict,
  UnknownMessageError,
} from './lifecycle.types';
import { nextState, refuseBadInput } from './next-state';
import {
  ChangeContext,
  NewMessage,
  NextState,
  RequestChange,
  RequestFacts,
  StoredMessage,
} from './request-change.types';

const calendar = createWorkingDayCalendar();

type RefusalClass = abstract new (...args: never[]) => ChangeRefusal;

/** Mon 10 Feb 2025, 09:00 in London. */
const context: ChangeContext = {
  calendar,
  now: new Date('2025-02-10T09:00:00Z'),
  today: '2025-02-10',
  auditAt: new Date('2025-02-10T09:00:05Z'),
  receiptRule: 'ico',
  reminderHour: 8,
  dueSoonWorkingDays: 5,
  matchesReference: (pattern, reference) => new RegExp(pattern).test(reference),
};

const DRAFT: RequestFacts = {
  regime: 'foia',
  status: 'draft',
  dueDate: null,
  outcome: null,
  subject: 'Due-diligence records',
  body: 'Please send the due-diligence records.',
  sentAt: null,
  sentVia: null,
  receivedOn: null,
  withdrawnAt: null,
  authority: { name: 'University of Example', nation: 'england', referencePattern: '^UE-\\d+$' },
};

const sendOn = (sentAt: string, method: 'email' | 'post' = 'email'): RequestChange => ({
  type: 'sent',
  method,
  sentAt,
  messageId: null,
});
const log = (kind: NewMessage['kind'], occurredAt: string, more: Partial<NewMessage> = {}) =>
  ({
    type: 'message-logged',
    message: {
      direction: kind === 'clarification' ? 'outgoing' : 'incoming',
      kind,
      occurredAt,
      ...more,
    },
  }) as RequestChange;

/** A request and its history after `next`, as the repository would store them. */
function stored(
  request: RequestFacts,
  history: readonly StoredMessage[],
  next: NextState,
): [RequestFacts, StoredMessage[]] {
  const row = next.row;
  const after: RequestFacts = { ...request, ...row, dueDate: row.dueDate };
  let messages = history
    .filter((m) => m.id !== next.removeMessageId)
    .map((m) => (m.id === next.correctMessage?.id ? { ...m, ...next.correctMessage.fields } : m));
  if (next.addMessage) {
    const { direction, kind, occurredAt } = next.addMessage;
    messages = [
      ...messages,
      {
        id: Math.max(0, ...history.map((m) => m.id)) + 1,
        direction,
        kind,
        occurredAt,
        outcome: next.addMessage.outcome ?? null,
        exemptions: next.addMessage.exemptions ?? null,
        extendedTo: next.addMessage.extendedTo ?? null,
        authorityReference: next.addMessage.authorityReference ?? null,
      },
    ];
  }
  return [after, messages];
}

/** Each change applied in turn to a draft; the last one's next state. */
function after(...changes: RequestChange[]): {
  next: NextState;
  request: RequestFacts;
  history: StoredMessage[];
} {
  let request = DRAFT;
  let history: StoredMessage[] = [];
  let next: NextState | undefined;
  for (const change of changes) {
    next = nextState(request, history, change, context);
    [request, history] = stored(request, history, next);
  }
  return { next: next!, request, history };
}

/** The open reminders, as `kind@date it goes out`. */
const pending = (next: NextState) =>
  next.reminders.filter((r) => r.status === 'pending').map((r) => `${r.kind}@${r.fireOn}`);

describe('nextState: one change, the whole history replayed', () => {
  it('sending a draft by email: received the same day, due 20 working days on, reminders planned', () => {
    const { next } = after(sendOn('2025-02-03'));
    expect(next.row).toMatchObject({
      status: 'awaiting-response',
      sentVia: 'email',
      receivedOn: '2025-02-03',
      dueDate: '2025-03-03',
      // Day 40 is Tue 1 Apr: St Patrick's Day (17 Mar) is a UK bank holiday under FOIA.
      longStopDate: '2025-04-01',
      clockEvents: [],
      outcome: null,
    });
    expect(next.row.sentAt?.toISOString()).toBe('2025-02-03T12:00:00.000Z');
    expect(next.addMessage).toMatchObject({
      direction: 'outgoing',
      kind: 'request',
      occurredAt: '2025-02-03',
      subject: DRAFT.subject,
    });
    expect(pending(next)).toEqual([
      'due-soon@2025-02-24',
      'due-today@2025-03-03',
      'overdue@2025-03-04',
      'long-overdue@2025-04-02',
    ]);
    expect(next.event).toEqual({
      type: 'sent',
      at: context.auditAt,
      before: { status: 'draft', dueDate: null, outcome: null },
      after: {
        status: 'awaiting-response',
        dueDate: '2025-03-03',
        outcome: null,
        kind: 'request',
        occurredAt: '2025-02-03',
      },
    });
  });

  it.each<[string, RequestChange[], Record<string, unknown>]>([
    [
      'sent by post on Fri 31 Jan: received on the second working day after',
      [sendOn('2025-01-31', 'post')],
      { status: 'awaiting-response', receivedOn: '2025-02-04', dueDate: '2025-03-04' },
    ],
    [
      'sent with the day of receipt given',
      [
        {
          type: 'sent',
          method: 'web-form',
          sentAt: '2025-02-03',
          receivedAt: '2025-02-05',
          messageId: null,
        },
      ],
      { receivedOn: '2025-02-05', dueDate: '2025-03-05' },
    ],
    [
      'an acknowledgement changes no date',
      [sendOn('2025-02-03'), log('acknowledgement', '2025-02-04')],
      { status: 'awaiting-response', dueDate: '2025-03-03', clockEvents: [] },
    ],
    [
      'a clarification request stops the clock: no date while it waits',
      [sendOn('2025-02-03'), log('clarification-request', '2025-02-05')],
      { status: 'awaiting-clarification', dueDate: null, longStopDate: null },
    ],
    [
      'our clarification starts it again from that day',
      [
        sendOn('2025-02-03'),
        log('clarification-request', '2025-02-05'),
        log('clarification', '2025-02-07'),
      ],
      { status: 'awaiting-response', dueDate: '2025-03-07' },
    ],
    [
      'an extension to a stated date: due then',
      [sendOn('2025-02-03'), log('extension', '2025-02-07', { extendedTo: '2025-03-20' })],
      { status: 'extended', dueDate: '2025-03-20' },
    ],
    [
      'a refusal: the outcome and the exemptions (in their one spelling) on the row; due: the last day to ask for a review',
      [
        sendOn('2025-02-03'),
        log('response', '2025-02-07', { outcome: 'refused', exemptions: ['section 43(2); s.41'] }),
      ],
      {
        status: 'responded',
        outcome: 'refused',
        exemptions: ['s43(2)', 's41'],
        dueDate: '2025-04-07',
      },
    ],
    [
      'withdrawn: the clock closes now',
      [sendOn('2025-02-03'), { type: 'withdrawn' }],
      {
        status: 'withdrawn',
        withdrawnAt: context.now,
        dueDate: null,
        clockEvents: [{ kind: 'closed', on: '2025-02-10T09:00:00.000Z' }],
      },
    ],
  ])('%s', (_, changes, row) => {
    expect(after(...changes).next.row).toMatchObject(row);
  });

  it('a message logged late lands where it happened', () => {
    const { next } = after(
      sendOn('2025-02-03'),
      log('response', '2025-02-07', { outcome: 'refused' }),
      // Logged after the response, but it came before it.
      log('clarification-request', '2025-02-05'),
    );
    expect(next.row.status).toBe('responded');
    expect(next.row.clockEvents.map((e) => e.kind)).toEqual([
      'clarification-requested',
      'response',
    ]);
  });

  it('correcting the sent date moves sentAt, the receipt, every date and the reminders', () => {
    const { next } = after(sendOn('2025-02-03'), {
      type: 'message-corrected',
      messageId: 1,
      correction: { occurredAt: '2025-02-05' },
    });
    expect(next.correctMessage).toEqual({
      id: 1,
      fields: expect.objectContaining({ kind: 'request', occurredAt: '2025-02-05' }),
    });
    expect(next.row).toMatchObject({ receivedOn: '2025-02-05', dueDate: '2025-03-05' });
    expect(next.event.before).toMatchObject({
      receivedOn: '2025-02-03',
      message: { id: 1, occurredAt: '2025-02-03' },
    });
    expect(next.event.after).toMatchObject({
      receivedOn: '2025-02-05',
      message: { id: 1, occurredAt: '2025-02-05' },
    });
    expect(pending(next)).toContain('due-today@2025-03-05');
  });

  it('correcting a kind drops what no longer belongs to it, and takes its direction', () => {
    const { next } = after(
      sendOn('2025-02-03'),
      log('response', '2025-02-07', { outcome: 'refused', exemptions: ['s43(2)'] }),
      {
        type: 'message-corrected',
        messageId: 2,
        correction: { kind: 'acknowledgement' },
      },
    );
    expect(next.correctMessage?.fields).toEqual({
      direction: 'incoming',
      kind: 'acknowledgement',
      occurredAt: '2025-02-07',
      outcome: null,
      exemptions: null,
      extendedTo: null,
      authorityReference: null,
    });
    expect(next.row).toMatchObject({
      status: 'awaiting-response',
      outcome: null,
      exemptions: null,
    });
  });

  it('removing a message replays the history without it', () => {
    const { next } = after(sendOn('2025-02-03'), log('clarification-request', '2025-02-05'), {
      type: 'message-removed',
      messageId: 2,
    });
    expect(next.removeMessageId).toBe(2);
    expect(next.row).toMatchObject({ status: 'awaiting-response', dueDate: '2025-03-03' });
    expect(next.event).toMatchObject({
      type: 'message-removed',
      before: {
        status: 'awaiting-clarification',
        message: { id: 2, kind: 'clarification-request' },
      },
      after: { status: 'awaiting-response', dueDate: '2025-03-03', outcome: null },
    });
  });

  it('a send undone: the letter leaves the history and the request is a draft again', () => {
    const { next } = after(sendOn('2025-02-03'), { type: 'send-undone', messageId: 1 });
    expect(next.removeMessageId).toBe(1);
    expect(next.row).toMatchObject({
      status: 'draft',
      sentAt: null,
      sentVia: null,
      receivedOn: null,
      dueDate: null,
    });
    expect(next.reminders).toEqual([]);
  });
});

describe('nextState refuses what the rules do not allow, naming the field', () => {
  const sent = () => after(sendOn('2025-02-03'));
  const refusal = (run: () => unknown): ChangeRefusal => {
    try {
      run();
    } catch (error) {
      if (error instanceof ChangeRefusal) return error;
      throw error;
    }
    throw new Error('nothing was refused');
  };
  const on =
    (change: RequestChange, changes: RequestChange[] = [sendOn('2025-02-03')]) =>
    () => {
      const { request, history } = after(...changes);
      return nextState(request, history, change, context);
    };

  it.each<[string, () => unknown, RefusalClass, string | null, RegExp]>([
    [
      'the request logged as a message',
      on(log('request', '2025-02-04')),
      LifecycleConflict,
      'kind',
      /logged by sending it/,
    ],
    [
      'an outcome on an acknowledgement',
      on(log('acknowledgement', '2025-02-04', { outcome: 'refused' })),
      InvalidMessageError,
      'outcome',
      /response or an internal-review response only/,
    ],
    [
      'exemptions on an extension',
      on(log('extension', '2025-02-04', { exemptions: ['s43'] })),
      InvalidMessageError,
      'exemptions',
      /belong to a response/,
    ],
    [
      'extendedTo on a response',
      on(log('response', '2025-02-04', { outcome: 'refused', extendedTo: '2025-03-20' })),
      InvalidMessageError,
      'extendedTo',
      /extension only/,
    ],
    [
      'a date after tomorrow',
      on(log('acknowledgement', '2025-02-12')),
      InvalidMessageError,
      'occurredAt',
      /2025-02-12 is in the future/,
    ],
    [
      'a message before the request was sent',
      on(log('acknowledgement', '2025-02-02')),
      LifecycleConflict,
      'occurredAt',
      /before the request was sent \(2025-02-03\)/,
    ],
    [
      'a message on a withdrawn request',
      on(log('acknowledgement', '2025-02-10'), [sendOn('2025-02-03'), { type: 'withdrawn' }]),
      LifecycleConflict,
      'kind',
      /withdrawn: nothing more can be logged/,
    ],
    [
      "a reference unlike the authority's",
      on(log('acknowledgement', '2025-02-04', { authorityReference: 'XX-1' })),
      InvalidMessageError,
      'authorityReference',
      /does not look like University of Example's references/,
    ],
    [
      'our clarification with none asked for',
      on(log('clarification', '2025-02-04')),
      LifecycleConflict,
      'kind',
      /cannot be logged while the request is waiting for a response/,
    ],
    // The engine refuses it; the refusal names the message's field, not the engine's event.
    [
      'an extension to a date before itself',
      on(log('extension', '2025-02-07', { extendedTo: '2025-02-06' })),
      InvalidMessageError,
      'extendedTo',
      /^the extension's date 2025-02-06 is not after the extension itself$/,
    ],
    [
      'a clock event before the date of receipt (by post)',
      on(log('clarification-request', '2025-02-03'), [sendOn('2025-01-31', 'post')]),
      InvalidMessageError,
      'occurredAt',
      /^clarification-requested on 2025-02-03 is before the date of receipt 2025-02-04$/,
    ],
    [
      'a correction with nothing in it',
      on({ type: 'message-corrected', messageId: 1, correction: {} }),
      InvalidMessageError,
      null,
      /nothing to correct/,
    ],
    [
      'a correction of a message not in the history',
      on({ type: 'message-corrected', messageId: 99, correction: { occurredAt: '2025-02-04' } }),
      UnknownMessageError,
      'messageId',
      /message 99 does not exist/,
    ],
    [
      'a correction that changes nothing',
      on({ type: 'message-corrected', messageId: 1, correction: { occurredAt: '2025-02-03' } }),
      LifecycleConflict,
      null,
      /already says this/,
    ],
    [
      'the sent request corrected into another kind',
      on({ type: 'message-corrected', messageId: 1, correction: { kind: 'chaser' } }),
      LifecycleConflict,
      'kind',
      /stays the request/,
    ],
    [
      'a correction putting a message before the send',
      on({ type: 'message-corrected', messageId: 2, correction: { occurredAt: '2025-02-01' } }, [
        sendOn('2025-02-03'),
        log('acknowledgement', '2025-02-04'),
      ]),
      LifecycleConflict,
      'occurredAt',
      /would come before the request was sent/,
    ],
    [
      'the sent request removed',
      on({ type: 'message-removed', messageId: 1 }),
      LifecycleConflict,
      'messageId',
      /cannot be removed/,
    ],
    ['a second send', on(sendOn('2025-02-04')), LifecycleConflict, 'kind', /sent once/],
    [
      'a day of receipt before the send',
      on(
        {
          type: 'sent',
          method: 'email',
          sentAt: '2025-02-03',
          receivedAt: '2025-02-01',
          messageId: null,
        },
        [],
      ),
      InvalidMessageError,
      'receivedAt',
      /before the request was sent/,
    ],
    [
      'a withdrawal of a withdrawn request',
      on({ type: 'withdrawn' }, [sendOn('2025-02-03'), { type: 'withdrawn' }]),
      LifecycleConflict,
      'status',
      /already withdrawn/,
    ],
  ])('%s', (_, run, kind, field, reason) => {
    const error = refusal(run);
    expect(error).toBeInstanceOf(kind);
    expect(error.field).toBe(field);
    expect(error.reason).toMatch(reason);
  });

  it('an unknown message says so beside messageId in its own words', () => {
    const error = refusal(on({ type: 'message-removed', messageId: 7 }));
    expect([error.kind, error.fieldReason]).toEqual(['not-found', 'no message with id 7']);
  });

  it('tomorrow is not the future (a message from abroad, a late night)', () => {
    expect(() => refuseBadInput(log('acknowledgement', '2025-02-11'), context.today)).not.toThrow();
    expect(sent().next.row.status).toBe('awaiting-response');
  });

  it('bad input is refused without the request: before anything is read', () => {
    expect(() => refuseBadInput(log('request', '2025-02-04'), context.today)).toThrow(
      LifecycleConflict,
    );
    expect(() =>
      refuseBadInput(
        { type: 'sent', method: 'post', sentAt: '2025-03-01', messageId: null },
        context.today,
      ),
    ).toThrow(/sentAt 2025-03-01 is in the future/);
  });
});

describe('DeadlineInputError says which event it is about', () => {
  const compute = (events: { kind: 'extension'; on: string; until?: string }[]) => () =>
    computeDeadlines({ regime: 'foia', receivedAt: '2025-02-03', events }, calendar, {
      today: '2025-02-10',
    });

  it.each<[string, () => unknown, string, { index: number; part: string; reason: string }]>([
    [
      "an extension's date before itself",
      compute([
        { kind: 'extension', on: '2025-02-05' },
        { kind: 'extension', on: '2025-02-07', until: '2025-02-06' },
      ]),
      "events[1]: the extension's date 2025-02-06 is not after the extension itself",
      {
        index: 1,
        part: 'until',
        reason: "the extension's date 2025-02-06 is not after the extension itself",
      },
    ],
    [
      'an event before the date of receipt',
      compute([{ kind: 'extension', on: '2025-02-01' }]),
      'events[0]: extension on 2025-02-01 is before the date of receipt 2025-02-03',
      {
        index: 0,
        part: 'on',
        reason: 'extension on 2025-02-01 is before the date of receipt 2025-02-03',
      },
    ],
    [
      'an event date that is no date',
      compute([{ kind: 'extension', on: '2025-02-30' }]),
      'events[0].on: "2025-02-30" is not a real date (expected YYYY-MM-DD)',
      {
        index: 0,
        part: 'on',
        reason: 'events[0].on: "2025-02-30" is not a real date (expected YYYY-MM-DD)',
      },
    ],
  ])('%s', (_, run, message, event) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeadlineInputError);
    expect((error as DeadlineInputError).message).toBe(message);
    expect((error as DeadlineInputError).event).toEqual(event);
  });
});
