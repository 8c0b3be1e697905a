/**
 * A deliberately slow, obviously-correct reference for the deadline rules in RULES.md.
 *
 * It shares no code with the engine: holidays come straight from the gov.uk snapshot in
 * test/fixtures (plus the proclaimed Scottish bank holiday of 15 June 2026, which the snapshot lacks),
 * dates are plain `YYYY-MM-DD` strings, and every working-day count steps one calendar day at a time.
 *
 * A field the reference returns as `undefined` is one the rules (and the brief) leave open; the
 * oracle suite does not compare it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

export type RefRegime = 'foia' | 'eir' | 'foisa' | 'eisr' | 'sar';
export type RefNation = 'england' | 'wales' | 'scotland' | 'northern-ireland';
export type RefEventKind =
  | 'clarification-requested'
  | 'clarification-received'
  | 'fee-notice'
  | 'fee-paid'
  | 'extension'
  | 'response'
  | 'internal-review-requested'
  | 'internal-review-response'
  | 'identity-requested'
  | 'identity-received';

export interface RefEvent {
  kind: RefEventKind;
  on: string;
  until?: string;
}

export interface RefInput {
  regime: RefRegime;
  receivedAt: string;
  nation?: RefNation;
  events?: RefEvent[];
}

export interface RefOptions {
  today: string;
  receiptRule?: 'ico' | 'next-working-day';
  dueSoonWorkingDays?: number;
}

export type RefState =
  | 'not-started'
  | 'on-time'
  | 'due-soon'
  | 'due-today'
  | 'overdue'
  | 'long-overdue'
  | 'paused'
  | 'met';

/** `undefined` = not specified by the rules, so not checked. */
export interface RefView {
  dueDate: string | null | undefined;
  originalDueDate: string | null | undefined;
  longStopDate: string | null | undefined;
  reviewRequestBy: string | null | undefined;
  reviewDueDate: string | null | undefined;
  reviewLongStopDate: string | null | undefined;
  complaintBy: string | null | undefined;
  state: RefState | undefined;
  workingDaysElapsed: number | null | undefined;
  workingDaysRemaining: number | null | undefined;
  extensionBeyondGuidance: boolean | undefined;
}

// ---------------------------------------------------------------------------------------------
// Holiday data: gov.uk snapshot + the 2026 Scottish proclamation.
// ---------------------------------------------------------------------------------------------

type Division = 'england-and-wales' | 'scotland' | 'northern-ireland';
const DIVISIONS: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];

/** The snapshot only covers these years; stepping outside them would silently be wrong. */
export const DATA_FIRST_DATE = '2019-01-01';
export const DATA_LAST_DATE = '2027-12-31';

interface GovUkFile {
  [division: string]: { division: string; events: { title: string; date: string }[] };
}

const govUk = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'govuk-bank-holidays-2019-2027.json'), 'utf8'),
) as GovUkFile;

const HOLIDAYS: Record<Division, Map<string, string>> = {
  'england-and-wales': new Map(),
  scotland: new Map(),
  'northern-ireland': new Map(),
};
for (const division of DIVISIONS) {
  for (const event of govUk[division].events) HOLIDAYS[division].set(event.date, event.title);
}
// RULES.md: "15 June 2026 in Scotland (FIFA World Cup; Royal Proclamation under BFDA 1971 s.1(3))".
HOLIDAYS.scotland.set('2026-06-15', 'FIFA World Cup bank holiday');

export function holidayName(division: Division, date: string): string | undefined {
  return HOLIDAYS[division].get(date);
}

// ---------------------------------------------------------------------------------------------
// Plain calendar arithmetic on YYYY-MM-DD strings.
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`reference: not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addCalendarDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

export function dayOfWeek(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay(); // 0 = Sunday
}

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/** Same day-of-month `months` later; the month's last day when it has no such day. */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month1 = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month1));
  return `${String(year).padStart(4, '0')}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastSundayUtcMs(year: number, month0: number): number {
  const last = new Date(Date.UTC(year, month0 + 1, 0));
  return last.getTime() - last.getUTCDay() * DAY_MS;
}

/** The Europe/London calendar date of a date or ISO timestamp (BST: last Sun Mar 01:00Z .. last Sun Oct 01:00Z). */
export function londonDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) throw new Error(`reference: not a timestamp: ${value}`);
  const year = new Date(instant).getUTCFullYear();
  const bstStart = lastSundayUtcMs(year, 2) + 3_600_000;
  const bstEnd = lastSundayUtcMs(year, 9) + 3_600_000;
  const offset = instant >= bstStart && instant < bstEnd ? 3_600_000 : 0;
  return fromUtcMs(instant + offset);
}

// ---------------------------------------------------------------------------------------------
// Working days.
// ---------------------------------------------------------------------------------------------

function checkRange(date: string): void {
  if (date < DATA_FIRST_DATE || date > DATA_LAST_DATE) {
    throw new Error(`reference: ${date} is outside the holiday snapshot`);
  }
}

function nationDivision(nation: RefNation): Division {
  return nation === 'scotland'
    ? 'scotland'
    : nation === 'northern-ireland'
      ? 'northern-ireland'
      : 'england-and-wales';
}

/** The divisions whose bank holidays stop the clock. */
function clockDivisions(regime: RefRegime, nation: RefNation): readonly Division[] {
  switch (regime) {
    case 'foia':
    case 'eir':
      return DIVISIONS; // "in any part of the UK"
    case 'foisa':
    case 'eisr':
      return ['scotland']; // FOISA s.73
    case 'sar':
      return [nationDivision(nation)]; // the controller's own nation
  }
}

export function isWorkingDay(regime: RefRegime, nation: RefNation, date: string): boolean {
  checkRange(date);
  const dow = dayOfWeek(date);
  if (dow === 0 || dow === 6) return false;
  return clockDivisions(regime, nation).every((division) => !HOLIDAYS[division].has(date));
}

/** The `n`th working day after `date` (n >= 1), skipping any day `skip` rejects. */
export function addWorkingDays(
  regime: RefRegime,
  nation: RefNation,
  date: string,
  n: number,
  skip: (d: string) => boolean = () => false,
): string {
  let d = date;
  let counted = 0;
  while (counted < n) {
    d = addCalendarDays(d, 1);
    if (isWorkingDay(regime, nation, d) && !skip(d)) counted += 1;
  }
  return d;
}

/** Working days in the half-open interval (from, to]; 0 when to <= from. */
export function workingDaysBetween(
  regime: RefRegime,
  nation: RefNation,
  from: string,
  to: string,
): number {
  let count = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) {
    if (isWorkingDay(regime, nation, d)) count += 1;
  }
  return count;
}

function rollForward(regime: RefRegime, nation: RefNation, date: string): string {
  let d = date;
  while (!isWorkingDay(regime, nation, d)) d = addCalendarDays(d, 1);
  return d;
}

// ---------------------------------------------------------------------------------------------
// The rules.
// ---------------------------------------------------------------------------------------------

interface Clock {
  /** Day 0 of the running clock (receipt, or receipt of clarification / identity). */
  start: string;
  paused: boolean;
  feePeriods: [string, string][];
  extension?: RefEvent;
  response?: string;
  reviewRequested?: string;
  reviewAnswered?: string;
}

function foldEvents(input: RefInput, start: string): Clock {
  const { regime } = input;
  const events = [...(input.events ?? [])].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const clock: Clock = { start, paused: false, feePeriods: [] };
  let awaiting: 'clarification' | 'identity' | null = null;
  let feeNotice: string | null = null;
  const feesPause = regime === 'foia' || regime === 'foisa'; // EIR/EISR: "—"
  for (const event of events) {
    const on = londonDate(event.on);
    switch (event.kind) {
      case 'clarification-requested':
        awaiting = 'clarification';
        break;
      case 'identity-requested':
        if (regime === 'sar') awaiting = 'identity';
        break;
      case 'clarification-received':
      case 'identity-received':
        if (awaiting !== null) {
          clock.start = on; // a fresh clock from receipt of the clarification / identity
          awaiting = null;
        }
        break;
      case 'fee-notice':
        if (feesPause) feeNotice = on;
        break;
      case 'fee-paid':
        if (feeNotice !== null) {
          clock.feePeriods.push([feeNotice, on]);
          feeNotice = null;
        }
        break;
      case 'extension':
        clock.extension = { ...event, on };
        break;
      case 'response':
        clock.response = on;
        break;
      case 'internal-review-requested':
        clock.reviewRequested = on;
        break;
      case 'internal-review-response':
        clock.reviewAnswered = on;
        break;
    }
  }
  clock.paused = awaiting !== null || feeNotice !== null;
  return clock;
}

/**
 * The reference view. `progress: false` skips the state and day counts (they step day by day up to
 * `today`, which is slow when `today` is years away and only the dates are wanted).
 */
export function referenceDeadlines(
  input: RefInput,
  options: RefOptions,
  { progress = true }: { progress?: boolean } = {},
): RefView {
  const { regime } = input;
  const nation: RefNation = input.nation ?? 'england';
  const wd = (date: string): boolean => isWorkingDay(regime, nation, date);
  const add = (date: string, n: number, skip?: (d: string) => boolean): string =>
    addWorkingDays(regime, nation, date, n, skip);

  let received = londonDate(input.receivedAt);
  if (regime !== 'sar' && options.receiptRule === 'next-working-day' && !wd(received)) {
    received = rollForward(regime, nation, received);
  }
  const clock = foldEvents(input, received);

  const view: RefView = {
    dueDate: undefined,
    originalDueDate: undefined,
    longStopDate: undefined,
    reviewRequestBy: undefined,
    reviewDueDate: undefined,
    reviewLongStopDate: undefined,
    complaintBy: undefined,
    state: undefined,
    workingDaysElapsed: undefined,
    workingDaysRemaining: undefined,
    extensionBeyondGuidance: false,
  };

  // --- the answer deadline --------------------------------------------------------------------
  if (clock.paused) {
    view.dueDate = null;
  } else if (regime === 'sar') {
    const oneMonth = rollForward(regime, nation, addCalendarMonths(clock.start, 1));
    view.originalDueDate = oneMonth;
    view.dueDate = clock.extension
      ? rollForward(regime, nation, addCalendarMonths(clock.start, 3))
      : oneMonth;
    view.longStopDate = null;
  } else {
    const inFeePeriod = (d: string): boolean =>
      clock.feePeriods.some(([from, to]) => d >= from && d <= to);
    const original = add(clock.start, 20, inFeePeriod);
    const plus20 = add(original, 20);
    view.originalDueDate = original;
    view.longStopDate = regime === 'foia' || regime === 'eir' ? plus20 : null;
    const ext = clock.extension;
    if (!ext || regime === 'foisa') {
      view.dueDate = original;
    } else if (regime === 'foia') {
      view.dueDate = ext.until ? londonDate(ext.until) : plus20;
      view.extensionBeyondGuidance = view.dueDate > plus20;
    } else {
      const until = ext.until ? londonDate(ext.until) : undefined;
      // EIR: a stated date past reg 7(1)'s 40 working days stands, flagged (RULES.md
      // "Extensions beyond guidance"); EISR has no long stop, so the cap holds.
      if (regime === 'eir' && until !== undefined && until > plus20) {
        view.dueDate = until;
        view.extensionBeyondGuidance = true;
      } else view.dueDate = until !== undefined && until < plus20 ? until : plus20;
    }
  }

  // --- review and complaint -------------------------------------------------------------------
  if (regime === 'sar') {
    view.reviewRequestBy = null;
  } else {
    const scottish = regime === 'foisa' || regime === 'eisr';
    if (clock.response) view.reviewRequestBy = add(clock.response, 40);
    else if (!scottish) view.reviewRequestBy = null;
    else if (view.dueDate) view.reviewRequestBy = add(view.dueDate, 40); // FOISA s.20(5)

    if (clock.reviewRequested) {
      view.reviewDueDate = add(clock.reviewRequested, regime === 'eir' ? 40 : 20);
      view.reviewLongStopDate = regime === 'foia' ? add(clock.reviewRequested, 40) : null;
    } else {
      view.reviewDueDate = null;
      view.reviewLongStopDate = null;
    }

    if (clock.reviewAnswered) {
      view.complaintBy = scottish
        ? addCalendarMonths(clock.reviewAnswered, 6)
        : addCalendarDays(clock.reviewAnswered, 42);
    } else if (scottish && view.reviewDueDate) {
      view.complaintBy = addCalendarMonths(view.reviewDueDate, 6);
    }
  }

  // --- state as of `today` --------------------------------------------------------------------
  const today = options.today;
  if (!progress) {
    // not wanted
  } else if (today < clock.start) {
    view.state = 'not-started';
  } else if (clock.paused) {
    view.state = 'paused';
  } else if (clock.response && clock.response <= today) {
    view.state = 'met';
  } else if (view.dueDate) {
    const due = view.dueDate;
    const threshold = options.dueSoonWorkingDays ?? 5;
    if (today === due) view.state = 'due-today';
    else if (today < due) {
      view.state =
        workingDaysBetween(regime, nation, today, due) <= threshold ? 'due-soon' : 'on-time';
    } else if (view.longStopDate && today > view.longStopDate && !view.extensionBeyondGuidance)
      view.state = 'long-overdue';
    else view.state = 'overdue';

    if (clock.feePeriods.length === 0) {
      view.workingDaysElapsed = workingDaysBetween(regime, nation, clock.start, today);
    }
    view.workingDaysRemaining =
      today <= due
        ? workingDaysBetween(regime, nation, today, due)
        : -workingDaysBetween(regime, nation, due, today);
  }
  return view;
}
