import { Nation } from '../calendar/holiday';
import { Regime } from './regimes';

/** Clock events a person can name (the calculator CLI and API accept exactly these). */
export const CLOCK_EVENT_KINDS = [
  'clarification-requested',
  'clarification-received',
  'fee-notice',
  'fee-paid',
  'extension',
  'response',
  'internal-review-requested',
  'internal-review-response',
  'identity-requested',
  'identity-received',
] as const;
export type NamedClockEventKind = (typeof CLOCK_EVENT_KINDS)[number];

/** `closed` is recorded by the tracker itself when a request is withdrawn or finished. */
export type ClockEventKind = NamedClockEventKind | 'closed';

export function isClockEventKind(value: string): value is NamedClockEventKind {
  return (CLOCK_EVENT_KINDS as readonly string[]).includes(value);
}

export interface ClockEvent {
  kind: ClockEventKind;
  /** A date or an ISO timestamp; its Europe/London date is what counts. */
  on: string;
  /** For `extension`: the date the authority said it will answer by. */
  until?: string;
  /** Shown in the explanation, e.g. "message #12". */
  label?: string;
}

export interface RequestHistory {
  regime: Regime;
  /** Date of receipt: a date or an ISO timestamp. */
  receivedAt: string;
  /** The authority's (or SAR controller's) nation; England when absent. */
  nation?: Nation;
  events?: readonly ClockEvent[];
}

export type ReceiptRule = 'ico' | 'next-working-day';

export interface DeadlineOptions {
  /** `YYYY-MM-DD` in Europe/London; the state and day counts are as of this date. */
  today: string;
  /** `ico` (default): a non-working day of receipt is still day 0. */
  receiptRule?: ReceiptRule;
  /** A clock with this many working days or fewer left is `due-soon` (default 5). */
  dueSoonWorkingDays?: number;
  /** Build the explanation lines (default true); the hot path of a bulk recompute may skip them. */
  explain?: boolean;
}

export const DEADLINE_STATES = [
  'not-started',
  'on-time',
  'due-soon',
  'due-today',
  'overdue',
  'long-overdue',
  'paused',
  'met',
  'closed',
] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Which stage's date is the one that matters now (RULES.md "The headline deadline"). */
export const HEADLINE_STAGES = ['response', 'review-request', 'review', 'complaint'] as const;
export type HeadlineStage = (typeof HEADLINE_STAGES)[number];

/**
 * The one date a person sees for a request wherever they look. `date` is null only while the
 * response clock is stopped (a clarification or fee awaited). The day counts belong to this
 * stage's clock: they are null where the stage is not counted in working days of a clock
 * (the windows to ask for a review or to complain).
 */
export interface HeadlineDeadline {
  stage: HeadlineStage;
  date: string | null;
  label: string;
  workingDaysElapsed: number | null;
  workingDaysRemaining: number | null;
}

export interface DeadlineView {
  dueDate: string | null;
  originalDueDate: string | null;
  longStopDate: string | null;
  reviewRequestBy: string | null;
  reviewDueDate: string | null;
  reviewLongStopDate: string | null;
  complaintBy: string | null;
  state: DeadlineState;
  workingDaysElapsed: number | null;
  workingDaysRemaining: number | null;
  explanation: string[];
  /** The date that matters now for the request's stage; null when closed or withdrawn. */
  headline: HeadlineDeadline | null;
  /**
   * The authority's stated extension date is later than the long stop (FOIA: the ICO's 40
   * working days in all; EIR: reg 7(1)'s legal maximum). The due date is still that date.
   */
  extensionBeyondGuidance: boolean;
}

/** Which clock event a DeadlineInputError is about, and what to say about it alone. */
export interface EventFault {
  /** Its place in the events given (`events[index]`). */
  index: number;
  /** The part of it that is wrong: its kind (where it falls), its date, or an extension's date. */
  part: 'kind' | 'on' | 'until';
  /** What to say about it where the caller names the event its own way (beside a date field). */
  reason: string;
}

/**
 * Bad input to the engine; `field` names what was wrong, e.g. `events[1].on`. An error about
 * one event says which in `event`, so a caller that made the events (from messages, from a query)
 * can name its own field without reading the message.
 */
export class DeadlineInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly event?: EventFault,
  ) {
    super(message);
    this.name = 'DeadlineInputError';
  }

  /** An error about event `index`: field `events[index].part`, message `events[index]: reason`. */
  static ofEvent(index: number, part: EventFault['part'], reason: string): DeadlineInputError {
    return new DeadlineInputError(`events[${index}].${part}`, `events[${index}]: ${reason}`, {
      index,
      part,
      reason,
    });
  }
}
