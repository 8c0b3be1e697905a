import { normaliseExemption, normaliseExemptions } from './exemptions';

describe('normaliseExemption', () => {
  it.each([
    ['the canonical spelling', 's43(2)', 's43(2)'],
    ['"section" spelt out', 'section 43(2)', 's43(2)'],
    ['"Section" capitalised, no space', 'Section43(2)', 's43(2)'],
    ['s with a full stop', 's.43(2)', 's43(2)'],
    ['capital S, spaces everywhere', 'S 43 (2)', 's43(2)'],
    ['sect.', 'sect. 40 (2)', 's40(2)'],
    ['the section sign', '§ 41', 's41'],
    ['a whole section', 's.41 ', 's41'],
    ['several parts, roman numerals', 'section 36(2)(b)(ii)', 's36(2)(b)(ii)'],
    ['parts in capitals', 'S36(2)(B)(II)', 's36(2)(b)(ii)'],
    ['a lettered section', 'section 22a', 's22A'],
    ['regulation spelt out', 'regulation 12(5)(e)', 'reg12(5)(e)'],
    ['reg with a full stop', 'reg. 12(5)(e)', 'reg12(5)(e)'],
    ['Reg, spaces, capital letter', 'Reg 12 (4) (B)', 'reg12(4)(b)'],
    ['regulations', 'Regulations 13', 'reg13'],
    ['surrounding spaces', '   s43(2)  ', 's43(2)'],
    ['a bare number is ambiguous: as typed', '43(2)', '43(2)'],
    ['words only: as typed, spaces tidied', ' commercial   interests ', 'commercial interests'],
    [
      'a description after it: as typed',
      's43(2) (commercial interests)',
      's43(2) (commercial interests)',
    ],
    ['a word that starts with s: as typed', 'sensitive', 'sensitive'],
    ['"section" with no number: as typed', 'section', 'section'],
    ['a regulation word with no number: as typed', 'regulatory', 'regulatory'],
    ['nothing', '  ', ''],
  ])('%s: %p → %p', (_name, typed, expected) => {
    expect(normaliseExemption(typed)).toBe(expected);
  });
});

describe('normaliseExemptions', () => {
  it.each<[string, string[], string[]]>([
    ['one entry holding three, one repeated', ['section 43(2); s.41 ; S43(2)'], ['s43(2)', 's41']],
    [
      'commas and semicolons together',
      ['s40(2), s41; reg12(5)(e)'],
      ['s40(2)', 's41', 'reg12(5)(e)'],
    ],
    ['new lines', ['s43(2)\nregulation 12(5)(e)\n'], ['s43(2)', 'reg12(5)(e)']],
    ['repeats across entries', ['s.41', 'section 41', 'S 41'], ['s41']],
    ['empties dropped', ['', ' ; ,', 's41'], ['s41']],
    [
      'unrecognised kept in place',
      ['commercial interests, s.43(2)'],
      ['commercial interests', 's43(2)'],
    ],
    ['nothing at all', [], []],
  ])('%s', (_name, entries, expected) => {
    expect(normaliseExemptions(entries)).toEqual(expected);
  });
});
