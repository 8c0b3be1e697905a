import { addCalendarMonths, DayNumber, fromCivil, parseIsoDate } from '../dates/calendar-date';
import { toLondonDay } from '../dates/london-date';
import { isNation } from '../calendar/holiday';
import { WorkingDayCalendar, WorkingDayIndex } from '../calendar/working-day-calendar';
import { ClockState, foldEvents, SortedEvent } from './fold-events';
import {
  ClockEvent,
  DeadlineInputError,
  DeadlineOptions,
  DeadlineView,
  RequestHistory,
} from './deadline.types';
import { progressAt } from './progress';
import { headlineOf, headlineStageOf } from './headline';
import { isRegime, REGIME_RULES, RegimeRules } from './regimes';
import { day, describeSkippedDays, plural } from './explain';

/** Everything the computation needs, resolved once. */
export interface ClockContext {
  rules: RegimeRules;
  calendar: WorkingDayCalendar;
  index: WorkingDayIndex;
  receiptRule: 'ico' | 'next-working-day';
  explain: boolean;
  lines: string[];
}

/**
 * The London day of a date given as `field`; `index` and `part` say which event's date it is,
 * if it is one (plain arguments: this runs for every event of every view).
 */
function dayOf(
  calendar: WorkingDayCalendar,
  value: unknown,
  field: string,
  index?: number,
  part?: 'on' | 'until',
): DayNumber {
  if (typeof value !== 'string' || value === '') {
    throw dateError(field, `${field} is required (a date, YYYY-MM-DD)`, index, part);
  }
  const result = toLondonDay(value);
  if (Number.isNaN(result)) {
    const message = `${field}: "${value}" is not a real date (expected YYYY-MM-DD)`;
    throw dateError(field, message, index, part);
  }
  if (!calendar.covers(result)) {
    const { firstYear, lastYear } = calendar.range;
    const message = `${field}: ${value} is outside the supported years ${firstYear}–${lastYear - 1}`;
    throw dateError(field, message, index, part);
  }
  return result;
}

/** An unusable date; an event's says which event, with the whole message as what to say. */
function dateError(
  field: string,
  message: string,
  index: number | undefined,
  part: 'on' | 'until' | undefined,
): DeadlineInputError {
  const event =
    index === undefined || part === undefined ? undefined : { index, part, reason: message };
  return new DeadlineInputError(field, message, event);
}

function byDateThenOrder(a: SortedEvent, b: SortedEvent): number {
  return a.on - b.on || a.index - b.index;
}

function sortEvents(
  calendar: WorkingDayCalendar,
  events: readonly ClockEvent[],
  received: DayNumber,
): SortedEvent[] {
  const sorted: SortedEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const on = dayOf(calendar, event.on, `events[${i}].on`, i, 'on');
    if (on < received) {
      throw DeadlineInputError.ofEvent(
        i,
        'on',
        `${event.kind} on ${calendar.iso(on)} is before the date of receipt ${calendar.iso(received)}`,
      );
    }
    const until =
      event.until === undefined
        ? null
        : dayOf(calendar, event.until, `events[${i}].until`, i, 'until');
    if (until !== null && until <= on) {
      throw DeadlineInputError.ofEvent(
        i,
        'until',
        `the extension's date ${calendar.iso(until)} is not after the extension itself`,
      );
    }
    sorted.push({ kind: event.kind, on, until, index: i, label: event.label });
  }
  // Stable: events on the same day keep the order they were given in.
  return sorted.length < 2 ? sorted : sorted.sort(byDateThenOrder);
}

/** Rolls a SAR deadline off a weekend or bank holiday of the controller's nation. */
function sarDue(ctx: ClockContext, start: DayNumber, months: number): DayNumber {
  return ctx.index.nextWorkingDayFrom(addCalendarMonths(start, months));
}

/** The statutory due date of the clock as it stands (ignoring any extension). */
export function baseDueDate(ctx: ClockContext, clock: ClockState): DayNumber {
  const { limit } = ctx.rules;
  if (limit === 'month') return sarDue(ctx, clock.start, 1);
  return ctx.index.addWorkingDays(clock.start, limit - clock.used);
}

function extendedDueDate(ctx: ClockContext, clock: ClockState, original: DayNumber): DayNumber {
  const ext = clock.extension;
  if (ext === null) return original;
  const { rules, index, explain, lines, calendar } = ctx;
  switch (rules.extension) {
    case 'public-interest': {
      const due = ext.until ?? index.addWorkingDays(original, 20);
      if (explain) {
        lines.push(
          ext.until === null
            ? `Extended for the public-interest test (s.10(3)): no date given, so 20 working days after the original due date: ${day(due)}.`
            : `Extended for the public-interest test (s.10(3)) to the authority's stated date, ${day(due)}.`,
        );
        if (beyondGuidance(ctx, clock, original)) {
          lines.push(
            `That date is later than the long stop, ${day(index.addWorkingDays(original, 20))}: the ICO's guidance on time limits treats 40 working days in all as the most a public-interest extension should take. The due date is still ${day(due)}, but the requester may complain to the Information Commissioner now (FOIA s.50).`,
          );
        }
      }
      return due;
    }
    case 'reg7': {
      const cap = index.addWorkingDays(original, 20);
      if (ext.until !== null && beyondGuidance(ctx, clock, original)) {
        // RULES.md "Extensions beyond guidance": the stated date stands, flagged, rather than
        // a date the authority never gave.
        if (explain) {
          lines.push(
            `Extended under reg 7 (complex and voluminous) to the authority's stated date, ${day(ext.until)}.`,
            `That date is later than 40 working days after receipt, ${day(cap)}, the most EIR reg 7(1) allows (the law, not guidance). The due date is still ${day(ext.until)}, but the requester may complain to the Information Commissioner now (EIR reg 18, applying FOIA s.50).`,
          );
        }
        return ext.until;
      }
      const due = ext.until === null ? cap : Math.min(ext.until, cap);
      if (explain) {
        lines.push(
          `Extended under reg 7 (complex and voluminous): at most 40 working days after receipt, ${day(cap)}` +
            (ext.until === null
              ? '.'
              : ext.until > cap
                ? `; the authority's date ${day(ext.until)} is later than the law allows, so ${day(cap)} stands.`
                : `; the authority's stated date is ${day(ext.until)}.`),
        );
      }
      return due;
    }
    case 'three-months': {
      const due = sarDue(ctx, clock.start, 3);
      if (explain)
        lines.push(
          `Extended by two further months (art 12(3)): three months from ${day(clock.start)} is ${day(due)}.`,
        );
      return due;
    }
    case 'none':
      if (explain) {
        lines.push(
          `${rules.name} allows no extension: the due date stays ${calendar.iso(original)} (${rules.limitSource}).`,
        );
      }
      return original;
  }
}

/**
 * RULES.md "Extensions beyond guidance": a stated extension date later than the long stop, 20
 * working days after the original due date (FOIA: the ICO's most, 40 in all; EIR: reg 7(1)'s
 * legal maximum of 40 working days after receipt). Only regimes with a long stop have one.
 */
function beyondGuidance(ctx: ClockContext, clock: ClockState, original: DayNumber | null): boolean {
  const until = clock.extension?.until ?? null;
  if (until === null || original === null || !ctx.rules.longStop) return false;
  return until > ctx.index.addWorkingDays(original, 20);
}

/**
 * Subject access before this day was under the Data Protection Act 1998: 40 calendar days from
 * the request, the fee and the identity information. The month rule here is UK GDPR art 12(3)
 * (in force 25 May 2018), so an older SAR is refused rather than given a date the law never set.
 */
const UK_GDPR_IN_FORCE = fromCivil(2018, 5, 25);

/**
 * The deadline view of a request: its dates, its state on `options.today`, and the reasons.
 * Pure: the calendar and today are parameters, so the same inputs always give the same answer.
 */
export function computeDeadlines(
  history: RequestHistory,
  calendar: WorkingDayCalendar,
  options: DeadlineOptions,
): DeadlineView {
  if (!isRegime(history.regime)) {
    throw new DeadlineInputError(
      'regime',
      `regime must be one of foia, eir, foisa, eisr, sar (got "${String(history.regime)}")`,
    );
  }
  const nation = history.nation ?? 'england';
  if (!isNation(nation)) {
    throw new DeadlineInputError(
      'nation',
      `nation must be one of england, wales, scotland, northern-ireland (got "${String(nation)}")`,
    );
  }
  const today = parseIsoDate(options.today);
  if (Number.isNaN(today))
    throw new DeadlineInputError('today', `today: "${options.today}" is not a real date`);
  // Outside the calendar the working-day counts of "today" would be NaN: say so instead.
  if (!calendar.covers(today)) {
    const { firstYear, lastYear } = calendar.range;
    throw new DeadlineInputError(
      'today',
      `today: ${options.today} is outside the supported years ${firstYear}–${lastYear - 1}`,
    );
  }
  const rules = REGIME_RULES[history.regime];
  const ctx: ClockContext = {
    rules,
    calendar,
    index: calendar.scope(rules.scope(nation)),
    receiptRule: options.receiptRule ?? 'ico',
    explain: options.explain ?? true,
    lines: [],
  };
  const received = dayOf(calendar, history.receivedAt, 'receivedAt');
  if (history.regime === 'sar' && received < UK_GDPR_IN_FORCE) {
    throw new DeadlineInputError(
      'receivedAt',
      `receivedAt: a subject access request received before 25 May 2018 fell under the Data Protection Act 1998 (40 days, s.7(10)), which this tracker does not compute (got ${calendar.iso(received)})`,
    );
  }
  const events = sortEvents(calendar, history.events ?? [], received);
  const clock = foldEvents(ctx, history, received, events);
  return viewOf(ctx, clock, today, options.dueSoonWorkingDays ?? 5);
}

function isoOrNull(calendar: WorkingDayCalendar, day: DayNumber | null): string | null {
  return day === null ? null : calendar.iso(day);
}

function viewOf(
  ctx: ClockContext,
  clock: ClockState,
  today: DayNumber,
  dueSoon: number,
): DeadlineView {
  const { rules, index, calendar, explain, lines } = ctx;
  const paused = clock.pause !== null;
  const original = paused ? null : baseDueDate(ctx, clock);
  if (explain && original !== null) explainCount(ctx, clock, original);
  const due = original === null ? null : extendedDueDate(ctx, clock, original);
  const longStop = original !== null && rules.longStop ? index.addWorkingDays(original, 20) : null;
  if (explain && longStop !== null && clock.response === null) {
    lines.push(
      `Long stop ("very overdue", ICO): 20 working days after the original due date, ${day(longStop)}.`,
    );
  }
  const reviewFrom = clock.response ?? (rules.reviewWindowFromDueDate ? due : null);
  const reviewRequestBy =
    reviewFrom !== null && rules.reviewWindow !== null
      ? index.addWorkingDays(reviewFrom, rules.reviewWindow)
      : null;
  if (explain && reviewRequestBy !== null && clock.reviewRequested === null) {
    lines.push(
      `An internal review should be asked for within ${rules.reviewWindow} working days of ` +
        `${clock.response !== null ? `the response (${day(clock.response)})` : `the due date, as no response came (${day(reviewFrom!)})`}: by ${day(reviewRequestBy)}.`,
    );
  }
  const review = reviewDates(ctx, clock);
  const complaintBy = complaintDate(ctx, clock, review.due);
  const beyond = beyondGuidance(ctx, clock, original);
  // Past a stated date beyond the long stop the request is overdue, not "long overdue": the
  // long stop has already been answered by the beyond-guidance flag and its reminder.
  const progress = progressAt(ctx, clock, today, {
    due,
    longStop: beyond ? null : longStop,
    original,
    review,
    dueSoon,
  });
  // One object literal, its headline filled in after: spreading a dates object into the result
  // made every view a slow copy (the calculator ran 18 times slower).
  const view: DeadlineView = {
    dueDate: isoOrNull(calendar, due),
    originalDueDate: isoOrNull(calendar, original),
    longStopDate: isoOrNull(calendar, longStop),
    reviewRequestBy: isoOrNull(calendar, reviewRequestBy),
    reviewDueDate: isoOrNull(calendar, review.due),
    reviewLongStopDate: isoOrNull(calendar, review.longStop),
    complaintBy: isoOrNull(calendar, complaintBy),
    state: progress.state,
    workingDaysElapsed: progress.workingDaysElapsed,
    workingDaysRemaining: progress.workingDaysRemaining,
    explanation: lines,
    headline: null,
    extensionBeyondGuidance: beyond,
  };
  const stage = headlineStageOf({
    closed: progress.state === 'closed',
    responded: clock.response !== null,
    reviewRequested: clock.reviewRequested !== null,
    reviewAnswered: clock.reviewAnswered !== null,
  });
  view.headline = headlineOf(stage, view);
  return view;
}

function explainCount(ctx: ClockContext, clock: ClockState, original: DayNumber): void {
  const { rules, calendar, index, lines } = ctx;
  const scope = rules.scope(clock.nation);
  if (rules.limit === 'month') {
    const corresponding = addCalendarMonths(clock.start, 1);
    lines.push(
      `One calendar month from ${day(clock.start)} is ${day(corresponding)}` +
        (corresponding === original
          ? ', a working day: the due date.'
          : `, not a working day, so the due date is the next working day, ${day(original)}.`),
    );
    if (corresponding !== original) {
      lines.push(
        ...describeSkippedDays(
          calendar,
          scope,
          corresponding - 1,
          original - 1,
          rules.holidaySource,
        ),
      );
    }
    return;
  }
  const remaining = rules.limit - clock.used;
  const first = index.addWorkingDays(clock.start, 1);
  lines.push(
    clock.used === 0
      ? `Day 1 is ${day(first)}; day ${rules.limit} is ${day(original)}, the due date (${rules.limitSource}).`
      : `Day ${clock.used + 1} is ${day(first)}; day ${rules.limit} is ${day(original)}, the due date (${plural(remaining, 'working day')} after ${day(clock.start)}).`,
  );
  lines.push(...describeSkippedDays(calendar, scope, clock.start, original, rules.holidaySource));
}

function reviewDates(
  ctx: ClockContext,
  clock: ClockState,
): { due: DayNumber | null; longStop: DayNumber | null } {
  const { rules, index, explain, lines } = ctx;
  if (clock.reviewRequested === null || rules.reviewDue === null)
    return { due: null, longStop: null };
  const due = index.addWorkingDays(clock.reviewRequested, rules.reviewDue);
  const longStop =
    rules.reviewLongStop === null
      ? null
      : index.addWorkingDays(clock.reviewRequested, rules.reviewLongStop);
  if (explain) {
    lines.push(
      `Internal review requested ${day(clock.reviewRequested)}: due within ${rules.reviewDue} working days, by ${day(due)}` +
        (longStop === null
          ? '.'
          : `; ${rules.reviewLongStop} working days at the latest in exceptional cases, ${day(longStop)}.`),
    );
    lines.push(
      ...describeSkippedDays(
        ctx.calendar,
        rules.scope(clock.nation),
        clock.reviewRequested,
        longStop ?? due,
        rules.holidaySource,
      ),
    );
  }
  return { due, longStop };
}

function complaintDate(
  ctx: ClockContext,
  clock: ClockState,
  reviewDue: DayNumber | null,
): DayNumber | null {
  const { complaint } = ctx.rules;
  if (complaint === null) return null;
  const from = clock.reviewAnswered ?? ('months' in complaint ? reviewDue : null);
  if (from === null) return null;
  const by =
    'weeks' in complaint ? from + complaint.weeks * 7 : addCalendarMonths(from, complaint.months);
  if (ctx.explain) {
    const span = 'weeks' in complaint ? `${complaint.weeks} weeks` : `${complaint.months} months`;
    const after =
      clock.reviewAnswered !== null
        ? `the review's answer (${day(from)})`
        : `the review's due date, as no answer came (${day(from)})`;
    ctx.lines.push(
      `Complain to the regulator within ${span} of ${after} (${complaint.source}): by ${day(by)}.`,
    );
  }
  return by;
}
