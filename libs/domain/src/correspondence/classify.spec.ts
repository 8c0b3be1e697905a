import { KIND_RULES, LIFECYCLE_ORDER } from './classification-rules';
import { suggestClassification } from './classify';
import { SUGGESTED_KINDS } from './correspondence.types';

const suggest = (text: string, subject = 'RE: Freedom of Information request', on = '2026-03-10') =>
  suggestClassification({ subject, text }, on);

describe('suggestClassification', () => {
  it.each<[string, string, string]>([
    [
      'acknowledgement',
      'We acknowledge receipt of your request and will respond within 20 working days.',
      'acknowledgement',
    ],
    [
      'clarification request',
      'Could you please clarify which years you mean?',
      'clarification-request',
    ],
    [
      'fees notice',
      'This is a fees notice under section 9: the fee of £20 is payable.',
      'fee-notice',
    ],
    ['extension', 'We need further time to consider the public interest.', 'extension'],
    ['response', 'Please find attached our response.', 'response'],
    [
      'internal-review response',
      'I have now completed the internal review.',
      'internal-review-response',
    ],
    ['out of office', 'I am out of the office until Monday.', 'other'],
    ['nothing recognised', 'Hello.', 'other'],
  ])('suggests %s', (_name, text, kind) => {
    expect(suggest(text).kind).toBe(kind);
  });

  it('is not misled by our request quoted below a reply', () => {
    const ours =
      'Please acknowledge receipt of this request. If you decide to withhold any of the information, please issue a refusal notice.';
    const outlook = `Could you please clarify which contracts you mean?\n\nFrom: Amira Patel\nSent: 02 March 2026\nTo: FOI\nSubject: FOI request\n\n${ours}`;
    const gmail = `Could you please clarify which contracts you mean?\n\nOn Mon, 2 Mar 2026 at 16:41, Amira Patel <a@su.example> wrote:\n> ${ours}`;
    expect(suggest(outlook).kind).toBe('clarification-request');
    expect(suggest(gmail).kind).toBe('clarification-request');
  });

  it('reads contractions as the words they stand for', () => {
    expect(suggest("We've checked and we don't hold any records of it.")).toMatchObject({
      kind: 'response',
      outcome: 'not-held',
    });
  });

  it('takes "If you could clarify…" for a polite request, not a condition', () => {
    expect(suggest('If you could clarify which years you mean, we will start work.').kind).toBe(
      'clarification-request',
    );
  });

  it('counts a phrase in a hypothetical sentence for less', () => {
    const text =
      'We acknowledge receipt of your request. If we need to extend the deadline to consider the public interest, we will let you know.';
    expect(suggest(text).kind).toBe('acknowledgement');
  });

  it('leaves out the rights-of-appeal paragraph every letter ends with', () => {
    const text =
      'Please find attached a spreadsheet of the figures.\n\nIf you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days. If you are not content with the outcome of the internal review, you may apply to the Information Commissioner.';
    expect(suggest(text)).toMatchObject({ kind: 'response', outcome: 'information-provided' });
  });

  it('between equally strong phrases, takes the kind later in a request’s life', () => {
    // "extend the deadline" and "withheld" are both STRONG: the response recalls the extension.
    const text =
      'Following our letter extending the deadline, we have decided that the report is withheld.';
    expect(suggest(text).kind).toBe('response');
  });

  it('reads the authority’s own subject, but not a reply’s, whose words are ours', () => {
    expect(suggest('Dear Ms Patel, see attached.', 'Fees Notice - FOI/26/118').kind).toBe(
      'fee-notice',
    );
    expect(suggest('Dear Ms Patel, see attached.', 'RE: Fees Notice - FOI/26/118').kind).toBe(
      'other',
    );
  });

  it.each<[string, string, string | null]>([
    [
      'an exemption cited, nothing given',
      'The report is exempt from disclosure under section 43(2).',
      'refused',
    ],
    [
      'given, and part withheld',
      'Please find attached the documents. The pricing schedule has been withheld under section 43(2).',
      'partly-provided',
    ],
    [
      'given, and part not held',
      'Please find attached the figures for 2025. We do not hold the information for 2024.',
      'partly-provided',
    ],
    ['not held', 'The University does not hold the information you requested.', 'not-held'],
    [
      'neither confirm nor deny',
      'We can neither confirm nor deny that we hold it, by virtue of section 40(5B).',
      'neither-confirm-nor-deny',
    ],
    [
      'given',
      'Please find our response below. The information you requested is set out below.',
      'information-provided',
    ],
    [
      '"no information has been withheld" is not a refusal',
      'Please find our response below. No information has been withheld and the data is attached.',
      'information-provided',
    ],
    ['a letter attached says nothing of the outcome', 'Please find attached our response.', null],
  ])('a response: %s', (_name, text, outcome) => {
    expect(suggest(text)).toMatchObject({ kind: 'response', outcome });
  });

  it.each<[string, string, string]>([
    [
      'the original decision upheld',
      'I have now completed the internal review and uphold the original decision.',
      'upheld',
    ],
    [
      'a complaint upheld means the decision was overturned',
      'The internal review has been completed. Your complaint is upheld.',
      'overturned',
    ],
    [
      'a complaint not upheld means the decision stands',
      'The internal review has been completed and I have decided not to uphold your complaint.',
      'upheld',
    ],
    [
      'partly upheld is partly overturned',
      'I have now completed the internal review and have partially upheld your complaint.',
      'partly-overturned',
    ],
  ])('an internal-review response: %s', (_name, text, outcome) => {
    expect(suggest(text)).toMatchObject({ kind: 'internal-review-response', outcome });
  });

  it('gives the exemptions of a response only, and the date of an extension only', () => {
    expect(
      suggest(
        'We need further time to weigh the public interest in section 43(2). We now aim to respond by 15 April 2026.',
      ),
    ).toMatchObject({
      kind: 'extension',
      exemptions: [],
      extendedTo: '2026-04-15',
    });
    expect(
      suggest(
        'Please find attached our response. We respond by 15 April 2026. Section 43(2) applies, and the information is withheld.',
      ),
    ).toMatchObject({
      kind: 'response',
      exemptions: ['s43(2)'],
      extendedTo: null,
    });
  });

  it('quotes the phrases behind each part of the suggestion', () => {
    const suggestion = suggest(
      'Our ref: FOI 2026/123\n\nWe need further time to consider the public interest. We now aim to respond by 15 April 2026.',
    );
    expect(suggestion).toEqual({
      kind: 'extension',
      outcome: null,
      exemptions: [],
      extendedTo: '2026-04-15',
      authorityReference: 'FOI 2026/123',
      reasons: [
        'extension: "further time to consider the public interest"',
        'extension: "need further time"',
        'extension: "now aim to respond"',
        'extended to 2026-04-15: "We now aim to respond by 15 April 2026"',
        'authority reference: "Our ref: FOI 2026/123"',
      ],
    });
  });

  it('says when no phrase was recognised', () => {
    expect(suggest('Hello.').reasons).toEqual(['no phrase of a known kind of letter found']);
  });
});

describe('suggestClassification on huge and hostile text', () => {
  // A rule that backtracks without bound would take seconds to minutes here; each takes a few ms.
  it.each<[string, string]>([
    ['1 MB on one line', 'a'.repeat(1_000_000)],
    ['1 MB of quoted lines', '> x\n'.repeat(250_000)],
    ['"On" over and over, never "wrote:"', 'On '.repeat(70_000)],
    ['header lines over and over', 'From: x\nSent: y\n'.repeat(12_000)],
    ['a citation list that never ends', 'section 40(2) and (3) and '.repeat(8_000)],
    ['dates over and over', 'we now aim to respond by 15 January 2027 '.repeat(5_000)],
    ['labels with nothing after', 'Our ref: '.repeat(20_000)],
    ['control characters and nulls', '\u0000\u0001\u001b[0m\ufffd'.repeat(50_000)],
  ])('%s: answers within a second', (_name, text) => {
    const started = performance.now();
    const suggestion = suggest(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(suggestion.kind).toEqual(expect.any(String));
  });
});

describe('the rule table', () => {
  it('names only kinds the tracker knows, each ranked in the lifecycle order', () => {
    expect([...LIFECYCLE_ORDER].sort()).toEqual([...SUGGESTED_KINDS].sort());
    for (const rule of KIND_RULES) expect(SUGGESTED_KINDS).toContain(rule.kind);
  });

  it('has no row whose phrase matches an empty string (it would match every email)', () => {
    expect(KIND_RULES.filter((rule) => rule.phrase.test(''))).toEqual([]);
  });
});
