import { Nation } from '../calendar/holiday';
import { WorkingDayCalendar, WorkingDayIndex } from '../calendar/working-day-calendar';
import { DayNumber, parseIsoDate } from '../dates/calendar-date';
import { londonWallClock } from '../dates/london-time';
import { asInstant, londonDateOf } from '../dates/london-date';
import { ClockEvent, DeadlineView } from '../deadlines/deadline.types';
import { Regime, REGIME_RULES } from '../deadlines/regimes';
import { RequestStatus } from '../lifecycle/lifecycle.types';

export const REMINDER_KINDS = [
  'due-soon',
  'due-today',
  'overdue',
  'long-overdue',
  'review-window-closing',
  'review-due-soon',
  'review-overdue',
  'complaint-window-closing',
  'clarification-nudge',
  'extension-beyond-guidance',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface ReminderPlanInput {
  regime: Regime;
  nation: Nation;
  status: RequestStatus;
  deadline: DeadlineView;
  /** The open clarification request's date, while the request awaits our answer. */
  clarificationRequestedOn: string | null;
}

export interface ReminderSettings {
  now: Date;
  /** London hour the reminders go out at (8). */
  reminderHour: number;
  /** "Due soon" this many working days before a date (5). */
  dueSoonWorkingDays: number;
}

export interface PlannedReminder {
  kind: ReminderKind;
  /** The date the reminder is about (the due date, the review window's end…). */
  forDate: string;
  /** The working day it goes out, YYYY-MM-DD in London. */
  fireOn: string;
  fireAt: Date;
  /** Unique per request: the same kind about the same date is the same reminder. */
  key: string;
  /** `skipped`: its time passed before it was planned and a later one applies. */
  status: 'pending' | 'skipped';
}

type Rule = {
  kind: ReminderKind;
  about: DayNumber | null;
  fireOn: (about: DayNumber) => DayNumber;
};

/** Which reminders a status calls for, and when each goes out. */
function rulesFor(
  input: ReminderPlanInput,
  index: WorkingDayIndex,
  settings: ReminderSettings,
): Rule[] {
  const day = (iso: string | null) => (iso === null ? null : parseIsoDate(iso));
  const { deadline: d } = input;
  const before = (n: number) => (about: DayNumber) => index.subtractWorkingDays(about, n);
  const onTheDay = (about: DayNumber) => index.workingDayOnOrBefore(about);
  const nextWorkingDay = (about: DayNumber) => index.addWorkingDays(about, 1);
  const soon = before(settings.dueSoonWorkingDays);
  switch (input.status) {
    case 'awaiting-response':
    case 'extended':
      return [
        { kind: 'due-soon', about: day(d.dueDate), fireOn: soon },
        { kind: 'due-today', about: day(d.dueDate), fireOn: onTheDay },
        { kind: 'overdue', about: day(d.dueDate), fireOn: nextWorkingDay },
        // A stated date past the long stop: the requester may complain now, so one reminder
        // says so the working day after the long stop, instead of "long overdue" (RULES.md).
        {
          kind: d.extensionBeyondGuidance ? 'extension-beyond-guidance' : 'long-overdue',
          about: day(d.longStopDate),
          fireOn: nextWorkingDay,
        },
      ];
    case 'awaiting-clarification':
      return [
        {
          kind: 'clarification-nudge',
          about: day(input.clarificationRequestedOn),
          fireOn: (about) => index.addWorkingDays(about, 3),
        },
      ];
    case 'responded':
      return [{ kind: 'review-window-closing', about: day(d.reviewRequestBy), fireOn: soon }];
    case 'internal-review':
      return [
        { kind: 'review-due-soon', about: day(d.reviewDueDate), fireOn: soon },
        { kind: 'review-overdue', about: day(d.reviewDueDate), fireOn: nextWorkingDay },
      ];
    case 'review-responded':
      return [
        {
          kind: 'complaint-window-closing',
          about: day(d.complaintBy),
          fireOn: (about) => index.workingDayOnOrBefore(about - 7),
        },
      ];
    default:
      return [];
  }
}

/**
 * The reminders a request's clock calls for now. Pure: the same request, calendar and `now`
 * always give the same plan, so replanning after any change is safe (keys are stable). Reminders
 * whose time has passed are not sent in a flood: only the latest of them stays pending (it goes
 * out at once), the others are skipped.
 */
export function planReminders(
  input: ReminderPlanInput,
  calendar: WorkingDayCalendar,
  settings: ReminderSettings,
): PlannedReminder[] {
  const index = calendar.scope(REGIME_RULES[input.regime].scope(input.nation));
  const planned: PlannedReminder[] = [];
  for (const rule of rulesFor(input, index, settings)) {
    if (rule.about === null || Number.isNaN(rule.about)) continue;
    const fireOn = rule.fireOn(rule.about);
    if (Number.isNaN(fireOn)) continue;
    const forDate = calendar.iso(rule.about);
    planned.push({
      kind: rule.kind,
      forDate,
      fireOn: calendar.iso(fireOn),
      fireAt: londonWallClock(fireOn, settings.reminderHour),
      key: `${rule.kind}:${forDate}`,
      status: 'pending',
    });
  }
  const now = settings.now.getTime();
  const past = planned.filter((r) => r.fireAt.getTime() <= now);
  const latest = past.reduce<PlannedReminder | null>(
    (a, r) => (a === null || r.fireAt > a.fireAt ? r : a),
    null,
  );
  for (const r of past) if (r !== latest) r.status = 'skipped';
  return planned;
}

/** What the reminder plan of a stored request follows from. */
export interface RequestReminderFacts {
  regime: Regime;
  nation: Nation;
  status: RequestStatus;
  clockEvents: readonly ClockEvent[];
}

/**
 * The reminders a request calls for now, its deadline worked out: its clock says whether a
 * clarification is still awaited (the last clarification event is the request, not the answer).
 */
export function remindersOfRequest(
  request: RequestReminderFacts,
  deadline: DeadlineView,
  calendar: WorkingDayCalendar,
  settings: ReminderSettings,
): PlannedReminder[] {
  const asked = [...request.clockEvents]
    .reverse()
    .find((e) => e.kind === 'clarification-requested' || e.kind === 'clarification-received');
  return planReminders(
    {
      regime: request.regime,
      nation: request.nation,
      status: request.status,
      deadline,
      clarificationRequestedOn:
        asked?.kind === 'clarification-requested'
          ? londonDateOf(new Date(asInstant(asked.on)))
          : null,
    },
    calendar,
    settings,
  );
}
