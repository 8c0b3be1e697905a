import {
  Direction,
  directionOf,
  fieldsOfKind,
  MessageKind,
  normaliseExemptions,
  RequestStatus,
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

/**
 * An entry of the menu. Its direction and the fields its kind carries (an outcome, exemptions,
 * a promised date) come from the domain's rules; `other` and `note` go either way, so their
 * entries say which. The authority's reference is asked for on what the authority sends.
 */
function entry(
  key: string,
  kind: MessageKind,
  label: string,
  more: { direction?: Direction; authorityReference?: boolean } = {},
): LogKind {
  const fields = fieldsOfKind(kind);
  return {
    key,
    direction: more.direction ?? directionOf(kind)!,
    kind,
    label,
    ...(fields.outcomes && { outcomes: fields.outcomes }),
    ...(fields.exemptions && { exemptions: true }),
    ...(fields.extendedTo && { extendedTo: true }),
    ...(more.authorityReference && { authorityReference: true }),
  };
}

const THEIRS = { authorityReference: true };

export const LOG_KINDS: readonly LogKind[] = [
  entry('acknowledgement', 'acknowledgement', 'Acknowledgement from the authority', THEIRS),
  entry(
    'clarification-request',
    'clarification-request',
    'The authority asked for clarification',
    THEIRS,
  ),
  entry('clarification', 'clarification', 'We sent the clarification'),
  entry('fee-notice', 'fee-notice', 'Fees notice from the authority', THEIRS),
  entry('fee-paid', 'fee-paid', 'We paid the fee'),
  entry('extension', 'extension', 'The authority extended the time', THEIRS),
  entry('response', 'response', 'Response from the authority', THEIRS),
  entry('internal-review-request', 'internal-review-request', 'We asked for an internal review'),
  entry(
    'internal-review-response',
    'internal-review-response',
    'Outcome of the internal review',
    THEIRS,
  ),
  entry('ico-complaint', 'ico-complaint', 'We complained to the Commissioner'),
  entry('ico-decision', 'ico-decision', "The Commissioner's decision"),
  entry('chaser', 'chaser', 'We sent a chaser'),
  entry('incoming-other', 'other', 'Another message from the authority', {
    direction: 'incoming',
    ...THEIRS,
  }),
  entry('outgoing-other', 'other', 'Another message we sent', { direction: 'outgoing' }),
  entry('note', 'note', 'A note for the file', { direction: 'outgoing' }),
];

/** The messages likeliest next in each state, likeliest first: the menu starts with them. */
export const LIKELY_NEXT: Partial<Record<RequestStatus, readonly string[]>> = {
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
