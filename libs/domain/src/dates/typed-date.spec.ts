import { formatTypedDate, typedDateToIso } from './typed-date';
import { parseIsoDate } from './calendar-date';

describe('typedDateToIso', () => {
  it.each([
    ['27 11 2026', '2026-11-27'],
    ['27/11/2026', '2026-11-27'],
    ['27-11-2026', '2026-11-27'],
    ['27.11.2026', '2026-11-27'],
    ['  1  2  2027 ', '2027-02-01'],
    ['01/02/2027', '2027-02-01'],
    ['27 Nov 2026', '2026-11-27'],
    ['27 november 2026', '2026-11-27'],
    ['3 Sept 2026', '2026-09-03'],
    ['2026-11-27', '2026-11-27'],
    ['29 2 2028', '2028-02-29'],
  ])('reads %p as %s', (typed, iso) => expect(typedDateToIso(typed)).toBe(iso));

  it.each([
    '31/11/2026', // November has 30 days
    '29 2 2027', // not a leap year
    '2026-11-31',
    '27 13 2026',
    '0 11 2026',
    '27/11/26', // a two-digit year is not guessed
    '27 11',
    '11/2026',
    '27 No 2026',
    '27 Novembre 2026',
    'tomorrow',
    '',
    '2026-1-27',
  ])('refuses %p', (typed) => expect(typedDateToIso(typed)).toBeUndefined());
});

describe('formatTypedDate', () => {
  it.each([
    ['2026-11-29', '29 11 2026'],
    ['2027-01-05', '5 1 2027'],
  ])('shows %s as %p, which reads back', (iso, shown) => {
    expect(formatTypedDate(parseIsoDate(iso))).toBe(shown);
    expect(typedDateToIso(shown)).toBe(iso);
  });
});
