import { matchesReferencePattern, referencePatternProblem } from './reference-pattern';

describe('reference patterns run on RE2', () => {
  it.each([
    ['an ordinary pattern', '^FOI-\\d+$', null],
    ['a bounded repeat', '^F\\d{4}$', null],
    ['nested quantifiers (fine on RE2)', '^(a+)+$', null],
    ['a backreference', '^(a)\\1$', expect.stringContaining('\\1')],
    ['a lookahead', '^(?=F)F\\d+$', expect.stringContaining('(?=')],
    ['an unclosed class', '([', expect.stringContaining('missing closing ]')],
  ])('%s: %s', (_name, pattern, problem) => {
    expect(referencePatternProblem(pattern)).toEqual(problem);
  });

  it.each([
    ['^FOI-\\d+$', 'FOI-123', true],
    ['^FOI-\\d+$', 'FOI-12a', false],
    ['\\d{3}', 'ref 123 here', true],
    ['^(a+)+$', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', false],
    ['^(a+)+$', 'aaaa', true],
  ])('%s against "%s" is %s', (pattern, reference, expected) => {
    expect(matchesReferencePattern(pattern, reference)).toBe(expected);
  });

  it('answers the catastrophic case at once, however long the input', () => {
    const started = Date.now();
    expect(matchesReferencePattern('^(a+)+$', `${'a'.repeat(5000)}!`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('a stored pattern RE2 cannot compile refuses nothing', () => {
    expect(matchesReferencePattern('^(a)\\1$', 'anything')).toBe(true);
  });
});
