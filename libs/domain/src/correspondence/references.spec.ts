import { authorityReferenceKey, findAuthorityReference, findOurReference } from './references';

describe('findOurReference', () => {
  it.each<[string, string, string, string | null]>([
    ['as we write it, in the subject', 'RE: FOI request (FOI-2026-0012)', '', 'FOI-2026-0012'],
    ['lower case', 're: foi-2026-0012', '', 'FOI-2026-0012'],
    ['spaces for hyphens', '', 'Your request FOI 2026 0012', 'FOI-2026-0012'],
    ['an en dash from a word processor', '', 'FOI–2026–0012', 'FOI-2026-0012'],
    ['no separator after FOI', '', 'FOI2026-0012', 'FOI-2026-0012'],
    ['an underscore', '', 'FOI_2026_0012', 'FOI-2026-0012'],
    ['five digits past 9,999', '', 'FOI-2026-10001', 'FOI-2026-10001'],
    ['unpadded: left for the holding pen', '', 'FOI-2026-12', null],
    ['the authority’s slash style is not ours', '', 'Our ref: FOI 2026/123', null],
    ['not inside another word or number', '', 'XFOI-2026-0012 and FOI-2026-00123456', null],
    ['subject first', 'RE: FOI-2026-0012', 'about FOI-2026-0099', 'FOI-2026-0012'],
    [
      'the author’s words before what they quote',
      '',
      'see FOI-2026-0099\n\n> FOI-2026-0012',
      'FOI-2026-0099',
    ],
    [
      'found in the quote when nowhere else',
      'RE: your email',
      'Thanks.\n\nOn Mon, 2 Mar 2026, A <a@x> wrote:\n> our reference, FOI-2026-0012',
      'FOI-2026-0012',
    ],
    ['none', 'RE: hello', 'nothing here', null],
  ])('%s', (_name, subject, text, expected) => {
    expect(findOurReference(subject, text)).toBe(expected);
  });
});

describe('findAuthorityReference', () => {
  it.each<[string, string, string, string | null]>([
    ['"Our ref:"', '', 'Our ref: FOI 2026/123\nDear Ms Patel', 'FOI 2026/123'],
    ['"Reference:"', '', 'Reference: IR-2026-0042.', 'IR-2026-0042'],
    ['"Request reference" without a colon', '', 'Request reference FOI-1234', 'FOI-1234'],
    ['"Case number"', '', 'Case number 0042/26', '0042/26'],
    ['"Our reference is"', '', 'Our reference is 2026/0217; please quote it', '2026/0217'],
    [
      '"logged with reference"',
      '',
      'Your request has been logged with reference FOI-26-0153 and',
      'FOI-26-0153',
    ],
    ['"Ref no"', '', 'Ref no 88231', '88231'],
    [
      '"(your reference …)" of our letter, echoed in the subject',
      'RE: Request for internal review (your reference EIR 26-051) (our reference FOI-2026-0033)',
      '',
      'EIR 26-051',
    ],
    ['unlabelled in the subject', 'FOI 2026/123 - Response', '', 'FOI 2026/123'],
    ['a number right after "request"', 'Response to request 2026-0790', '', '2026-0790'],
    ['but not a year after "request"', 'Your request 2026 - response', '', null],
    [
      'unlabelled in the author’s words',
      '',
      'our response to your request FOI 2026/123.',
      'FOI 2026/123',
    ],
    [
      'our own reference is never theirs',
      'RE: request (FOI-2026-0012)',
      'Your ref: FOI-2026-0012',
      null,
    ],
    ['a law’s year is not a reference', '', 'under the EIR 2004 and FOISA 2002', null],
    ['"with reference to" is not a label', '', 'With reference to your email of 3 March', null],
    ['a bare "reference" needs its colon', '', 'the reference 42 pages', null],
    ['the author’s words before the quote', '', 'Our ref: A-1\n\n> Our ref: B-2', 'A-1'],
    ['else a quoted earlier letter', '', 'Thanks.\n\n> Our ref: B-2', 'B-2'],
  ])('%s', (_name, subject, text, expected) => {
    expect(findAuthorityReference(subject, text)).toBe(expected);
  });
});

describe('authorityReferenceKey', () => {
  it('spells a reference one way for comparing', () => {
    expect(authorityReferenceKey('FOI 2026/123')).toBe('FOI2026123');
    expect(authorityReferenceKey('foi-2026-123')).toBe('FOI2026123');
  });
});
