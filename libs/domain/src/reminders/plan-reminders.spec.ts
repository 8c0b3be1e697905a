import { createWorkingDayCalendar } from '@app/holidays';
import { ClockEvent } from '../deadlines/deadline.types';
import { computeDeadlines } from '../deadlines/compute-deadlines';
import { Regime } from '../deadlines/regimes';
import { RequestStatus } from '../lifecycle/lifecycle.types';
import { planReminders, PlannedReminder } from './plan-reminders';

const calendar = createWorkingDayCalendar();

function plan(
  status: RequestStatus,
  receivedAt: string,
  events: ClockEvent[],
  now: string,
  extra: { regime?: Regime; clarificationRequestedOn?: string; reminderHour?: number } = {},
): PlannedReminder[] {
  const regime = extra.regime ?? 'foia';
  const deadline = computeDeadlines({ regime, receivedAt, events }, calendar, {
    today: now.slice(0, 10),
    explain: false,
  });
  return planReminders(
    {
      regime,
      nation: 'england',
      status,
      deadline,
      clarificationRequestedOn: extra.clarificationRequestedOn ?? null,
    },
    calendar,
    { now: new Date(now), reminderHour: extra.reminderHour ?? 8, dueSoonWorkingDays: 5 },
  );
}
const brief = (list: PlannedReminder[]) =>
  list.map((r) => `${r.kind} ${r.fireAt.toISOString()} ${r.status}`);

describe('planReminders', () => {
  it('a request awaiting its answer: due soon, due today, overdue and long overdue at 08:00 London', () => {
    // Due Thu 12 Jun 2025 (BST), long stop Thu 10 Jul.
    expect(brief(plan('awaiting-response', '2025-05-14', [], '2025-05-15T09:00:00Z'))).toEqual([
      'due-soon 2025-06-05T07:00:00.000Z pending',
      'due-today 2025-06-12T07:00:00.000Z pending',
      'overdue 2025-06-13T07:00:00.000Z pending',
      'long-overdue 2025-07-11T07:00:00.000Z pending',
    ]);
  });

  it.each([
    ['before the clocks go forward (GMT)', '2025-02-27', '2025-03-28T08:00:00.000Z'],
    ['after the clocks go forward (BST)', '2025-03-03', '2025-04-01T07:00:00.000Z'],
    ['before the clocks go back (BST)', '2025-09-26', '2025-10-24T07:00:00.000Z'],
    ['after the clocks go back (GMT)', '2025-09-29', '2025-10-27T08:00:00.000Z'],
  ])('08:00 London is the right instant %s', (_, receivedAt, dueToday) => {
    const dueTodayReminder = plan('awaiting-response', receivedAt, [], '2025-01-01T00:00:00Z').find(
      (r) => r.kind === 'due-today',
    );
    expect(dueTodayReminder?.fireAt.toISOString()).toBe(dueToday);
  });

  it('logged 30 working days after receipt: only the overdue reminder goes out, at once', () => {
    // Received Mon 3 Mar 2025; due Tue 1 Apr (St Patrick's Day skipped); day 30 is Tue 15 Apr.
    const list = plan('awaiting-response', '2025-03-03', [], '2025-04-15T10:00:00Z');
    expect(list.filter((r) => r.status === 'pending').map((r) => r.kind)).toEqual([
      'overdue',
      'long-overdue',
    ]);
    expect(list.find((r) => r.kind === 'overdue')?.fireAt.getTime()).toBeLessThan(
      Date.parse('2025-04-14T10:00:00Z'),
    );
    expect(list.filter((r) => r.status === 'skipped').map((r) => r.kind)).toEqual([
      'due-soon',
      'due-today',
    ]);
  });

  it('an extension moves the dates and so the keys: the old reminders are no longer planned', () => {
    const before = plan('awaiting-response', '2025-11-10', [], '2025-12-01T10:00:00Z').map(
      (r) => r.key,
    );
    const after = plan(
      'extended',
      '2025-11-10',
      [{ kind: 'extension', on: '2025-12-08' }],
      '2025-12-08T10:00:00Z',
    ).map((r) => r.key);
    expect(before).toContain('due-today:2025-12-09');
    expect(after).toEqual([
      'due-soon:2026-01-12',
      'due-today:2026-01-12',
      'overdue:2026-01-12',
      'long-overdue:2026-01-12',
    ]);
  });

  it.each<[string, ClockEvent[], string[]]>([
    [
      // Received Mon 2 Nov 2026: due Tue 1 Dec, long stop Thu 31 Dec (St Andrew's Day, Christmas
      // and Boxing Day's substitute skipped). Extended to Fri 15 Jan 2027, past the long stop: the
      // first working day after it is Tue 5 Jan (1 Jan and Scotland's 2 Jan substitute, Mon 4 Jan,
      // skipped under FOIA); due soon five working days before 15 Jan is Fri 8 Jan.
      'an extension past the long stop: one beyond-guidance reminder, the stated date as usual',
      [{ kind: 'extension', on: '2026-11-20', until: '2027-01-15' }],
      [
        'due-soon:2027-01-15 2027-01-08',
        'due-today:2027-01-15 2027-01-15',
        'overdue:2027-01-15 2027-01-18',
        'extension-beyond-guidance:2026-12-31 2027-01-05',
      ],
    ],
    [
      'an extension to the long stop itself: long overdue as usual',
      [{ kind: 'extension', on: '2026-11-20', until: '2026-12-31' }],
      [
        'due-soon:2026-12-31 2026-12-22',
        'due-today:2026-12-31 2026-12-31',
        'overdue:2026-12-31 2027-01-05',
        'long-overdue:2026-12-31 2027-01-05',
      ],
    ],
  ])('%s', (_, events, expected) => {
    const list = plan('extended', '2026-11-02', events, '2026-11-20T10:00:00Z');
    expect(list.map((r) => `${r.key} ${r.fireOn}`)).toEqual(expected);
    expect(list.every((r) => r.status === 'pending')).toBe(true);
  });

  it('planning twice gives the same plan (stable keys, pure)', () => {
    expect(plan('awaiting-response', '2025-05-14', [], '2025-05-20T10:00:00Z')).toEqual(
      plan('awaiting-response', '2025-05-14', [], '2025-05-20T10:00:00Z'),
    );
  });

  it.each<[string, RequestStatus, ClockEvent[], string, string[]]>([
    [
      'a clarification nudge three working days on',
      'awaiting-clarification',
      [{ kind: 'clarification-requested', on: '2025-05-16' }],
      '2025-05-16T12:00:00Z',
      ['clarification-nudge 2025-05-21T07:00:00.000Z pending'],
    ],
    [
      'the review window closing 5 working days before its end',
      'responded',
      [{ kind: 'response', on: '2025-04-01' }],
      '2025-04-02T12:00:00Z',
      ['review-window-closing 2025-05-23T07:00:00.000Z pending'],
    ],
    [
      'a review due soon and overdue',
      'internal-review',
      [
        { kind: 'response', on: '2025-04-28' },
        { kind: 'internal-review-requested', on: '2025-05-12' },
      ],
      '2025-05-13T12:00:00Z',
      [
        'review-due-soon 2025-06-03T07:00:00.000Z pending',
        'review-overdue 2025-06-11T07:00:00.000Z pending',
      ],
    ],
    [
      'the complaint window closing a week before (a Friday, kept)',
      'review-responded',
      [
        { kind: 'response', on: '2025-12-05' },
        { kind: 'internal-review-requested', on: '2025-12-10' },
        { kind: 'internal-review-response', on: '2026-01-16' },
      ],
      '2026-01-17T12:00:00Z',
      ['complaint-window-closing 2026-02-20T08:00:00.000Z pending'],
    ],
    ['nothing for a draft', 'draft', [], '2025-05-01T12:00:00Z', []],
    ['nothing for a closed request', 'closed', [], '2025-05-01T12:00:00Z', []],
  ])('%s', (_, status, events, now, expected) => {
    const clarificationRequestedOn = events.find((e) => e.kind === 'clarification-requested')?.on;
    const received =
      status === 'awaiting-clarification'
        ? '2025-05-14'
        : events[0]?.on && events[0].on < '2025-04-01'
          ? events[0].on
          : '2025-03-10';
    const receivedAt =
      status === 'review-responded'
        ? '2025-11-20'
        : status === 'internal-review'
          ? '2025-04-01'
          : received;
    expect(brief(plan(status, receivedAt, events, now, { clarificationRequestedOn }))).toEqual(
      expected,
    );
  });

  it('the complaint window closing on a weekend goes out the Friday before', () => {
    // Review answered Sat 17 Jan 2026 (logged as such): complain by Sat 28 Feb; a week before is
    // Sat 21 Feb, so the reminder goes out Fri 20 Feb.
    const events: ClockEvent[] = [
      { kind: 'response', on: '2025-12-05' },
      { kind: 'internal-review-requested', on: '2025-12-10' },
      { kind: 'internal-review-response', on: '2026-01-17' },
    ];
    expect(brief(plan('review-responded', '2025-11-20', events, '2026-01-18T12:00:00Z'))).toEqual([
      'complaint-window-closing 2026-02-20T08:00:00.000Z pending',
    ]);
  });

  it('REMINDER_HOUR moves the time of day', () => {
    const list = plan('awaiting-response', '2025-05-14', [], '2025-05-15T09:00:00Z', {
      reminderHour: 17,
    });
    expect(list[1].fireAt.toISOString()).toBe('2025-06-12T16:00:00.000Z');
  });
});
