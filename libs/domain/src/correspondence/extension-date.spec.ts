import { findExtensionDate } from './extension-date';
import { mentionedDates } from './mentioned-dates';
import { proseOf } from './prose';

describe('mentionedDates', () => {
  it.each<[string, string, string, string[]]>([
    ['day month year', '15 January 2027', '2026-12-01', ['2027-01-15']],
    ['ordinal, weekday, comma', 'Friday, 15th January 2027', '2026-12-01', ['2027-01-15']],
    ['"the 15th of January"', 'the 15th of January', '2026-12-01', ['2027-01-15']],
    ['short month with a full stop', '15 Jan. 2027', '2026-12-01', ['2027-01-15']],
    ['"Sept"', '3 Sept 2026', '2026-08-01', ['2026-09-03']],
    ['month first', 'January 15, 2027', '2026-12-01', ['2027-01-15']],
    ['day first with slashes, as in the UK', '12/05/2026', '2026-04-01', ['2026-05-12']],
    ['dots', '12.05.2026', '2026-04-01', ['2026-05-12']],
    ['ISO', '2026-05-12', '2026-04-01', ['2026-05-12']],
    ['no year: this year when still to come', '15 May', '2026-04-10', ['2026-05-15']],
    ['no year: next year once passed', 'Friday 15th January', '2026-12-16', ['2027-01-15']],
    ['no year, the day itself', '10 April', '2026-04-10', ['2026-04-10']],
    ['an impossible date is none', '31 April 2026 or 31/04/2026', '2026-01-01', []],
    ['a month-first impossible day is none', '15/13/2026', '2026-01-01', []],
    ['"May" the verb is not a month', 'we may 2 be late', '2026-01-01', []],
    [
      'several, in order',
      'from 3 March 2026 to 7 April 2026',
      '2026-01-01',
      ['2026-03-03', '2026-04-07'],
    ],
  ])('%s', (_name, text, receivedOn, expected) => {
    expect(mentionedDates(text, receivedOn).map((d) => d.iso)).toEqual(expected);
  });

  it('cannot give a year without knowing when the email arrived', () => {
    expect(mentionedDates('by 15 May', 'not a date')).toEqual([]);
  });
});

describe('findExtensionDate', () => {
  it.each<[string, string, string, string | null]>([
    [
      '"we now aim to respond by"',
      'We now aim to respond by 15 January 2027.',
      '2026-12-14',
      '2027-01-15',
    ],
    [
      '"by" a numeric date',
      'We have extended the deadline for our response to 12/05/2026.',
      '2026-04-10',
      '2026-05-12',
    ],
    [
      '"on or before" a weekday, no year',
      'We will send our full response on or before Friday 15th January.',
      '2026-12-16',
      '2027-01-15',
    ],
    [
      '"extend the deadline to"',
      'We need to extend the deadline to 15 January 2027.',
      '2026-12-01',
      '2027-01-15',
    ],
    [
      '"no later than"',
      'You should receive our response no later than 28 May 2026.',
      '2026-04-30',
      '2026-05-28',
    ],
    ['a labelled new date', 'New response date: 22 June 2026', '2026-05-22', '2026-06-22'],
    [
      '"our revised deadline for responding is"',
      'Our revised deadline for responding is Wednesday 9 September.',
      '2026-08-12',
      '2026-09-09',
    ],
    ['"the new deadline is"', 'The new deadline is 3 June 2026.', '2026-05-06', '2026-06-03'],
    [
      '"a further 20 working days" states no date',
      'We will require a further 20 working days to respond.',
      '2026-04-01',
      null,
    ],
    [
      'a date in passing is not the new date',
      'Your request, received on 3 December 2026, is complex.',
      '2026-12-14',
      null,
    ],
    [
      'old and new deadlines: the later',
      'We were due to respond by 10 March 2026; we now aim to respond by 7 April 2026.',
      '2026-03-09',
      '2026-04-07',
    ],
    [
      'not in a hypothetical sentence',
      'If we cannot respond by 7 April 2026 we will tell you.',
      '2026-03-09',
      null,
    ],
    [
      'not a date the sentence is not about answering',
      'The office is closed until 5 January 2027.',
      '2026-12-14',
      null,
    ],
  ])('%s', (_name, text, receivedOn, expected) => {
    expect(findExtensionDate(proseOf(text), receivedOn)?.iso ?? null).toBe(expected);
  });

  it('quotes the words that set the date', () => {
    const found = findExtensionDate(
      proseOf('Unfortunately we need more time. We now aim to respond by 15 January 2027.'),
      '2026-12-14',
    );
    expect(found?.phrase).toBe('We now aim to respond by 15 January 2027');
  });
});
