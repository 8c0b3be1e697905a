import { toLondonDay } from '../dates/london-date';
import {
  Direction,
  InvalidMessageError,
  LifecycleConflict,
  LifecycleMessage,
  MessageKind,
  RequestStatus,
  RESPONSE_OUTCOMES,
  REVIEW_OUTCOMES,
} from './lifecycle.types';

interface Move {
  direction: Direction;
  /** Statuses it may arrive in; `any-open` is every status but draft, closed and withdrawn. */
  from: readonly RequestStatus[] | 'any-open' | 'any';
  to: RequestStatus | null;
  why: string;
}

/** A status as an officer says it: "while the request is waiting for a response". */
const STATUS_WORDS: Record<RequestStatus, string> = {
  draft: 'a draft',
  'awaiting-response': 'waiting for a response',
  'awaiting-clarification': 'waiting for our clarification',
  'awaiting-fee': 'waiting for the fee to be paid',
  extended: 'extended',
  responded: 'answered',
  'internal-review': 'in internal review',
  'review-responded': 'answered after internal review',
  'ico-complaint': 'with the Commissioner',
  closed: 'closed',
  withdrawn: 'withdrawn',
};

/** A message kind as an officer says it. */
const KIND_WORDS: Partial<Record<MessageKind, string>> = {
  'fee-notice': 'fees notice',
  'fee-paid': 'fee payment',
  'ico-complaint': 'complaint to the Commissioner',
  'ico-decision': "Commissioner's decision",
};

function kindWords(kind: MessageKind): string {
  return KIND_WORDS[kind] ?? kind.replace(/-/g, ' ');
}

const AWAITING: readonly RequestStatus[] = ['awaiting-response', 'extended'];

/** The status table of the design, one row per message kind. */
const MOVES: Record<MessageKind, Move> = {
  request: {
    direction: 'outgoing',
    from: ['draft'],
    to: 'awaiting-response',
    why: 'a request is sent once, from a draft',
  },
  acknowledgement: {
    direction: 'incoming',
    from: 'any-open',
    to: null,
    why: 'only a sent request can be acknowledged',
  },
  'clarification-request': {
    direction: 'incoming',
    from: AWAITING,
    to: 'awaiting-clarification',
    why: 'the authority can only ask for clarification while the request awaits its answer',
  },
  clarification: {
    direction: 'outgoing',
    from: ['awaiting-clarification'],
    to: 'awaiting-response',
    why: 'a clarification answers a clarification request, and there is none open',
  },
  'fee-notice': {
    direction: 'incoming',
    from: AWAITING,
    to: 'awaiting-fee',
    why: 'a fees notice can only come while the request awaits its answer',
  },
  'fee-paid': {
    direction: 'outgoing',
    from: ['awaiting-fee'],
    to: 'awaiting-response',
    why: 'there is no fees notice to pay',
  },
  extension: {
    direction: 'incoming',
    from: ['awaiting-response'],
    to: 'extended',
    why: 'only a request awaiting its answer can be extended',
  },
  response: {
    direction: 'incoming',
    from: ['awaiting-response', 'extended', 'awaiting-clarification', 'awaiting-fee'],
    to: 'responded',
    why: 'a response answers a sent request that has not been answered yet',
  },
  'internal-review-request': {
    direction: 'outgoing',
    from: ['responded', 'awaiting-response', 'extended'],
    to: 'internal-review',
    why: 'an internal review is asked for after a response (or a missed deadline), once',
  },
  'internal-review-response': {
    direction: 'incoming',
    from: ['internal-review'],
    to: 'review-responded',
    why: 'there is no internal review open to answer',
  },
  'ico-complaint': {
    direction: 'outgoing',
    from: ['review-responded', 'internal-review'],
    to: 'ico-complaint',
    why: 'a complaint to the regulator follows an internal review',
  },
  'ico-decision': {
    direction: 'incoming',
    from: ['ico-complaint'],
    to: 'closed',
    why: 'there is no complaint with the regulator to decide',
  },
  chaser: {
    direction: 'outgoing',
    from: 'any-open',
    to: null,
    why: 'only a sent, open request can be chased',
  },
  other: { direction: 'incoming', from: 'any', to: null, why: '' },
  note: { direction: 'incoming', from: 'any', to: null, why: '' },
};

const FLEXIBLE_DIRECTION: ReadonlySet<MessageKind> = new Set(['other', 'note']);

function allowed(move: Move, status: RequestStatus): boolean {
  if (move.from === 'any') return true;
  if (move.from === 'any-open')
    return status !== 'draft' && status !== 'closed' && status !== 'withdrawn';
  return move.from.includes(status);
}

/** Whether a message of this kind can follow a request in this status (the status table). */
export function canLog(status: RequestStatus, kind: MessageKind): boolean {
  return allowed(MOVES[kind], status);
}

/**
 * The direction a kind of message always has (a response comes from the authority), or null for
 * `other` and `note`, which go either way: what a corrected kind takes its direction from.
 */
export function directionOf(kind: MessageKind): Direction | null {
  return FLEXIBLE_DIRECTION.has(kind) ? null : MOVES[kind].direction;
}

/**
 * The status after one message. A message wrong in itself (no outcome, wrong direction) is an
 * InvalidMessageError; one that cannot follow this status is a LifecycleConflict saying why.
 */
export function applyMessage(status: RequestStatus, message: LifecycleMessage): RequestStatus {
  const move = MOVES[message.kind];
  if (!move)
    throw new InvalidMessageError('kind', `"${String(message.kind)}" is not a message kind`);
  if (!FLEXIBLE_DIRECTION.has(message.kind) && message.direction !== move.direction) {
    throw new InvalidMessageError(
      'direction',
      `a ${message.kind} message is ${move.direction}, not ${message.direction}`,
    );
  }
  if (
    message.kind === 'response' &&
    !(RESPONSE_OUTCOMES as readonly string[]).includes(message.outcome ?? '')
  ) {
    throw new InvalidMessageError('outcome', 'Choose the outcome of the response');
  }
  if (
    message.kind === 'internal-review-response' &&
    !(REVIEW_OUTCOMES as readonly string[]).includes(message.outcome ?? '')
  ) {
    throw new InvalidMessageError('outcome', 'Choose the outcome of the internal review');
  }
  if (!allowed(move, status)) {
    const words = kindWords(message.kind);
    const article = /^[aeiou]/.test(words) ? 'An' : 'A';
    throw new LifecycleConflict(
      'kind',
      `${article} ${words} cannot be logged while the request is ${STATUS_WORDS[status]}: ${move.why}.`,
    );
  }
  return move.to ?? status;
}

/**
 * Messages in the order they happened: by their London date, and on one date in the order given
 * (the order they were logged), since people log "the 3rd" without a time.
 */
export function inDateOrder<T extends LifecycleMessage>(messages: readonly T[]): T[] {
  return messages
    .map((message, i) => ({ message, day: toLondonDay(message.occurredAt), i }))
    .sort((a, b) => a.day - b.day || a.i - b.i)
    .map((x) => x.message);
}

/**
 * The status a whole history leads to, replayed in date order, so a message logged late lands
 * where it happened. Throws at the first message that cannot follow.
 */
export function replayStatus(
  messages: readonly LifecycleMessage[],
  withdrawn = false,
): RequestStatus {
  const ordered = inDateOrder(messages);
  let status: RequestStatus = 'draft';
  for (const message of ordered) status = applyMessage(status, message);
  if (withdrawn) return status === 'closed' ? status : 'withdrawn';
  return status;
}
