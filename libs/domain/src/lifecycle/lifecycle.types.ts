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

/** A message that makes no sense where it falls in the history; `reason` is one sentence. */
export class LifecycleConflict extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'LifecycleConflict';
  }
}

/** A message that is wrong whatever the history (a response without an outcome): bad input. */
export class InvalidMessageError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'InvalidMessageError';
  }
}
