import { quoteStatute } from './statutes';
import { formatShortDate, formatUkDate, toLondonDate } from './uk-dates';
import { listItems } from './letter-helpers';

describe('formatUkDate and formatShortDate', () => {
  it.each([
    ['a plain date', '2025-06-12', 'Thursday 12 June 2025', '12 June 2025'],
    [
      'a summer evening in UTC is already tomorrow in London',
      '2025-07-03T23:30:00Z',
      'Friday 4 July 2025',
      '4 July 2025',
    ],
    [
      'a winter evening in UTC is the same day (GMT)',
      '2025-01-09T23:30:00Z',
      'Thursday 9 January 2025',
      '9 January 2025',
    ],
    ['an offset is honoured', '2025-06-05T20:00:00-04:00', 'Friday 6 June 2025', '6 June 2025'],
    [
      'no offset is London wall-clock time',
      '2025-07-03T23:30',
      'Thursday 3 July 2025',
      '3 July 2025',
    ],
    ['a leap day', '2028-02-29', 'Tuesday 29 February 2028', '29 February 2028'],
  ])('%s (%s)', (_, value, long, short) => {
    expect(formatUkDate(value)).toBe(long);
    expect(formatShortDate(value)).toBe(short);
  });

  it.each(['2025-02-30', '2025-13-01', '12/06/2025', 'tomorrow', '', undefined, 20250612])(
    'refuses %p',
    (value) => {
      expect(toLondonDate(value)).toBeUndefined();
      expect(() => formatUkDate(value)).toThrow(/is not a date/);
    },
  );
});

describe('quoteStatute', () => {
  it.each([
    ['foia-s1', 'section 1(1) of the Freedom of Information Act 2000'],
    ['foia-s10', 'section 10(1) of the Freedom of Information Act 2000'],
    ['foia-s16', 'section 16 of the Freedom of Information Act 2000'],
    ['foia-s17', 'section 17 of the Freedom of Information Act 2000'],
    [
      'foia-s45-code',
      'the Code of Practice issued under section 45 of the Freedom of Information Act 2000',
    ],
    ['foia-s50', 'section 50 of the Freedom of Information Act 2000'],
    ['eir-reg5', 'regulation 5(1) of the Environmental Information Regulations 2004'],
    ['eir-reg7', 'regulation 7 of the Environmental Information Regulations 2004'],
    ['eir-reg11', 'regulation 11 of the Environmental Information Regulations 2004'],
    ['foisa-s1', 'section 1(1) of the Freedom of Information (Scotland) Act 2002'],
    ['foisa-s20', 'section 20 of the Freedom of Information (Scotland) Act 2002'],
    ['foisa-s47', 'section 47(1) of the Freedom of Information (Scotland) Act 2002'],
  ])('%s', (key, text) => expect(quoteStatute(key)).toBe(text));

  it('refuses an unknown key', () =>
    expect(() => quoteStatute('foia-s99')).toThrow(/unknown statute/));
});

describe('listItems', () => {
  it.each([
    ['an array', ['a', ' b '], ['a', 'b']],
    ['one item a line, blank lines dropped', 'a\n\nb\r\nc', ['a', 'b', 'c']],
    ['existing bullets and numbers stripped', '- a\n* b\n1. c\n2) d', ['a', 'b', 'c', 'd']],
  ])('%s', (_, value, items) => expect(listItems(value)).toEqual(items));
});
