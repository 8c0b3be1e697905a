import { findCitedExemptions } from './cited-exemptions';

describe('findCitedExemptions', () => {
  it.each<[string, string, string[]]>([
    ['"section 43(2)"', 'exempt under section 43(2) of the Act', ['s43(2)']],
    ['"s.43", no parts', 'withheld under s.43 (commercial interests)', ['s43']],
    ['"S 41"', 'S 41 applies', ['s41']],
    ['"s43(2)" run together', 'relying on s43(2).', ['s43(2)']],
    [
      '"exemption under section 41 of the Act"',
      'an exemption under section 41 of the Act',
      ['s41'],
    ],
    ['"Section 40 (2)" with a space', 'Section 40 (2) is engaged', ['s40(2)']],
    ['several parts and roman numerals', 'section 36(2)(b)(ii) applies', ['s36(2)(b)(ii)']],
    ['a lettered part', 'section 40(5B)', ['s40(5B)']],
    ['"sections 40(2), 41 and 43(2)"', 'sections 40(2), 41 and 43(2)', ['s40(2)', 's41', 's43(2)']],
    ['"sections 40 and 41": a plural lists bare numbers', 'sections 40 and 41', ['s40', 's41']],
    ['"s.40(2) and 40(3A)"', 's.40(2) and 40(3A)', ['s40(2)', 's40(3A)']],
    ['"section 40(2) and (3)": a sibling part', 'section 40(2) and (3)', ['s40(2)', 's40(3)']],
    ['"regulation 12(5)(e)"', 'regulation 12(5)(e) of the EIR', ['reg12(5)(e)']],
    ['"reg. 12(4)(b)"', 'reg. 12(4)(b) applies', ['reg12(4)(b)']],
    [
      '"regulation 12(5)(e) and (f)"',
      'regulation 12(5)(e) and (f)',
      ['reg12(5)(e)', 'reg12(5)(f)'],
    ],
    ['"Regulation 13"', 'Regulation 13 (personal data)', ['reg13']],
    [
      'EIR neither confirm nor deny',
      'regulation 12(6), together with regulation 12(5)(a)',
      ['reg12(6)', 'reg12(5)(a)'],
    ],
    ['EISR neither confirm nor deny', 'regulation 10(8) of the EISRs', ['reg10(8)']],
    ['EISR regulation 10(5)(f)', 'regulation 10(5)(f) of the EISRs', ['reg10(5)(f)']],
    ['a section then a regulation', 'section 43(2) and regulation 13', ['s43(2)', 'reg13']],
    ['the cost limit and vexatious requests', 'section 12 … section 14(1)', ['s12', 's14(1)']],
    ['repeats counted once, in order', 's41, then s.43(2), then section 41', ['s41', 's43(2)']],
    ['the right of access is not an exemption', 'under section 1(1) of the Act', []],
    ['nor the time for compliance', 'section 10(3) allows further time', []],
    ['nor the refusal notice, advice or ICO sections', 'section 17, section 16 and section 50', []],
    ['nor EIR procedure', 'regulation 7(1), regulation 5 and regulation 11', []],
    ['nor the public interest test in regulation 12(1)(b)', 'regulation 12(1)(b)', []],
    ['a word ending in s before a number is not "s"', 'it has 40 pages; ages 43', []],
    [
      'a bare number after a singular is not a citation',
      'section 43(2) and 25 documents',
      ['s43(2)'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(findCitedExemptions(text).exemptions).toEqual(expected);
  });

  it('gives each citation as written, for the reasons', () => {
    expect(
      findCitedExemptions('withheld under sections 40(2) and 41; see also s.43').phrases,
    ).toEqual(['sections 40(2) and 41', 's.43']);
  });
});
