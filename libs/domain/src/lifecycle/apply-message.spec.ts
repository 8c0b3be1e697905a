import { applyMessage, directionOf, replayStatus } from './apply-message';
import { clockEventsOf } from './clock-events-of';
import {
  InvalidMessageError,
  LifecycleConflict,
  LifecycleMessage,
  RequestStatus,
} from './lifecycle.types';

const m = (
  direction: LifecycleMessage['direction'],
  kind: LifecycleMessage['kind'],
  occurredAt = '2025-03-03',
  extra: Partial<LifecycleMessage> = {},
): LifecycleMessage => ({ direction, kind, occurredAt, ...extra });

describe('applyMessage', () => {
  it.each<[string, RequestStatus, LifecycleMessage, RequestStatus]>([
    ['sending a draft starts the clock', 'draft', m('outgoing', 'request'), 'awaiting-response'],
    [
      'an acknowledgement changes nothing',
      'awaiting-response',
      m('incoming', 'acknowledgement'),
      'awaiting-response',
    ],
    [
      'a clarification request stops the clock',
      'awaiting-response',
      m('incoming', 'clarification-request'),
      'awaiting-clarification',
    ],
    [
      'our clarification restarts it',
      'awaiting-clarification',
      m('outgoing', 'clarification'),
      'awaiting-response',
    ],
    ['a fees notice pauses it', 'extended', m('incoming', 'fee-notice'), 'awaiting-fee'],
    ['paying resumes it', 'awaiting-fee', m('outgoing', 'fee-paid'), 'awaiting-response'],
    ['an extension', 'awaiting-response', m('incoming', 'extension'), 'extended'],
    [
      'a refusal after an extension',
      'extended',
      m('incoming', 'response', undefined, { outcome: 'refused' }),
      'responded',
    ],
    [
      'a review of a response',
      'responded',
      m('outgoing', 'internal-review-request'),
      'internal-review',
    ],
    [
      'a review of a missed deadline',
      'awaiting-response',
      m('outgoing', 'internal-review-request'),
      'internal-review',
    ],
    [
      'the review answered',
      'internal-review',
      m('incoming', 'internal-review-response', undefined, { outcome: 'upheld' }),
      'review-responded',
    ],
    [
      'a complaint to the regulator',
      'review-responded',
      m('outgoing', 'ico-complaint'),
      'ico-complaint',
    ],
    ['the regulator decides', 'ico-complaint', m('incoming', 'ico-decision'), 'closed'],
    ['a chaser changes nothing', 'extended', m('outgoing', 'chaser'), 'extended'],
    ['a note on a draft', 'draft', m('outgoing', 'note'), 'draft'],
  ])('%s', (_, from, message, to) => {
    expect(applyMessage(from, message)).toBe(to);
  });

  it.each<[string, RequestStatus, LifecycleMessage, string, RegExp]>([
    [
      'a response to a draft',
      'draft',
      m('incoming', 'response', undefined, { outcome: 'refused' }),
      'kind',
      /while the request is a draft/,
    ],
    [
      'a fee payment with no notice',
      'awaiting-response',
      m('outgoing', 'fee-paid'),
      'kind',
      /no fees notice/,
    ],
    [
      'a response without an outcome',
      'awaiting-response',
      m('incoming', 'response'),
      'outcome',
      /Choose the outcome of the response/,
    ],
    [
      'a review outcome on a response',
      'awaiting-response',
      m('incoming', 'response', undefined, { outcome: 'upheld' }),
      'outcome',
      /Choose the outcome of the response/,
    ],
    [
      'an incoming clarification',
      'awaiting-clarification',
      m('incoming', 'clarification'),
      'direction',
      /outgoing, not incoming/,
    ],
    ['a second send', 'awaiting-response', m('outgoing', 'request'), 'kind', /sent once/],
    [
      'chasing a withdrawn request',
      'withdrawn',
      m('outgoing', 'chaser'),
      'kind',
      /while the request is withdrawn/,
    ],
  ])('refuses %s', (_, from, message, field, reason) => {
    let error: unknown;
    try {
      applyMessage(from, message);
    } catch (e) {
      error = e;
    }
    // Wrong in itself is bad input; wrong for the status is a conflict with the history.
    const expected =
      field === 'outcome' || field === 'direction' ? InvalidMessageError : LifecycleConflict;
    expect(error).toBeInstanceOf(expected);
    expect((error as LifecycleConflict).field).toBe(field);
    expect((error as LifecycleConflict).reason).toMatch(reason);
  });
});

describe('replayStatus and clockEventsOf', () => {
  const history = [
    m('outgoing', 'request', '2025-02-03T10:00:00Z'),
    m('incoming', 'response', '2025-03-20', { outcome: 'refused' }),
    // Logged late, but it happened before the response.
    m('incoming', 'clarification-request', '2025-02-05'),
    m('outgoing', 'clarification', '2025-03-07'),
  ];

  it('replays a late-logged message where it happened', () => {
    expect(replayStatus(history)).toBe('responded');
  });

  it('refuses a history whose order makes no sense', () => {
    expect(() =>
      replayStatus([
        m('outgoing', 'request', '2025-02-03'),
        m('outgoing', 'clarification', '2025-02-04'),
      ]),
    ).toThrow(LifecycleConflict);
  });

  it('a message on the same day as the send comes after it', () => {
    expect(
      replayStatus([
        m('outgoing', 'request', '2025-02-03T16:00:00Z'),
        m('incoming', 'acknowledgement', '2025-02-03'),
      ]),
    ).toBe('awaiting-response');
  });

  it('withdrawal ends an open request', () => {
    expect(replayStatus(history.slice(0, 1), true)).toBe('withdrawn');
  });

  it('turns messages into clock events in date order', () => {
    expect(clockEventsOf(history).map((e) => `${e.kind}@${e.on}`)).toEqual([
      'clarification-requested@2025-02-05',
      'clarification-received@2025-03-07',
      'response@2025-03-20',
    ]);
    expect(
      clockEventsOf([m('incoming', 'extension', '2025-03-01', { extendedTo: '2025-04-01' })]),
    ).toEqual([{ kind: 'extension', on: '2025-03-01', until: '2025-04-01' }]);
  });
});

describe('directionOf', () => {
  it.each<[string, LifecycleMessage['kind'], LifecycleMessage['direction'] | null]>([
    ['a response comes from the authority', 'response', 'incoming'],
    ['an extension comes from the authority', 'extension', 'incoming'],
    ['a clarification is ours', 'clarification', 'outgoing'],
    ['the request is ours', 'request', 'outgoing'],
    ['a note goes either way', 'note', null],
    ['another message goes either way', 'other', null],
  ])('%s', (_, kind, direction) => {
    expect(directionOf(kind)).toBe(direction);
  });
});
