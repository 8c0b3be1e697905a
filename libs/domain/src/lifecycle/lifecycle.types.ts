export const REQUEST_STATUSES = [
  'draft',
  'awaiting-response',
  'awaiting-clarification',
  'awaiting-fee',
  'extended',
  'responded',
  'internal-review',
  'review-responded',
  'ico-complaint',
  'closed',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Waiting on the authority or on us: what the Outstanding list shows. */
export const OUTSTANDING_STATUSES: readonly RequestStatus[] = [
  'awaiting-response',
  'awaiting-clarification',
  'awaiting-fee',
  'extended',
  'internal-review',
  'ico-complaint',
];

/** How a request was sent: by post it is received later (see postalReceiptDate). */
export const SEND_METHODS = ['email', 'post', 'web-form', 'in-person'] as const;
export type SendMethod = (typeof SEND_METHODS)[number];

export const DIRECTIONS = ['incoming', 'outgoing'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const MESSAGE_KINDS = [
  'request',
  'acknowledgement',
  'clarification-request',
  'clarification',
  'fee-notice',
  'fee-paid',
  'extension',
  'response',
  'internal-review-request',
  'internal-review-response',
  'ico-complaint',
  'ico-decision',
  'chaser',
  'other',
  'note',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const RESPONSE_OUTCOMES = [
  'information-provided',
  'partly-provided',
  'refused',
  'not-held',
  'neither-confirm-nor-deny',
] as const;
export const REVIEW_OUTCOMES = ['upheld', 'partly-overturned', 'overturned'] as const;
export type ResponseOutcome = (typeof RESPONSE_OUTCOMES)[number];
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export type Outcome = ResponseOutcome | ReviewOutcome;

/** What the lifecycle needs of a message: the rest (subject, body…) is the tracker's business. */
export interface LifecycleMessage {
  direction: Direction;
  kind: MessageKind;
  /** ISO instant (or date): when it happened, which may be long before it was logged. */
  occurredAt: string;
  outcome?: Outcome | null;
  exemptions?: readonly string[] | null;
  /** For an extension: the date the authority says it will answer by. */
  extendedTo?: string | null;
}

/** How a refusal is answered: bad input, nothing there, or not now (400, 404, 409 in the API). */
export type RefusalKind = 'invalid' | 'not-found' | 'conflict';

/**
 * A change the rules refuse. `reason` is one sentence for the person; `field` names the field it
 * is about (null: the change as a whole), and `fieldReason` is what to say beside that field.
 * The API maps these fields to its answer; nothing has to read the sentence to know where it goes.
 */
export abstract class ChangeRefusal extends Error {
  abstract readonly kind: RefusalKind;

  constructor(
    readonly field: string | null,
    readonly reason: string,
    readonly fieldReason: string = reason,
  ) {
    super(reason);
  }
}

/** A message that makes no sense where it falls in the history; `reason` is one sentence. */
export class LifecycleConflict extends ChangeRefusal {
  readonly kind = 'conflict';
  override readonly name = 'LifecycleConflict';
}

/** A message that is wrong whatever the history (a response without an outcome): bad input. */
export class InvalidMessageError extends ChangeRefusal {
  readonly kind = 'invalid';
  override readonly name = 'InvalidMessageError';
}

/** A change names a message that is not in this request's history. */
export class UnknownMessageError extends ChangeRefusal {
  readonly kind = 'not-found';
  override readonly name = 'UnknownMessageError';

  constructor(readonly messageId: number) {
    super('messageId', `message ${messageId} does not exist`, `no message with id ${messageId}`);
  }
}
