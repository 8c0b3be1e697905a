import { DayNumber } from '../dates/calendar-date';
import { Nation } from '../calendar/holiday';
import type { ClockContext } from './compute-deadlines';
import { ClockEventKind, DeadlineInputError, RequestHistory } from './deadline.types';
import { day, plural } from './explain';

export interface SortedEvent {
  kind: ClockEventKind;
  on: DayNumber;
  until: DayNumber | null;
  index: number;
  label?: string;
}

export type PauseKind = 'clarification' | 'fee' | 'identity';

/** The state of a request's clocks after its history up to some event. */
export interface ClockState {
  nation: Nation;
  /** Day 0 of the running stretch of the clock. */
  start: DayNumber;
  /** Working days used before `start` (a fee pause keeps them; a restart clears them). */
  used: number;
  pause: { kind: PauseKind; since: DayNumber } | null;
  extension: { on: DayNumber; until: DayNumber | null } | null;
  response: DayNumber | null;
  reviewRequested: DayNumber | null;
  reviewAnswered: DayNumber | null;
  closed: DayNumber | null;
}

const PAUSE_OF: Partial<Record<ClockEventKind, PauseKind>> = {
  'clarification-requested': 'clarification',
  'identity-requested': 'identity',
  'fee-notice': 'fee',
};
const RESUME_OF: Partial<Record<ClockEventKind, PauseKind>> = {
  'clarification-received': 'clarification',
  'identity-received': 'identity',
  'fee-paid': 'fee',
};
const PAUSE_WORDS: Record<PauseKind, { asked: string; answered: string }> = {
  clarification: { asked: 'clarification-requested', answered: 'clarification-received' },
  identity: { asked: 'identity-requested', answered: 'identity-received' },
  fee: { asked: 'fee-notice', answered: 'fee-paid' },
};

/**
 * The day a clock starts from. Under the ICO reading a non-working day of receipt is still day 0;
 * the s.45 Code reading moves it to the next working day. SARs count from the day itself.
 */
function startDay(ctx: ClockContext, received: DayNumber, what: string): DayNumber {
  const { index, rules, explain, lines } = ctx;
  if (rules.limit === 'month' || ctx.receiptRule === 'ico' || index.isWorkingDay(received))
    return received;
  const next = index.nextWorkingDayFrom(received);
  if (explain) {
    lines.push(
      `${what} arrived on a non-working day; under the next-working-day rule it counts as received ${day(next)}.`,
    );
  }
  return next;
}

/** Working days used after the clock's day 0 and before `day` (none when `day` is day 0 itself). */
function workingDaysBefore(ctx: ClockContext, clock: ClockState, day: DayNumber): number {
  return day > clock.start ? ctx.index.countWorkingDays(clock.start, day - 1) : 0;
}

function restart(ctx: ClockContext, clock: ClockState, on: DayNumber, what: string): void {
  clock.start = startDay(ctx, on, what);
  clock.used = 0;
  clock.pause = null;
  clock.extension = null;
}

function pause(ctx: ClockContext, clock: ClockState, event: SortedEvent, kind: PauseKind): void {
  const { rules, explain, lines } = ctx;
  if (kind === 'identity' && rules.limit !== 'month') {
    throw DeadlineInputError.ofEvent(
      event.index,
      'kind',
      `${event.kind} applies only to subject access requests`,
    );
  }
  if (kind === 'fee' && rules.fee === 'none') {
    if (explain)
      lines.push(
        `Fees notice ${day(event.on)}: under ${rules.name} a charge does not stop the clock.`,
      );
    return;
  }
  if (clock.pause !== null) return; // already stopped; the earlier stop stands
  clock.pause = { kind, since: event.on };
  if (!explain) return;
  if (kind === 'fee' && rules.fee === 'pause') {
    const used = clock.used + workingDaysBefore(ctx, clock, event.on);
    lines.push(
      `Fees notice ${day(event.on)}: the clock pauses after ${plural(used, 'working day')} (${rules.name === 'FOIA' ? 's.9, s.10(2)' : 's.10(2)'}); the requester has three months to pay.`,
    );
  } else {
    lines.push(
      `${kind === 'fee' ? 'Fee requested' : kind === 'identity' ? 'Proof of identity requested' : 'Clarification requested'} ${day(event.on)}: the clock stops until the answer arrives, then starts again from scratch.`,
    );
  }
}

function resume(ctx: ClockContext, clock: ClockState, event: SortedEvent, kind: PauseKind): void {
  const { rules, explain, lines } = ctx;
  if (kind === 'fee' && rules.fee === 'none') return;
  const words = PAUSE_WORDS[kind];
  if (clock.pause?.kind !== kind) {
    throw DeadlineInputError.ofEvent(
      event.index,
      'kind',
      `${words.answered} on ${ctx.calendar.iso(event.on)} has no ${words.asked} before it`,
    );
  }
  if (kind === 'fee' && rules.fee === 'pause') {
    const since = clock.pause.since;
    clock.used += workingDaysBefore(ctx, clock, since);
    clock.start = event.on;
    clock.pause = null;
    if (explain) {
      lines.push(
        `Fee received ${day(event.on)}: working days from ${day(since)} to ${day(event.on)} inclusive are disregarded; counting resumes the next working day.`,
      );
    }
    return;
  }
  const what =
    kind === 'fee' ? 'The fee' : kind === 'identity' ? 'Proof of identity' : 'The clarification';
  if (explain)
    lines.push(
      `${what} arrived ${day(event.on)}: the clock starts again with that as the date of receipt.`,
    );
  restart(ctx, clock, event.on, what);
}

export function foldEvents(
  ctx: ClockContext,
  history: RequestHistory,
  received: DayNumber,
  events: readonly SortedEvent[],
): ClockState {
  const nation = history.nation ?? 'england';
  if (ctx.explain) {
    const { rules } = ctx;
    const stamp =
      history.receivedAt.length > 10
        ? ` (${history.receivedAt} is ${day(received)} in London)`
        : '';
    ctx.lines.push(
      `${rules.name}, ${nation}: ${rules.limit === 'month' ? 'one calendar month' : `${rules.limit} working days`} (${rules.limitSource}); non-working days are weekends and the bank holidays of ${rules.holidaySource === "the controller's own nation" ? "the controller's nation" : `${rules.scope(nation) === 'uk' ? 'every part of the UK' : 'Scotland'} (${rules.holidaySource})`}.`,
      `Received ${day(received)}${stamp}: the date of receipt is day 0.`,
    );
  }
  const clock: ClockState = {
    nation,
    start: startDay(ctx, received, 'The request'),
    used: 0,
    pause: null,
    extension: null,
    response: null,
    reviewRequested: null,
    reviewAnswered: null,
    closed: null,
  };
  for (const event of events) applyEvent(ctx, clock, event);
  return clock;
}

function applyEvent(ctx: ClockContext, clock: ClockState, event: SortedEvent): void {
  const pauseKind = PAUSE_OF[event.kind];
  if (pauseKind) return pause(ctx, clock, event, pauseKind);
  const resumeKind = RESUME_OF[event.kind];
  if (resumeKind) return resume(ctx, clock, event, resumeKind);
  const { explain, lines } = ctx;
  switch (event.kind) {
    case 'extension':
      clock.extension = { on: event.on, until: event.until };
      if (explain) lines.push(`Extension notice ${day(event.on)}.`);
      return;
    case 'response':
      clock.response ??= event.on;
      clock.pause = null;
      if (explain) lines.push(`Response received ${day(event.on)}.`);
      return;
    case 'internal-review-requested':
      clock.reviewRequested ??= event.on;
      return;
    case 'internal-review-response':
      if (clock.reviewRequested === null) {
        throw DeadlineInputError.ofEvent(
          event.index,
          'kind',
          `internal-review-response on ${ctx.calendar.iso(event.on)} has no internal-review-requested before it`,
        );
      }
      clock.reviewAnswered ??= event.on;
      if (explain) lines.push(`Internal review answered ${day(event.on)}.`);
      return;
    case 'closed':
      clock.closed ??= event.on;
      return;
    default:
      throw DeadlineInputError.ofEvent(
        event.index,
        'kind',
        `unknown event kind "${String(event.kind)}"`,
      );
  }
}
