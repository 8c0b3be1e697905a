import { formatIsoDate } from './calendar-date';
import { londonDateOf, toLondonDay } from './london-date';

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
