import { createWorkingDayCalendar } from '@app/holidays';
import { computeDeadlines } from './compute-deadlines';
import { ClockEvent, DeadlineView, HeadlineDeadline } from './deadline.types';
import { headlineForStatus, headlineOf, headlineStageOf, StageFacts } from './headline';
import { RequestStatus } from '../lifecycle/lifecycle.types';
import { Regime } from './regimes';

const calendar = createWorkingDayCalendar();
const ev = (kind: ClockEvent['kind'], on: string, until?: string): ClockEvent => ({
  kind,
  on,
  until,
});

function view(regime: Regime, receivedAt: string, events: ClockEvent[], today: string) {
  return computeDeadlines({ regime, receivedAt, events }, calendar, { today });
}

describe('the stage whose date matters now', () => {
  const facts = (f: Partial<StageFacts>): StageFacts => ({
    closed: false,
    responded: false,
    reviewRequested: false,
    reviewAnswered: false,
    ...f,
  });
  it.each<[string, StageFacts, ReturnType<typeof headlineStageOf>]>([
    ['the response awaited', facts({}), 'response'],
    ['answered: the window to ask for a review', facts({ responded: true }), 'review-request'],
    ['in internal review', facts({ responded: true, reviewRequested: true }), 'review'],
    [
      'review answered: the window to complain',
      facts({ responded: true, reviewRequested: true, reviewAnswered: true }),
      'complaint',
    ],
    ['closed or withdrawn', facts({ responded: true, closed: true }), null],
  ])('%s', (_, given, stage) => {
    expect(headlineStageOf(given)).toBe(stage);
  });
});

describe('the headline of a stage, read from the view', () => {
  const dates = {
    dueDate: '2027-01-15',
    reviewRequestBy: '2027-03-09',
    reviewDueDate: '2027-02-11',
    complaintBy: '2027-03-19',
    workingDaysElapsed: 4,
    workingDaysRemaining: 16,
  };
  it.each<[string, Parameters<typeof headlineOf>[0], Partial<typeof dates>, unknown]>([
    [
      'response: the due date and its day count',
      'response',
      {},
      { stage: 'response', date: '2027-01-15', label: 'Response due', workingDaysElapsed: 4 },
    ],
    [
      'response with the clock stopped: no date yet',
      'response',
      { dueDate: null as unknown as string },
      { stage: 'response', date: null },
    ],
    [
      'review-request: no day count of its own',
      'review-request',
      {},
      { date: '2027-03-09', workingDaysElapsed: null, workingDaysRemaining: null },
    ],
    [
      'review: the review clock counts',
      'review',
      {},
      { date: '2027-02-11', workingDaysRemaining: 16 },
    ],
    [
      'complaint',
      'complaint',
      {},
      { date: '2027-03-19', label: 'Complain to the Commissioner by' },
    ],
    [
      'a stage with no date (a SAR answered has no review)',
      'review-request',
      { reviewRequestBy: null as unknown as string },
      null,
    ],
    ['closed', null, {}, null],
  ])('%s', (_, stage, change, expected) => {
    const headline = headlineOf(stage, { ...dates, ...change });
    if (expected === null) expect(headline).toBeNull();
    else expect(headline).toMatchObject(expected as Partial<HeadlineDeadline>);
  });
});

describe('the headline of a request in a status', () => {
  const complaint: HeadlineDeadline = {
    stage: 'complaint',
    date: '2027-03-19',
    label: 'Complain to the Commissioner by',
    workingDaysElapsed: null,
    workingDaysRemaining: null,
  };
  it.each<[RequestStatus, HeadlineDeadline | null]>([
    ['review-responded', complaint],
    ['ico-complaint', null],
    ['closed', null],
    ['withdrawn', null],
    ['draft', null],
  ])('%s', (status, expected) => {
    expect(headlineForStatus(status, complaint)).toEqual(expected);
  });
});

describe('one headline through a FOIA request’s life', () => {
  // Received Mon 2 Nov 2026. Day 1 Tue 3 Nov; St Andrew's Day, Mon 30 Nov (Scotland), stops the
  // FOIA clock, so day 20 is Tue 1 Dec. The long stop, 20 more working days skipping Christmas
  // (Fri 25 Dec) and Boxing Day's substitute (Mon 28 Dec), is Thu 31 Dec. The College extends to
  // Fri 15 Jan 2027, answers Tue 12 Jan; a review asked for Thu 14 Jan is due 20 working days on,
  // Thu 11 Feb; the answer on Fri 5 Feb leaves six weeks to complain: Fri 19 Mar.
  const extension = ev('extension', '2026-11-20', '2027-01-15');
  const response = ev('response', '2027-01-12');
  const review = ev('internal-review-requested', '2027-01-14');
  const answered = ev('internal-review-response', '2027-02-05');
  it.each<[string, ClockEvent[], string, Partial<DeadlineView>]>([
    [
      'sent: the response due date, day 10 of 20',
      [],
      '2026-11-16',
      {
        headline: {
          stage: 'response',
          date: '2026-12-01',
          label: 'Response due',
          workingDaysElapsed: 10,
          workingDaysRemaining: 10,
        },
      },
    ],
    [
      'extended past the long stop: the stated date, counted to it',
      [extension],
      '2026-12-01',
      {
        headline: {
          stage: 'response',
          date: '2027-01-15',
          label: 'Response due',
          workingDaysElapsed: 20,
          workingDaysRemaining: 29,
        },
      },
    ],
    [
      'answered: the last day to ask for a review (40 working days on), no day count',
      [extension, response],
      '2027-01-13',
      {
        headline: {
          stage: 'review-request',
          date: '2027-03-09',
          label: 'Ask for an internal review by',
          workingDaysElapsed: null,
          workingDaysRemaining: null,
        },
      },
    ],
    [
      'in internal review: the review due date and the review’s day count',
      [extension, response, review],
      '2027-01-14',
      {
        dueDate: '2027-01-15',
        headline: {
          stage: 'review',
          date: '2027-02-11',
          label: 'Internal review due',
          workingDaysElapsed: 0,
          workingDaysRemaining: 20,
        },
      },
    ],
    [
      'review answered: the last day to complain',
      [extension, response, review, answered],
      '2027-02-08',
      {
        headline: {
          stage: 'complaint',
          date: '2027-03-19',
          label: 'Complain to the Commissioner by',
          workingDaysElapsed: null,
          workingDaysRemaining: null,
        },
      },
    ],
    ['withdrawn: none', [extension, ev('closed', '2026-12-02')], '2026-12-03', { headline: null }],
    [
      'clarification awaited: the response stage with no date',
      [ev('clarification-requested', '2026-11-04')],
      '2026-11-10',
      { headline: expect.objectContaining({ stage: 'response', date: null }) },
    ],
  ])('%s', (_, events, today, expected) => {
    expect(view('foia', '2026-11-02', events, today)).toMatchObject(expected);
  });
});

describe('an extension beyond guidance', () => {
  it.each<[string, Regime, string, ClockEvent[], string, Partial<DeadlineView>]>([
    [
      // Long stop Thu 31 Dec 2026 (above); the stated Fri 15 Jan 2027 is later. On Mon 4 Jan,
      // past the long stop but before the stated date, the request is on time, not long overdue.
      'FOIA: a stated date after the long stop stands, flagged',
      'foia',
      '2026-11-02',
      [ev('extension', '2026-11-20', '2027-01-15')],
      '2027-01-04',
      {
        dueDate: '2027-01-15',
        longStopDate: '2026-12-31',
        state: 'on-time',
        extensionBeyondGuidance: true,
      },
    ],
    [
      // After the stated date: overdue as usual (Mon 18 Jan is one working day late).
      'FOIA: past the stated date it is overdue, not long overdue',
      'foia',
      '2026-11-02',
      [ev('extension', '2026-11-20', '2027-01-15')],
      '2027-01-18',
      { state: 'overdue', workingDaysRemaining: -1, extensionBeyondGuidance: true },
    ],
    [
      'FOIA: a stated date on the long stop itself is within guidance',
      'foia',
      '2026-11-02',
      [ev('extension', '2026-11-20', '2026-12-31')],
      '2027-01-04',
      { dueDate: '2026-12-31', state: 'long-overdue', extensionBeyondGuidance: false },
    ],
    [
      'FOIA: an extension with no date is within guidance',
      'foia',
      '2026-11-02',
      [ev('extension', '2026-11-20')],
      '2026-12-02',
      { dueDate: '2026-12-31', extensionBeyondGuidance: false },
    ],
    [
      // Received Wed 2 Jul 2025: day 20 Thu 31 Jul; 40 working days after receipt, skipping
      // 14 Jul (NI), 4 Aug (Scotland) and 25 Aug (E&W, NI), is Mon 1 Sep: reg 7(1)'s maximum.
      // The stated Tue 30 Sep is later: it stands, flagged.
      'EIR: a stated date after 40 working days from receipt (reg 7(1))',
      'eir',
      '2025-07-02',
      [ev('extension', '2025-07-25', '2025-09-30')],
      '2025-09-02',
      {
        dueDate: '2025-09-30',
        longStopDate: '2025-09-01',
        state: 'on-time',
        extensionBeyondGuidance: true,
      },
    ],
    [
      'EIR: a stated date within 40 working days',
      'eir',
      '2025-07-02',
      [ev('extension', '2025-07-25', '2025-08-15')],
      '2025-08-01',
      { dueDate: '2025-08-15', extensionBeyondGuidance: false },
    ],
    ['no extension', 'foia', '2026-11-02', [], '2026-11-10', { extensionBeyondGuidance: false }],
  ])('%s', (_, regime, receivedAt, events, today, expected) => {
    expect(view(regime, receivedAt, events, today)).toMatchObject(expected);
  });

  it.each<[string, Regime, string, ClockEvent[], RegExp]>([
    [
      'FOIA: why, with the ICO guidance, and that the requester may complain now',
      'foia',
      '2026-11-02',
      [ev('extension', '2026-11-20', '2027-01-15')],
      /later than the long stop, Thu 31 Dec 2026: the ICO's guidance on time limits .* may complain to the Information Commissioner now \(FOIA s\.50\)/,
    ],
    [
      'EIR: why, with reg 7(1), and that the requester may complain now',
      'eir',
      '2025-07-02',
      [ev('extension', '2025-07-25', '2025-09-30')],
      /later than 40 working days after receipt, Mon 1 Sep 2025, the most EIR reg 7\(1\) allows .* may complain to the Information Commissioner now/,
    ],
  ])('%s', (_, regime, receivedAt, events, line) => {
    const { explanation } = view(regime, receivedAt, events, receivedAt);
    expect(explanation.some((l) => line.test(l))).toBe(true);
  });
});
