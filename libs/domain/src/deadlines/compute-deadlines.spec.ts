import { createWorkingDayCalendar } from '@app/holidays';
import { computeDeadlines } from './compute-deadlines';
import {
  ClockEvent,
  DeadlineInputError,
  DeadlineOptions,
  DeadlineView,
  RequestHistory,
} from './deadline.types';
import { Regime } from './regimes';
import { Nation } from '../calendar/holiday';

const calendar = createWorkingDayCalendar();
const TODAY = '2030-01-01';

function view(
  regime: Regime,
  receivedAt: string,
  events: ClockEvent[] = [],
  extra: Partial<RequestHistory & DeadlineOptions> = {},
): DeadlineView {
  const { nation, today, receiptRule } = extra;
  return computeDeadlines({ regime, receivedAt, nation, events }, calendar, {
    today: today ?? TODAY,
    receiptRule,
  });
}
const ev = (kind: ClockEvent['kind'], on: string, until?: string): ClockEvent => ({
  kind,
  on,
  until,
});

describe('date of receipt and day 1', () => {
  it.each<[string, Regime, string, Nation | undefined, string]>([
    [
      'received Saturday before St Patrick’s Day (FOIA: Tuesday is day 1)',
      'foia',
      '2025-03-15',
      'england',
      '2025-04-14',
    ],
    [
      'received Saturday before St Patrick’s Day (FOISA: Monday is day 1)',
      'foisa',
      '2025-03-15',
      'scotland',
      '2025-04-11',
    ],
    [
      'across the Scottish World Cup holiday 15 Jun 2026 (FOIA, English authority)',
      'foia',
      '2026-06-01',
      'england',
      '2026-06-30',
    ],
    [
      'across the Scottish World Cup holiday 15 Jun 2026 (EIR, Welsh authority)',
      'eir',
      '2026-06-01',
      'wales',
      '2026-06-30',
    ],
    [
      'across the Scottish World Cup holiday 15 Jun 2026 (FOISA)',
      'foisa',
      '2026-06-01',
      'scotland',
      '2026-06-30',
    ],
    ['across the Queen’s state funeral 19 Sep 2022', 'foia', '2022-09-12', 'england', '2022-10-11'],
    [
      'a late summer evening in UTC is Friday in London',
      'foia',
      '2025-07-03T23:30:00Z',
      'england',
      '2025-08-05',
    ],
    [
      'the same instant with its London offset',
      'foia',
      '2025-07-04T00:30:00+01:00',
      'england',
      '2025-08-05',
    ],
    [
      'Easter Monday is a working day in Scotland (EISR)',
      'eisr',
      '2025-04-17',
      'scotland',
      '2025-05-19',
    ],
    [
      'the FOIA clock ignores the authority’s own nation',
      'foia',
      '2025-04-17',
      'scotland',
      '2025-05-20',
    ],
    [
      '2035: Christmas and New Year across the year end',
      'foia',
      '2035-12-10',
      'england',
      '2036-01-11',
    ],
    ['2019: first year of the range', 'foia', '2019-12-13', 'northern-ireland', '2020-01-16'],
  ])('%s', (_, regime, receivedAt, nation, dueDate) => {
    expect(view(regime, receivedAt, [], { nation }).dueDate).toBe(dueDate);
  });

  it.each<[string, string, string]>([
    [
      'Saturday receipt moves to Tuesday after St Patrick’s Day; day 1 is Wednesday',
      '2025-03-15',
      '2025-04-15',
    ],
    ['a working-day receipt is unchanged', '2025-05-14', '2025-06-12'],
    ['a receipt on the Spring bank holiday moves to Tuesday', '2025-05-26', '2025-06-24'],
  ])('next-working-day rule: %s', (_, receivedAt, dueDate) => {
    const result = view('foia', receivedAt, [], { receiptRule: 'next-working-day' });
    expect(result.dueDate).toBe(dueDate);
  });

  it('says which receipt rule moved the date', () => {
    const result = view('foia', '2025-03-15', [], { receiptRule: 'next-working-day' });
    expect(result.explanation.join('\n')).toContain('next-working-day rule');
  });
});

describe('subject access requests (calendar month)', () => {
  it.each<[string, string, Nation, ClockEvent[], string]>([
    ['31 Jan in a leap year ends on 29 Feb', '2024-01-31', 'england', [], '2024-02-29'],
    ['31 Mar ends on 30 Apr', '2025-03-31', 'england', [], '2025-04-30'],
    ['received the day UK GDPR came into force', '2018-05-25', 'england', [], '2018-06-25'],
    [
      'St Patrick’s Day rolls a Northern Irish controller’s date',
      '2025-02-17',
      'northern-ireland',
      [],
      '2025-03-18',
    ],
    [
      'St Patrick’s Day is a working day for an English controller',
      '2025-02-17',
      'england',
      [],
      '2025-03-17',
    ],
    [
      'the World Cup holiday rolls a Scottish controller’s date',
      '2026-05-15',
      'scotland',
      [],
      '2026-06-16',
    ],
    ['the World Cup holiday is a working day in Wales', '2026-05-15', 'wales', [], '2026-06-15'],
    [
      'an extension makes it three months',
      '2025-01-10',
      'england',
      [ev('extension', '2025-01-20')],
      '2025-04-10',
    ],
    [
      'an extension rolls off Easter Monday in England',
      '2025-01-21',
      'england',
      [ev('extension', '2025-02-01')],
      '2025-04-22',
    ],
    [
      'an extension lands on Easter Monday, a working day in Scotland',
      '2025-01-21',
      'scotland',
      [ev('extension', '2025-02-01')],
      '2025-04-21',
    ],
    [
      'clarification restarts the month',
      '2025-01-10',
      'england',
      [ev('clarification-requested', '2025-01-12'), ev('clarification-received', '2025-02-03')],
      '2025-03-03',
    ],
    [
      'a fee restarts the month from its receipt',
      '2025-01-10',
      'england',
      [ev('fee-notice', '2025-01-12'), ev('fee-paid', '2025-02-04')],
      '2025-03-04',
    ],
  ])('%s', (_, receivedAt, nation, events, dueDate) => {
    const result = view('sar', receivedAt, events, { nation });
    expect(result.dueDate).toBe(dueDate);
    expect(result.longStopDate).toBeNull();
    expect(result.reviewRequestBy).toBeNull();
  });
});

describe('pauses, restarts and extensions', () => {
  it.each<[string, Regime, string, ClockEvent[], Partial<DeadlineView>]>([
    [
      'EIR clarification restarts the clock',
      'eir',
      '2025-09-10',
      [ev('clarification-requested', '2025-09-12'), ev('clarification-received', '2025-09-29')],
      { dueDate: '2025-10-27' },
    ],
    [
      'FOISA fee period disregarded',
      'foisa',
      '2025-01-06',
      [ev('fee-notice', '2025-01-15'), ev('fee-paid', '2025-02-03')],
      { dueDate: '2025-02-21' },
    ],
    [
      'a fee notice on the day of receipt uses no working days',
      'foia',
      '2025-01-06',
      [ev('fee-notice', '2025-01-06'), ev('fee-paid', '2025-02-03')],
      { dueDate: '2025-03-03', longStopDate: '2025-04-01' },
    ],
    [
      'EIR charge does not stop the clock',
      'eir',
      '2025-01-06',
      [ev('fee-notice', '2025-01-15'), ev('fee-paid', '2025-02-03')],
      { dueDate: '2025-02-03' },
    ],
    [
      'FOIA extension with no date: 20 working days after the original due date',
      'foia',
      '2025-11-10',
      [ev('extension', '2025-12-08')],
      { originalDueDate: '2025-12-09', dueDate: '2026-01-12', longStopDate: '2026-01-12' },
    ],
    [
      'FOIA extension to the authority’s stated date',
      'foia',
      '2025-11-10',
      [ev('extension', '2025-12-08', '2026-01-30')],
      { originalDueDate: '2025-12-09', dueDate: '2026-01-30', longStopDate: '2026-01-12' },
    ],
    [
      'EIR reg 7 past 40 working days: the stated date stands, beyond guidance',
      'eir',
      '2025-07-02',
      [ev('extension', '2025-07-25', '2025-09-30')],
      { dueDate: '2025-09-30', longStopDate: '2025-09-01', extensionBeyondGuidance: true },
    ],
    [
      'EIR reg 7 to an earlier stated date',
      'eir',
      '2025-07-02',
      [ev('extension', '2025-07-25', '2025-08-15')],
      { dueDate: '2025-08-15' },
    ],
    [
      'EISR +20 working days on Scottish holidays',
      'eisr',
      '2025-07-02',
      [ev('extension', '2025-07-20')],
      { originalDueDate: '2025-07-30', dueDate: '2025-08-28', longStopDate: null },
    ],
    [
      'FOISA allows no extension',
      'foisa',
      '2025-03-03',
      [ev('extension', '2025-03-20')],
      { dueDate: '2025-03-31' },
    ],
    [
      'a clarification after an extension starts a fresh clock',
      'foia',
      '2025-11-10',
      [
        ev('extension', '2025-12-01'),
        ev('clarification-requested', '2025-12-02'),
        ev('clarification-received', '2025-12-03'),
      ],
      { dueDate: '2026-01-06', originalDueDate: '2026-01-06' },
    ],
    [
      'events logged out of order are read in date order',
      'foia',
      '2025-02-03',
      [ev('clarification-received', '2025-03-07'), ev('clarification-requested', '2025-02-05')],
      { dueDate: '2025-04-07' },
    ],
  ])('%s', (_, regime, receivedAt, events, expected) => {
    expect(view(regime, receivedAt, events)).toMatchObject(expected);
  });
});

describe('review and complaint windows', () => {
  it.each<[string, Regime, string, ClockEvent[], Partial<DeadlineView>]>([
    [
      'EIR reconsideration due in 40 working days',
      'eir',
      '2025-04-01',
      [ev('response', '2025-04-28'), ev('internal-review-requested', '2025-05-12')],
      { reviewDueDate: '2025-07-08', reviewLongStopDate: null },
    ],
    [
      'FOISA review due in 20 Scottish working days',
      'foisa',
      '2025-04-01',
      [ev('response', '2025-04-28'), ev('internal-review-requested', '2025-05-12')],
      { reviewDueDate: '2025-06-10', reviewRequestBy: '2025-06-25' },
    ],
    [
      'FOIA complaint six weeks after the review',
      'foia',
      '2025-11-20',
      [
        ev('response', '2025-12-05'),
        ev('internal-review-requested', '2025-12-10'),
        ev('internal-review-response', '2026-01-16'),
      ],
      { complaintBy: '2026-02-27' },
    ],
    [
      'FOISA appeal six months after the review, end of month',
      'foisa',
      '2025-06-02',
      [
        ev('response', '2025-06-20'),
        ev('internal-review-requested', '2025-07-01'),
        ev('internal-review-response', '2025-08-29'),
      ],
      { complaintBy: '2026-02-28' },
    ],
    [
      'FOISA appeal six months after an unanswered review fell due',
      'foisa',
      '2025-04-01',
      [ev('response', '2025-04-28'), ev('internal-review-requested', '2025-05-12')],
      { complaintBy: '2025-12-10' },
    ],
    [
      'FOIA with no response has no review window yet',
      'foia',
      '2025-03-03',
      [],
      { reviewRequestBy: null },
    ],
  ])('%s', (_, regime, receivedAt, events, expected) => {
    expect(view(regime, receivedAt, events)).toMatchObject(expected);
  });
});

describe('state and day counts on a given day', () => {
  const foia01 = (today: string, events: ClockEvent[] = []) =>
    view('foia', '2025-05-14', events, { today });
  it.each<[string, string, string, number | null, number | null]>([
    ['before receipt', '2025-05-01', 'not-started', 0, 20],
    ['plenty of time', '2025-05-30', 'on-time', 11, 9],
    ['five working days left is due soon', '2025-06-05', 'due-soon', 15, 5],
    ['four working days left (the design example)', '2025-06-06', 'due-soon', 16, 4],
    ['a Saturday counts as the Friday before', '2025-06-07', 'due-soon', 16, 4],
    ['on the due date', '2025-06-12', 'due-today', 20, 0],
    ['the day after', '2025-06-13', 'overdue', 21, -1],
    ['on the long stop', '2025-07-10', 'overdue', 40, -20],
    ['after the long stop', '2025-07-11', 'long-overdue', 41, -21],
  ])('%s: %s is %s', (_, today, state, elapsed, remaining) => {
    expect(foia01(today)).toMatchObject({
      state,
      workingDaysElapsed: elapsed,
      workingDaysRemaining: remaining,
    });
  });

  it('a clarification request pauses the clock and hides the due date', () => {
    const result = foia01('2025-05-30', [ev('clarification-requested', '2025-05-20')]);
    expect(result).toMatchObject({ state: 'paused', dueDate: null, workingDaysElapsed: 3 });
  });

  it('a fee notice pauses with the days left shown', () => {
    const result = foia01('2025-05-30', [ev('fee-notice', '2025-05-20')]);
    expect(result).toMatchObject({
      state: 'paused',
      workingDaysElapsed: 3,
      workingDaysRemaining: 17,
    });
  });

  it('a response meets the clock and records the days taken', () => {
    expect(foia01('2025-07-30', [ev('response', '2025-06-10')])).toMatchObject({
      state: 'met',
      workingDaysElapsed: 18,
    });
  });

  it('an open internal review runs its own clock', () => {
    const events = [ev('response', '2025-04-28'), ev('internal-review-requested', '2025-05-12')];
    expect(view('foia', '2025-04-01', events, { today: '2025-06-11' })).toMatchObject({
      state: 'overdue',
      workingDaysRemaining: -1,
    });
    expect(view('foia', '2025-04-01', events, { today: '2025-07-09' })).toMatchObject({
      state: 'long-overdue',
    });
  });

  it('an extended FOIA request counts against its new date', () => {
    const result = view('foia', '2025-11-10', [ev('extension', '2025-12-08')], {
      today: '2025-12-10',
    });
    expect(result).toMatchObject({
      state: 'on-time',
      workingDaysElapsed: 21,
      workingDaysRemaining: 19,
    });
  });

  it('a closed request is closed', () => {
    expect(foia01('2025-06-20', [ev('closed', '2025-06-01')]).state).toBe('closed');
  });
});

describe('explanation', () => {
  it('names receipt, day 1, each skipped day and the day count', () => {
    const lines = view('foia', '2025-03-14', [], { today: '2025-03-20' }).explanation.join('\n');
    expect(lines).toContain('Received Fri 14 Mar 2025: the date of receipt is day 0.');
    expect(lines).toContain('Day 1 is Tue 18 Mar 2025; day 20 is Mon 14 Apr 2025');
    expect(lines).toContain(
      'Mon 17 Mar 2025 — St Patrick’s Day (Northern Ireland only) — counts under FOIA s.10(6).',
    );
    expect(lines).toContain('day 3 of 20');
  });

  it('says when another nation’s holiday is a working day here', () => {
    const lines = view('foisa', '2025-04-17').explanation.join('\n');
    expect(lines).toContain(
      'Mon 21 Apr 2025 — Easter Monday (England and Wales and Northern Ireland only) is a working day here',
    );
  });

  it('can be left out for bulk work', () => {
    const result = computeDeadlines({ regime: 'foia', receivedAt: '2025-05-14' }, calendar, {
      today: TODAY,
      explain: false,
    });
    expect(result.explanation).toEqual([]);
    expect(result.dueDate).toBe('2025-06-12');
  });
});

describe('bad input names the field', () => {
  it.each<[string, RequestHistory, string, RegExp]>([
    [
      'impossible date',
      { regime: 'foia', receivedAt: '2025-02-30' },
      'receivedAt',
      /not a real date/,
    ],
    ['missing date', { regime: 'foia', receivedAt: '' }, 'receivedAt', /required/],
    [
      'subject access request before UK GDPR (Data Protection Act 1998: 40 days)',
      { regime: 'sar', receivedAt: '2018-05-24' },
      'receivedAt',
      /before 25 May 2018 fell under the Data Protection Act 1998/,
    ],
    [
      'unknown regime',
      { regime: 'xyz' as Regime, receivedAt: '2025-01-01' },
      'regime',
      /must be one of/,
    ],
    [
      'unknown nation',
      { regime: 'foia', receivedAt: '2025-01-01', nation: 'mars' as Nation },
      'nation',
      /must be one of/,
    ],
    [
      'out of range',
      { regime: 'foia', receivedAt: '2099-01-01' },
      'receivedAt',
      /outside the supported years/,
    ],
    [
      'event before receipt',
      { regime: 'foia', receivedAt: '2025-01-10', events: [ev('response', '2025-01-09')] },
      'events[0].on',
      /before the date of receipt/,
    ],
    [
      'fee paid with no notice',
      { regime: 'foia', receivedAt: '2025-01-10', events: [ev('fee-paid', '2025-01-19')] },
      'events[0].kind',
      /no fee-notice/,
    ],
    [
      'clarification answered, never asked',
      {
        regime: 'eir',
        receivedAt: '2025-01-10',
        events: [ev('clarification-received', '2025-01-19')],
      },
      'events[0].kind',
      /no clarification-requested/,
    ],
    [
      'identity for FOIA',
      {
        regime: 'foia',
        receivedAt: '2025-01-10',
        events: [ev('identity-requested', '2025-01-19')],
      },
      'events[0].kind',
      /only to subject access/,
    ],
    [
      'review answered, never asked',
      {
        regime: 'foia',
        receivedAt: '2025-01-10',
        events: [ev('internal-review-response', '2025-01-19')],
      },
      'events[0].kind',
      /no internal-review-requested/,
    ],
    [
      'extension until before itself',
      {
        regime: 'foia',
        receivedAt: '2025-01-10',
        events: [ev('extension', '2025-01-19', '2025-01-18')],
      },
      'events[0].until',
      /not after/,
    ],
    [
      'unknown kind',
      {
        regime: 'foia',
        receivedAt: '2025-01-10',
        events: [{ kind: 'party' as ClockEvent['kind'], on: '2025-01-19' }],
      },
      'events[0].kind',
      /unknown event kind/,
    ],
  ])('%s', (_, history, field, message) => {
    let error: unknown;
    try {
      computeDeadlines(history, calendar, { today: TODAY });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeadlineInputError);
    expect((error as DeadlineInputError).field).toBe(field);
    expect((error as DeadlineInputError).message).toMatch(message);
  });
});

describe('the supported years, 2005–2060', () => {
  it.each<[string, string, string]>([
    // Sat 1 Jan 2005: New Year substitute Mon 3 Jan (all UK) and Tue 4 Jan (Scotland) skipped,
    // so day 1 is Wed 5 Jan and day 20 Tue 1 Feb 2005.
    ['FOIA’s first day', '2005-01-01', '2005-02-01'],
    // Fri 31 Dec 2060: 1 and 2 Jan 2061 fall at the weekend, so Mon 3 and Tue 4 Jan are skipped;
    // day 20 Tue 1 Feb 2061, in the calendar's margin year.
    ['the last supported day', '2060-12-31', '2061-02-01'],
  ])('%s (%s) is due %s', (_, receivedAt, dueDate) => {
    expect(view('foia', receivedAt, [], { today: '2026-11-29' }).dueDate).toBe(dueDate);
  });

  it.each<[string, Partial<DeadlineOptions>, RequestHistory, string]>([
    [
      'received the day before FOIA',
      {},
      { regime: 'foia', receivedAt: '2004-12-31' },
      'receivedAt',
    ],
    ['received after 2060', {}, { regime: 'foia', receivedAt: '2061-01-01' }, 'receivedAt'],
    [
      'today after 2060',
      { today: '2099-01-01' },
      { regime: 'foia', receivedAt: '2025-01-06' },
      'today',
    ],
    [
      'today before 2005',
      { today: '2004-12-31' },
      { regime: 'foia', receivedAt: '2025-01-06' },
      'today',
    ],
  ])('%s: refused naming %s', (_, options, history, field) => {
    expect(() => computeDeadlines(history, calendar, { today: TODAY, ...options })).toThrow(
      new DeadlineInputError(
        field,
        `${field}: ${options.today ?? history.receivedAt} is outside the supported years 2005–2060`,
      ),
    );
  });
});
