import {
  AnsweredFacts,
  authorityStatistics,
  median,
  untilFirstResponse,
} from './authority-statistics';

const fact = (over: Partial<AnsweredFacts>): AnsweredFacts => ({
  authorityId: 1,
  answeredOn: null,
  dueDate: null,
  workingDaysToAnswer: null,
  outcome: null,
  exemptions: null,
  ...over,
});

describe('median', () => {
  it.each([
    ['no values', [], null],
    ['one value', [7], 7],
    ['an odd count, unsorted', [20, 3, 9], 9],
    ['an even count: the mean of the middle two', [4, 10, 6, 30], 8],
  ])('%s', (_name, values, expected) => {
    expect(median(values as number[])).toBe(expected);
  });
});

describe('authorityStatistics', () => {
  it('counts answered on time against the due date that applied, inclusive', () => {
    const [stats] = authorityStatistics([
      fact({ answeredOn: '2025-03-03', dueDate: '2025-03-03', workingDaysToAnswer: 20 }),
      fact({ answeredOn: '2025-03-04', dueDate: '2025-03-03', workingDaysToAnswer: 21 }),
      fact({ answeredOn: '2025-02-10', dueDate: '2025-03-03', workingDaysToAnswer: 5 }),
      fact({}),
    ]);
    expect(stats).toMatchObject({
      requests: 4,
      answered: 3,
      answeredOnTime: 2,
      onTimeShare: 2 / 3,
      medianWorkingDays: 20,
    });
  });

  it('counts each exemption once per refusal, most cited first, and ignores answers that gave everything', () => {
    const [stats] = authorityStatistics([
      fact({
        answeredOn: '2025-03-01',
        outcome: 'refused',
        exemptions: ['s43(2)', 's41', 's43(2)'],
      }),
      fact({ answeredOn: '2025-03-01', outcome: 'partly-provided', exemptions: ['s43(2)'] }),
      fact({ answeredOn: '2025-03-01', outcome: 'information-provided', exemptions: ['s40(2)'] }),
    ]);
    expect(stats.refusals).toBe(2);
    expect(stats.refusalsByExemption).toEqual([
      { exemption: 's43(2)', count: 2 },
      { exemption: 's41', count: 1 },
    ]);
  });

  it('counts exemptions saved before they were normalised under their one spelling', () => {
    const [stats] = authorityStatistics([
      fact({ answeredOn: '2025-03-01', outcome: 'refused', exemptions: ['section 43(2); s.41'] }),
      fact({ answeredOn: '2025-03-02', outcome: 'refused', exemptions: ['S 43 (2)', 's43(2)'] }),
    ]);
    expect(stats.refusalsByExemption).toEqual([
      { exemption: 's43(2)', count: 2 },
      { exemption: 's41', count: 1 },
    ]);
  });

  it('keeps authorities apart and has no share or median before any answer', () => {
    const stats = authorityStatistics([fact({ authorityId: 1 }), fact({ authorityId: 2 })]);
    expect(
      stats.map((s) => [s.authorityId, s.requests, s.onTimeShare, s.medianWorkingDays]),
    ).toEqual([
      [1, 1, null, null],
      [2, 1, null, null],
    ]);
  });
});

describe('untilFirstResponse', () => {
  it('keeps the clock up to the first response, not the review that followed', () => {
    const clock = [
      { kind: 'extension' as const, on: '2026-11-20', until: '2026-12-15' },
      { kind: 'response' as const, on: '2026-11-25T17:30:00Z' },
      { kind: 'internal-review-requested' as const, on: '2026-11-29' },
    ];
    expect(untilFirstResponse(clock)).toEqual({
      events: clock.slice(0, 2),
      answeredOn: '2026-11-25',
    });
  });

  it('dates a response by its London day (23:30 UTC in June is the next day)', () => {
    expect(untilFirstResponse([{ kind: 'response', on: '2026-06-11T23:30:00Z' }]).answeredOn).toBe(
      '2026-06-12',
    );
  });

  it('leaves an unanswered clock whole', () => {
    const clock = [{ kind: 'fee-notice' as const, on: '2026-11-02' }];
    expect(untilFirstResponse(clock)).toEqual({ events: clock, answeredOn: null });
  });
});
