import {
  Direction,
  MessageKind,
  normaliseExemptions,
  RequestStatus,
  RESPONSE_OUTCOMES,
  REVIEW_OUTCOMES,
} from '@app/domain';
import type { TemplateKind } from '@app/templates';

/** One entry of the "log a message" menu, and the fields its form shows. */
export interface LogKind {
  key: string;
  direction: Direction;
  kind: MessageKind;
  label: string;
  outcomes?: readonly string[];
  exemptions?: boolean;
  extendedTo?: boolean;
  authorityReference?: boolean;
}

export const LOG_KINDS: readonly LogKind[] = [
  {
    key: 'acknowledgement',
    direction: 'incoming',
    kind: 'acknowledgement',
    label: 'Acknowledgement from the authority',
    authorityReference: true,
  },
  {
    key: 'clarification-request',
    direction: 'incoming',
    kind: 'clarification-request',
    label: 'The authority asked for clarification',
    authorityReference: true,
  },
  {
    key: 'clarification',
    direction: 'outgoing',
    kind: 'clarification',
    label: 'We sent the clarification',
  },
  {
    key: 'fee-notice',
    direction: 'incoming',
    kind: 'fee-notice',
    label: 'Fees notice from the authority',
    authorityReference: true,
  },
  { key: 'fee-paid', direction: 'outgoing', kind: 'fee-paid', label: 'We paid the fee' },
  {
    key: 'extension',
    direction: 'incoming',
    kind: 'extension',
    label: 'The authority extended the time',
    extendedTo: true,
    authorityReference: true,
  },
  {
    key: 'response',
    direction: 'incoming',
    kind: 'response',
    label: 'Response from the authority',
    outcomes: RESPONSE_OUTCOMES,
    exemptions: true,
    authorityReference: true,
  },
  {
    key: 'internal-review-request',
    direction: 'outgoing',
    kind: 'internal-review-request',
    label: 'We asked for an internal review',
  },
  {
    key: 'internal-review-response',
    direction: 'incoming',
    kind: 'internal-review-response',
    label: 'Outcome of the internal review',
    outcomes: REVIEW_OUTCOMES,
    exemptions: true,
    authorityReference: true,
  },
  {
    key: 'ico-complaint',
    direction: 'outgoing',
    kind: 'ico-complaint',
    label: 'We complained to the Commissioner',
  },
  {
    key: 'ico-decision',
    direction: 'incoming',
    kind: 'ico-decision',
    label: "The Commissioner's decision",
  },
  { key: 'chaser', direction: 'outgoing', kind: 'chaser', label: 'We sent a chaser' },
  {
    key: 'incoming-other',
    direction: 'incoming',
    kind: 'other',
    label: 'Another message from the authority',
    authorityReference: true,
  },
  { key: 'outgoing-other', direction: 'outgoing', kind: 'other', label: 'Another message we sent' },
  { key: 'note', direction: 'outgoing', kind: 'note', label: 'A note for the file' },
];

/** The messages likeliest next in each state, likeliest first: the menu starts with them. */
const LIKELY_NEXT: Partial<Record<RequestStatus, readonly string[]>> = {
  'awaiting-response': [
    'acknowledgement',
    'response',
    'extension',
    'clarification-request',
    'fee-notice',
    'chaser',
  ],
  'awaiting-clarification': ['clarification', 'incoming-other'],
  'awaiting-fee': ['fee-paid', 'incoming-other'],
  extended: ['response', 'chaser'],
  responded: ['internal-review-request', 'ico-complaint'],
  'internal-review': ['internal-review-response', 'chaser'],
  'review-responded': ['ico-complaint'],
  'ico-complaint': ['ico-decision'],
};

/** The "log a message" menu for a request in this state: the likeliest messages first. */
export function logKindsFor(status: RequestStatus): readonly LogKind[] {
  const likely = LIKELY_NEXT[status] ?? [];
  const rank = (k: LogKind) => {
    const i = likely.indexOf(k.key);
    return i === -1 ? likely.length : i;
  };
  return [...LOG_KINDS].sort((a, b) => rank(a) - rank(b));
}

/**
 * The follow-up letters that make sense in each state, likeliest first. None before the request
 * is sent (nothing to chase or complain about) or once it is closed or withdrawn. A review or a
 * complaint may also be about a failure to answer in time, so both are offered while waiting.
 */
const LETTERS_BY_STATUS: Partial<Record<RequestStatus, readonly TemplateKind[]>> = {
  'awaiting-response': ['chaser', 'internal-review', 'ico-complaint'],
  'awaiting-clarification': ['clarification'],
  'awaiting-fee': [],
  extended: ['chaser', 'internal-review', 'ico-complaint'],
  responded: ['internal-review', 'ico-complaint'],
  'internal-review': ['chaser', 'ico-complaint'],
  'review-responded': ['ico-complaint'],
};

export function letterKindsFor(status: RequestStatus): readonly TemplateKind[] {
  return LETTERS_BY_STATUS[status] ?? [];
}

export function logKind(key: string | undefined): LogKind | undefined {
  return LOG_KINDS.find((k) => k.key === key);
}

/** The message a follow-up letter is logged as once it has gone. */
export const MESSAGE_KIND_OF_LETTER: Partial<Record<TemplateKind, MessageKind>> = {
  chaser: 'chaser',
  clarification: 'clarification',
  'internal-review': 'internal-review-request',
  'ico-complaint': 'ico-complaint',
};

/** "s43(2), s41", "section 43(2); reg. 12(5)(e)" or one a line: the API's list, normalised. */
export function parseExemptions(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const list = normaliseExemptions([text]);
  return list.length > 0 ? list : undefined;
}
