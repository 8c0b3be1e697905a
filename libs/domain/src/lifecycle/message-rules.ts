import { formatIsoDate } from '../dates/calendar-date';
import { londonDateOf, toLondonDay } from '../dates/london-date';
import { inDateOrder } from './apply-message';
import {
  InvalidMessageError,
  LifecycleConflict,
  LifecycleMessage,
  MessageKind,
  Outcome,
  RESPONSE_OUTCOMES,
  REVIEW_OUTCOMES,
} from './lifecycle.types';

/** What a kind of message carries besides its date; the dashboard's forms show these fields. */
export interface KindFields {
  /** The outcomes it may have (it must have one), or null when it has none. */
  outcomes: readonly Outcome[] | null;
  exemptions: boolean;
  extendedTo: boolean;
}

const PLAIN: KindFields = { outcomes: null, exemptions: false, extendedTo: false };

/** The answers carry an outcome and the exemptions cited; an extension, the date promised. */
const FIELDS_OF_KIND: Partial<Record<MessageKind, KindFields>> = {
  response: { outcomes: RESPONSE_OUTCOMES, exemptions: true, extendedTo: false },
  'internal-review-response': { outcomes: REVIEW_OUTCOMES, exemptions: true, extendedTo: false },
  extension: { outcomes: null, exemptions: false, extendedTo: true },
};

export function fieldsOfKind(kind: MessageKind): KindFields {
  return FIELDS_OF_KIND[kind] ?? PLAIN;
}

/** A response or an internal review's response: the messages with an outcome. */
export function isAnswer(kind: MessageKind): boolean {
  return fieldsOfKind(kind).outcomes !== null;
}

/** The fields a message may carry only for some kinds, with why another kind cannot. */
const ONLY_FOR_SOME_KINDS = {
  outcome: 'outcome belongs to a response or an internal-review response only',
  exemptions: 'exemptions belong to a response or an internal-review response only',
  extendedTo: 'extendedTo belongs to an extension only',
} as const;

export type KindBoundField = keyof typeof ONLY_FOR_SOME_KINDS;

/** The first of `given` (checked in that order) that a `kind` message cannot carry: bad input. */
export function refuseFieldsNotOfKind(kind: MessageKind, given: readonly KindBoundField[]): void {
  const fields = fieldsOfKind(kind);
  const carries = { outcome: fields.outcomes !== null, ...fields };
  const wrong = given.find((field) => !carries[field]);
  if (wrong) throw new InvalidMessageError(wrong, ONLY_FOR_SOME_KINDS[wrong]);
}

/** The sentence for a message logged or corrected as the request itself. */
export const LOGGED_BY_SENDING =
  'the request itself is logged by sending it: POST /api/v1/requests/:id/send';

/** Nothing is dated after tomorrow in London (tomorrow: a message from abroad, or a late night). */
export function refuseFuture(field: string, value: string, today: string): void {
  if (toLondonDay(value) > toLondonDay(today) + 1)
    throw new InvalidMessageError(field, `${field} ${value} is in the future`);
}

/** A withdrawn request takes nothing more from or to the authority. */
export function refuseIfWithdrawn(withdrawnAt: Date | null, what: string, field: string): void {
  if (withdrawnAt !== null) {
    throw new LifecycleConflict(
      field,
      `the request was withdrawn: nothing more can be ${what} on it`,
    );
  }
}

/** What the rules need to know of the request's send. */
export interface SentFacts {
  sentAt: Date | null;
  /** The date of receipt: set once the request is sent. */
  receivedOn: string | null;
}

/** The London date the request was sent (its receipt may be later, for post). */
function sentDateOf(request: SentFacts): string {
  return request.sentAt ? londonDateOf(request.sentAt) : request.receivedOn!;
}

/** A new message from or to the authority cannot come before the request was sent. */
export function refuseBeforeSent(request: SentFacts, message: LifecycleMessage): void {
  if (!request.receivedOn || message.kind === 'note') return;
  const sent = sentDateOf(request);
  if (toLondonDay(message.occurredAt) < toLondonDay(sent)) {
    throw new LifecycleConflict(
      'occurredAt',
      `${message.occurredAt} is before the request was sent (${sent}): nothing from or to the authority can come first`,
    );
  }
}

/**
 * Nothing from or to the authority can come before the request was sent (notes may: they are
 * the officers' own); the check logging a message makes, over a whole corrected history.
 */
export function refuseBeforeSend(history: readonly LifecycleMessage[]): void {
  const sent = history.find((m) => m.kind === 'request');
  if (!sent) return;
  const sentDay = toLondonDay(sent.occurredAt);
  const early = history.find((m) => m.kind !== 'note' && toLondonDay(m.occurredAt) < sentDay);
  if (early) {
    throw new LifecycleConflict(
      'occurredAt',
      `the ${early.kind} of ${early.occurredAt} would come before the request was sent (${formatIsoDate(sentDay)}): nothing from or to the authority can come first`,
    );
  }
}

/** The authority, as far as its references go. */
export interface ReferenceOwner {
  name: string;
  /** The pattern its references follow, as an admin set it; null when it has none. */
  referencePattern: string | null;
}

/**
 * A reference that does not look like the authority's own is refused (a typo, most likely).
 * `matches` runs the pattern (the tracker runs it on RE2, so no pattern can freeze it).
 */
export function refuseUnlikeReference(
  authority: ReferenceOwner,
  reference: string | null | undefined,
  matches: (pattern: string, reference: string) => boolean,
): void {
  const pattern = authority.referencePattern;
  if (reference && pattern && !matches(pattern, reference)) {
    throw new InvalidMessageError(
      'authorityReference',
      `"${reference}" does not look like ${authority.name}'s references (${pattern})`,
    );
  }
}

/**
 * What the request row says of its answer: the outcome of the latest answer (a review's, once
 * reviewed), and the exemptions the latest response cited.
 */
export function latestOutcome(history: readonly LifecycleMessage[]): {
  outcome: Outcome | null;
  exemptions: string[] | null;
} {
  const answers = inDateOrder(history).filter((m) => isAnswer(m.kind));
  const last = answers[answers.length - 1];
  const response = [...answers].reverse().find((m) => m.kind === 'response');
  return {
    outcome: last?.outcome ?? null,
    exemptions: response?.exemptions ? [...response.exemptions] : null,
  };
}
