import { formatIsoDate } from './calendar-date';
import { eventDay, londonDateOf, toLondonDay } from './london-date';

describe('toLondonDay', () => {
  it.each([
    [
      'a late summer evening in UTC is the next day in London',
      '2025-07-03T23:30:00Z',
      '2025-07-04',
    ],
    ['a late winter evening in UTC is the same day (GMT)', '2025-01-09T23:30:00Z', '2025-01-09'],
    ['an offset is honoured', '2025-05-23T16:45:00+01:00', '2025-05-23'],
    ['a New York evening is already tomorrow in London', '2025-06-05T20:00:00-04:00', '2025-06-06'],
    ['the last second before BST ends', '2025-10-25T22:59:59Z', '2025-10-25'],
    ['the first minute of BST', '2025-03-30T01:00:00Z', '2025-03-30'],
    ['no offset means London wall-clock time', '2025-07-03T23:30', '2025-07-03'],
    ['a plain date is itself', '2025-12-31', '2025-12-31'],
    ['fractional seconds', '2025-07-03T23:30:00.123Z', '2025-07-04'],
  ])('%s (%s)', (_, value, expected) => {
    expect(formatIsoDate(toLondonDay(value))).toBe(expected);
  });

  it.each([
    '2025-02-30T10:00:00Z',
    '2025-07-03T24:10:00Z',
    '2025-07-03 10:00',
    'tomorrow',
    '2025-07-03T10:00:00+0100',
  ])('rejects %p', (value) => expect(toLondonDay(value)).toBeNaN());

  it('londonDateOf reads an instant in Europe/London whatever TZ the process has', () => {
    expect(londonDateOf(new Date('2026-06-30T23:15:00Z'))).toBe('2026-07-01');
  });
});

describe('eventDay: a plain date or an RFC 3339 instant, as its London date', () => {
  it.each([
    // The cases officers met: an email's arrival as their mail client shows it.
    ['BST evening with its own offset', '2025-10-03T23:30:00+01:00', '2025-10-03'],
    ['GMT evening in UTC', '2026-03-18T23:30:00Z', '2026-03-18'],
    ['BST: 23:30 UTC is already tomorrow', '2026-06-30T23:30:00Z', '2026-07-01'],
    ['a plain date is itself', '2026-03-29', '2026-03-29'],
    // Clocks go forward: 01:00 GMT on Sun 29 Mar 2026 becomes 02:00 BST.
    ['the last second of GMT before the spring change', '2026-03-29T00:59:59Z', '2026-03-29'],
    ['the first second of BST', '2026-03-29T01:00:00Z', '2026-03-29'],
    ['the evening before the change, midnight UTC exactly', '2026-03-29T00:00:00Z', '2026-03-29'],
    ['the last second of the day before, in GMT', '2026-03-28T23:59:59Z', '2026-03-28'],
    ['the first BST midnight', '2026-03-29T23:00:00Z', '2026-03-30'],
    ['a second before it', '2026-03-29T22:59:59Z', '2026-03-29'],
    // Clocks go back: 02:00 BST on Sun 25 Oct 2026 becomes 01:00 GMT.
    ['the last BST midnight', '2026-10-24T23:00:00Z', '2026-10-25'],
    ['a second before it', '2026-10-24T22:59:59Z', '2026-10-24'],
    ['the last second of BST', '2026-10-25T00:59:59Z', '2026-10-25'],
    ['the first second of GMT again', '2026-10-25T01:00:00Z', '2026-10-25'],
    ['the first GMT evening: 23:30 UTC stays the same day', '2026-10-25T23:30:00Z', '2026-10-25'],
    ['the first GMT midnight', '2026-10-26T00:00:00Z', '2026-10-26'],
    // Midnight exactly, written in London's own offset.
    ['midnight GMT', '2026-01-15T00:00:00+00:00', '2026-01-15'],
    ['midnight BST', '2026-07-15T00:00:00+01:00', '2026-07-15'],
    ['a second before midnight BST', '2026-07-14T23:59:59+01:00', '2026-07-14'],
    // Offsets far from London.
    [
      'India, winter: 05:29:59 is 23:59:59 the day before in London',
      '2026-01-15T05:29:59+05:30',
      '2026-01-14',
    ],
    ['India, winter: 05:30 is midnight in London', '2026-01-15T05:30:00+05:30', '2026-01-15'],
    ['India, summer: 04:30 is midnight BST', '2026-07-15T04:30:00+05:30', '2026-07-15'],
    ['India, summer: a second earlier', '2026-07-15T04:29:59+05:30', '2026-07-14'],
    ['California, winter: 16:00 is midnight in London', '2026-01-14T16:00:00-08:00', '2026-01-15'],
    ['California, winter: a second earlier', '2026-01-14T15:59:59-08:00', '2026-01-14'],
    [
      'California, summer (as -08:00): 15:00 is midnight BST',
      '2026-07-14T15:00:00-08:00',
      '2026-07-15',
    ],
    ['a New Year in -01:00 is already next year', '2026-12-31T23:59:59-01:00', '2027-01-01'],
    ['-00:00 is UTC (RFC 3339 §4.3)', '2026-06-30T23:30:00-00:00', '2026-07-01'],
    ['fractions of a second', '2026-06-30T22:59:59.999Z', '2026-06-30'],
    ['lower-case t and z (RFC 3339 §5.6)', '2026-06-30t23:30:00z', '2026-07-01'],
    ['FOIA’s first day', '2005-01-01T00:00:00Z', '2005-01-01'],
  ])('%s (%s → %s)', (_, value, expected) => {
    expect(formatIsoDate(eventDay(value))).toBe(expected);
    expect(formatIsoDate(toLondonDay(value))).toBe(expected);
  });

  it.each([
    ['no zone', '2026-03-18T23:30:00'],
    ['no zone, no seconds', '2026-03-18T23:30'],
    ['no seconds', '2026-03-18T23:30Z'],
    ['an impossible date', '2025-02-30T10:00:00Z'],
    ['24:00', '2026-03-18T24:00:00Z'],
    ['minute 60', '2026-03-18T23:60:00Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['an offset without its colon', '2026-03-18T10:00:00+0100'],
    ['an offset of 24 hours', '2026-03-18T10:00:00+24:00'],
    ['an offset minute of 60', '2026-03-18T10:00:00+01:60'],
    ['a space for the T', '2026-03-18 10:00:00Z'],
    ['a one-digit month', '2026-3-18T10:00:00Z'],
    ['an empty fraction', '2026-03-18T10:00:00.Z'],
    ['a named zone', '2026-03-18T10:00:00 Europe/London'],
    ['an empty string', ''],
    ['a word', 'tomorrow'],
  ])('rejects %s (%p)', (_, value) => expect(eventDay(value)).toBeNaN());
});
