import type { MessageKind, Outcome } from '../lifecycle/lifecycle.types';

/** The kinds of message an email from an authority can be suggested as. */
export const SUGGESTED_KINDS = [
  'acknowledgement',
  'clarification-request',
  'fee-notice',
  'extension',
  'response',
  'internal-review-response',
  'other',
] as const satisfies readonly MessageKind[];
export type SuggestedKind = (typeof SUGGESTED_KINDS)[number];

/** What the classifier reads of an email: its subject and its plain-text body, already decoded. */
export interface InboundEmailText {
  subject: string;
  text: string;
}

/**
 * What the tracker suggests an email is. An officer confirms or corrects it; nothing here moves
 * the clock. `reasons` are short quotes of the phrases that led to each part of the suggestion.
 */
export interface ClassificationSuggestion {
  kind: SuggestedKind;
  /** For a response or an internal-review response; null when the email does not say. */
  outcome: Outcome | null;
  /** Exemptions cited by a response or an internal-review response, normalised (`s43(2)`). */
  exemptions: string[];
  /** For an extension: the date (YYYY-MM-DD) the authority now says it will answer by. */
  extendedTo: string | null;
  /** The authority's own reference for the request, as the email gives it. */
  authorityReference: string | null;
  reasons: string[];
}

/** Mail headers by lower-cased name, each with every value it was given. */
export type HeaderMap = Readonly<Record<string, readonly string[] | undefined>>;

export interface AutoReplySignals {
  isAutoReply: boolean;
  /** Each signal found, e.g. `Auto-Submitted: auto-replied`. */
  reasons: string[];
}

export interface BounceSignals {
  isBounce: boolean;
  /** The address that could not be reached, when the report or headers name it. */
  recipient: string | null;
  /** The enhanced status code of the failure (`5.1.1`), when a delivery-status part gives it. */
  status: string | null;
  /** The receiving server's words (`smtp; 550 5.1.1 User unknown`), when given. */
  diagnostic: string | null;
  reasons: string[];
}
